import { expect, fixture, html } from '@open-wc/testing';
import type { Backend } from '../../src/api/backend.js';
import '../../src/define/pb-config.js';
import '../../stories/support/pb-example.js';
import type { PbExample } from '../../stories/support/pb-example.js';

/** The English strings modules this page has fetched so far. */
const englishFetched = () => performance.getEntriesByType('resource').filter((entry) => /[/.]en\.(ts|js)(\?|$)/.test(entry.name)).length;

/** A backend whose course never arrives: the widget stays in its loading state. */
const waiting: Partial<Backend> = { getCourse: () => new Promise(() => undefined) };

// Its own file, so its page has loaded no English yet when it starts.
describe('English strings, loaded on first use', () => {
  it('a page in Chinese fetches no English; the first English widget renders in English, never in Chinese first', async () => {
    const zhPage = await fixture<HTMLElement>(html`<pb-config .backend=${waiting}><pb-example course-id="c1"></pb-example></pb-config>`);
    const zh = zhPage.querySelector<PbExample>('pb-example')!;
    await zh.updateComplete;
    expect(zh.shadowRoot!.textContent).to.contain('正在加载');
    expect(englishFetched()).to.equal(0);

    const enPage = await fixture<HTMLElement>(html`<pb-config .backend=${waiting}><pb-example locale="en" course-id="c1"></pb-example></pb-config>`);
    const en = enPage.querySelector<PbExample>('pb-example')!;
    await en.updateComplete;
    // Its first render is already English.
    expect(en.shadowRoot!.textContent).to.contain('Loading…').and.not.contain('正在加载');
    expect(englishFetched()).to.be.above(0);
  });
});
