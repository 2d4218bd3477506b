import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { localized } from '../strings.js';
import { PbElement } from '../../shared/pb-element.js';
import type { Backend } from '../../api/backend.js';
import '../../define/pb-config.js';
import '../../../fixtures/pb-example.js';
import type { PbExample } from '../../../fixtures/pb-example.js';

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

  it('a table that arrives while the element waits for another (a part loaded with the data) is waited for too', async () => {
    const release: Array<() => void> = [];
    const slow = <T>(en: T) => () => new Promise<{ en: T }>((done) => release.push(() => done({ en })));
    const first = localized({ a: '甲' }, slow({ a: 'A' }));
    let second: ((locale: 'zh-CN' | 'en') => { b: string }) | undefined;
    class TwoTables extends PbElement {
      override render() {
        return litHtml`${first(this.settings.locale).a}${second?.(this.settings.locale).b ?? ''}`;
      }
    }
    customElements.define('pb-two-tables', TwoTables);
    const element = document.createElement('pb-two-tables') as TwoTables;
    element.locale = 'en';
    document.body.append(element);
    await new Promise((done) => setTimeout(done, 20));
    // The part arrives while the first table is still loading, and asks for a render.
    second = localized({ b: '乙' }, slow({ b: 'B' }));
    element.requestUpdate();
    release.shift()!();
    await new Promise((done) => setTimeout(done, 20));
    expect(element.shadowRoot?.textContent ?? '').not.to.contain('乙');
    release.shift()!();
    await element.updateComplete;
    await new Promise((done) => setTimeout(done, 0));
    expect(element.shadowRoot!.textContent).to.equal('AB');
    element.remove();
  });
});
