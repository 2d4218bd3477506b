/**
 * The questionnaire id often comes from the page's own script just after the element
 * upgrades, sometimes while the widget's body chunk is still loading (a slow connection).
 * The wait for the id must end when the id comes, even if it came before the wait began,
 * and must not report a missing id that was set in time.
 */
import { expect } from '@open-wc/testing';
import { resolveSettings } from '../../../src/config/settings.js';
import { ConfigError } from '../../../src/api/errors.js';
import { loadQuestionnaire } from '../../../src/survey/pb-questionnaire/load.js';

describe('<pb-questionnaire>: an id that comes while the widget loads', () => {
  it('a load for no id whose signal was aborted already ends at once, without a configuration error', async () => {
    const controller = new AbortController();
    controller.abort();
    const started = performance.now();
    const error = await loadQuestionnaire(resolveSettings({}), {} as never, ['', undefined], controller.signal).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(error).not.to.be.instanceOf(ConfigError);
    expect(performance.now() - started).to.be.below(500);
  });

  it('an id that never comes is still reported, a second after the page loaded', async () => {
    const error = await loadQuestionnaire(resolveSettings({}), {} as never, ['', undefined], new AbortController().signal).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(ConfigError);
  });
});
