/**
 * The questionnaire id often comes from the page's own script just after the element
 * upgrades, sometimes while the widget's body chunk is still loading (a slow connection).
 * The wait for the id must end when the id comes, and must not report a missing id that
 * was set in time; one that never comes is reported, once. (The wait is the shared one of
 * every widget's `Resource`, as for the player's course-id.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../define/pb-questionnaire.js';
import type { PbQuestionnaire } from '../pb-questionnaire.js';
import { survey } from '../../../../fixtures/questionnaires.js';
import { consoleErrors } from '../../../../test/browser/support/console.js';
import { $, fakeBackend, settled } from './support.js';

describe('<pb-questionnaire>: an id that comes while the widget loads', () => {
  it('an id the page sets a moment after the element upgrades loads the questionnaire, with no configuration error', async () => {
    const fake = fakeBackend(survey);
    const logged = await consoleErrors(async () => {
      const config = await fixture<HTMLElement>(html`<pb-config .backend=${fake.backend}><pb-questionnaire></pb-questionnaire></pb-config>`);
      const element = config.querySelector<PbQuestionnaire>('pb-questionnaire')!;
      await new Promise((resolve) => setTimeout(resolve, 300));
      element.questionnaireId = survey.id;
      await settled(element);
      expect($(element, 'form')).to.exist;
    });
    expect(logged.filter((line) => line.includes('questionnaire-id'))).to.deep.equal([]);
  });

  it('an id that never comes is reported once, a second after the page loaded, naming the attribute', async () => {
    const logged = await consoleErrors(async () => {
      const config = await fixture<HTMLElement>(html`<pb-config api-base="/nowhere"><pb-questionnaire></pb-questionnaire></pb-config>`);
      const element = config.querySelector<PbQuestionnaire>('pb-questionnaire')!;
      await settled(element);
      expect($(element, '[part~="error"]')!.textContent).to.contain('questionnaire-id');
    });
    expect(logged.filter((line) => line.includes('questionnaire-id'))).to.have.length(1);
  });
});
