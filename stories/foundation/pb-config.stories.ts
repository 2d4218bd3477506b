import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../../fixtures/pb-example.js';

/**
 * `<pb-config>` hands settings to every widget inside it: the API base, language, theme,
 * how requests are signed (cookie + CSRF header, or a bearer token), endpoint templates and
 * response envelopes for backends that differ from the contract, and a page's own
 * `Backend` methods. A widget's own attribute wins over it; `configure()` is the page-wide
 * fallback.
 */
const meta: Meta = {
  title: 'Foundation/pb-config',
  component: 'pb-config',
  tags: ['autodocs'],
  args: { locale: 'en', theme: 'dark' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'large-text'] },
  },
  render: ({ locale, theme }) => html`<pb-config locale=${locale} theme=${theme}>
    <pb-example course-id="c-charter"></pb-example>
  </pb-config>`,
};
export default meta;

export const NestedSettings: StoryObj = {
  name: 'Settings reach nested widgets',
};

export const OwnAttributeWins: StoryObj = {
  name: "A widget's own attribute wins",
  render: () => html`<pb-config locale="en" theme="dark">
    <pb-example course-id="c-charter"></pb-example>
    <pb-example course-id="c-charter" locale="zh-CN" theme="large-text"></pb-example>
  </pb-config>`,
};
