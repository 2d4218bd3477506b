import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../../../test/browser/support/wait.js';
import '../../../define/pb-config.js';
import '../../../../fixtures/pb-example.js';
import { configure } from '../../configure.js';
import type { PbConfig } from '../pb-config.js';
import type { PbExample } from '../../../../fixtures/pb-example.js';

describe('configuration layers', () => {
  afterEach(() => configure({ apiBase: undefined, locale: undefined, theme: undefined, endpoints: undefined }));

  it('an element inside <pb-config> takes its settings', async () => {
    const root = await fixture<PbConfig>(html`<pb-config api-base="/api/v1" locale="en" theme="dark">
      <section><pb-example></pb-example></section>
    </pb-config>`);
    const widget = root.querySelector<PbExample>('pb-example')!;
    await widget.updateComplete;
    expect(widget.settings.apiBase).to.equal('/api/v1');
    expect(widget.settings.locale).to.equal('en');
    expect(widget.dataset['theme']).to.equal('dark');
  });

  it("the element's own attribute wins over <pb-config>, which wins over configure()", async () => {
    configure({ apiBase: '/page', locale: 'en', theme: 'large-text' });
    const root = await fixture<PbConfig>(html`<pb-config api-base="/config">
      <pb-example id="own" api-base="/own"></pb-example>
      <pb-example id="inherited"></pb-example>
    </pb-config>`);
    const own = root.querySelector<PbExample>('#own')!;
    const inherited = root.querySelector<PbExample>('#inherited')!;
    await own.updateComplete;
    expect(own.settings.apiBase).to.equal('/own');
    expect(inherited.settings.apiBase).to.equal('/config');
    expect(inherited.settings.locale).to.equal('en');
    expect(inherited.dataset['theme']).to.equal('large-text');
  });

  it('nested <pb-config>s layer, merging endpoint templates key by key', async () => {
    const root = await fixture<PbConfig>(html`<pb-config api-base="/outer" .endpoints=${{ me: '/user/info', getCourse: '/course/{courseId}' }}>
      <pb-config locale="en" .endpoints=${{ getCourse: '/lesson-course/{courseId}' }}>
        <pb-example></pb-example>
      </pb-config>
    </pb-config>`);
    const widget = root.querySelector<PbExample>('pb-example')!;
    await widget.updateComplete;
    expect(widget.settings.apiBase).to.equal('/outer');
    expect(widget.settings.locale).to.equal('en');
    expect(widget.settings.endpoints.me?.path).to.equal('/user/info');
    expect(widget.settings.endpoints.getCourse?.path).to.equal('/lesson-course/{courseId}');
  });

  it('configure() after the element exists updates it', async () => {
    const widget = await fixture<PbExample>(html`<pb-example></pb-example>`);
    expect(widget.settings.locale).to.equal('zh-CN');
    configure({ locale: 'en' });
    await widget.updateComplete;
    expect(widget.settings.locale).to.equal('en');
  });

  it('a changed <pb-config> attribute reaches the widgets and reloads them', async () => {
    const root = await fixture<PbConfig>(html`<pb-config api-base="/one"><pb-example course-id="c1"></pb-example></pb-config>`);
    const widget = root.querySelector<PbExample>('pb-example')!;
    await waitUntil(() => widget.signals.length === 1);
    root.apiBase = '/two';
    await waitUntil(() => widget.settings.apiBase === '/two');
    await waitUntil(() => widget.signals.length === 2);
  });

  it('falls back to <html lang>, then zh-CN', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en-GB"><pb-example></pb-example></div>`);
    expect(wrapper.querySelector<PbExample>('pb-example')!.settings.locale).to.equal('en');
    const plain = await fixture<PbExample>(html`<pb-example></pb-example>`);
    expect(plain.settings.locale).to.equal(document.documentElement.lang.startsWith('en') ? 'en' : 'zh-CN');
  });

  it('reads the endpoints attribute as JSON and reports text that is not', async () => {
    const root = await fixture<PbConfig>(html`<pb-config api-base="/x" endpoints='{"me": "/user/info"}'>
      <pb-example id="a"></pb-example>
    </pb-config>`);
    const widget = root.querySelector<PbExample>('#a')!;
    await widget.updateComplete;
    expect(widget.settings.endpoints.me?.path).to.equal('/user/info');
    root.setAttribute('endpoints', '{me: /user/info}');
    await root.updateComplete;
    await widget.updateComplete;
    expect(widget.settings.problems.map((p) => p.setting)).to.deep.equal(['endpoints']);
  });
});
