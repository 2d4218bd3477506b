import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/pb-config.js';
import './support/test-widget.js';
import { configure } from '../../src/config/configure.js';
import type { PbConfig } from '../../src/config/pb-config/pb-config.js';
import type { PbTestWidget } from './support/test-widget.js';

describe('configuration layers', () => {
  afterEach(() => configure({ apiBase: undefined, locale: undefined, theme: undefined, endpoints: undefined }));

  it('an element inside <pb-config> takes its settings', async () => {
    const root = await fixture<PbConfig>(html`<pb-config api-base="/api/v1" locale="en" theme="dark">
      <section><pb-test-widget></pb-test-widget></section>
    </pb-config>`);
    const widget = root.querySelector<PbTestWidget>('pb-test-widget')!;
    await widget.updateComplete;
    expect(widget.settings.apiBase).to.equal('/api/v1');
    expect(widget.settings.locale).to.equal('en');
    expect(widget.dataset['theme']).to.equal('dark');
  });

  it("the element's own attribute wins over <pb-config>, which wins over configure()", async () => {
    configure({ apiBase: '/page', locale: 'en', theme: 'large-text' });
    const root = await fixture<PbConfig>(html`<pb-config api-base="/config">
      <pb-test-widget id="own" api-base="/own"></pb-test-widget>
      <pb-test-widget id="inherited"></pb-test-widget>
    </pb-config>`);
    const own = root.querySelector<PbTestWidget>('#own')!;
    const inherited = root.querySelector<PbTestWidget>('#inherited')!;
    await own.updateComplete;
    expect(own.settings.apiBase).to.equal('/own');
    expect(inherited.settings.apiBase).to.equal('/config');
    expect(inherited.settings.locale).to.equal('en');
    expect(inherited.dataset['theme']).to.equal('large-text');
  });

  it('nested <pb-config>s layer, merging endpoint templates key by key', async () => {
    const root = await fixture<PbConfig>(html`<pb-config api-base="/outer" .endpoints=${{ me: '/user/info', getCourse: '/course/{courseId}' }}>
      <pb-config locale="en" .endpoints=${{ getCourse: '/lesson-course/{courseId}' }}>
        <pb-test-widget></pb-test-widget>
      </pb-config>
    </pb-config>`);
    const widget = root.querySelector<PbTestWidget>('pb-test-widget')!;
    await widget.updateComplete;
    expect(widget.settings.apiBase).to.equal('/outer');
    expect(widget.settings.locale).to.equal('en');
    expect(widget.settings.endpoints.me?.path).to.equal('/user/info');
    expect(widget.settings.endpoints.getCourse?.path).to.equal('/lesson-course/{courseId}');
  });

  it('configure() after the element exists updates it', async () => {
    const widget = await fixture<PbTestWidget>(html`<pb-test-widget></pb-test-widget>`);
    expect(widget.settings.locale).to.equal('zh-CN');
    configure({ locale: 'en' });
    await widget.updateComplete;
    expect(widget.settings.locale).to.equal('en');
  });

  it('a changed <pb-config> attribute reaches the widgets and reloads them', async () => {
    const root = await fixture<PbConfig>(html`<pb-config api-base="/one"><pb-test-widget course-id="c1"></pb-test-widget></pb-config>`);
    const widget = root.querySelector<PbTestWidget>('pb-test-widget')!;
    await waitUntil(() => widget.signals.length === 1);
    root.apiBase = '/two';
    await waitUntil(() => widget.settings.apiBase === '/two');
    await waitUntil(() => widget.signals.length === 2);
  });

  it('falls back to <html lang>, then zh-CN', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en-GB"><pb-test-widget></pb-test-widget></div>`);
    expect(wrapper.querySelector<PbTestWidget>('pb-test-widget')!.settings.locale).to.equal('en');
    const plain = await fixture<PbTestWidget>(html`<pb-test-widget></pb-test-widget>`);
    expect(plain.settings.locale).to.equal(document.documentElement.lang.startsWith('en') ? 'en' : 'zh-CN');
  });

  it('reads the endpoints attribute as JSON and reports text that is not', async () => {
    const root = await fixture<PbConfig>(html`<pb-config api-base="/x" endpoints='{"me": "/user/info"}'>
      <pb-test-widget id="a"></pb-test-widget>
    </pb-config>`);
    const widget = root.querySelector<PbTestWidget>('#a')!;
    await widget.updateComplete;
    expect(widget.settings.endpoints.me?.path).to.equal('/user/info');
    root.setAttribute('endpoints', '{me: /user/info}');
    await root.updateComplete;
    await widget.updateComplete;
    expect(widget.settings.problems.map((p) => p.setting)).to.deep.equal(['endpoints']);
  });
});
