import { setCustomElementsManifest, type Preview } from '@storybook/web-components';
import { html } from 'lit';
import { mswLoader } from 'msw-storybook-addon/csf3';
import customElements from '../custom-elements.json' with { type: 'json' };
import '../src/define/all.js';
import { handlers } from '../stories/mocks/handlers.js';
import './preview.css';

setCustomElementsManifest(customElements);

const backgrounds: Record<string, string> = { light: '#f3efe9', dark: '#121113', 'large-text': '#ffffff' };

const preview: Preview = {
  tags: ['autodocs'],
  loaders: [mswLoader()],
  globalTypes: {
    locale: {
      description: 'Widget language',
      toolbar: { title: 'Locale', icon: 'globe', items: [{ value: 'zh-CN', title: '中文' }, { value: 'en', title: 'English' }], dynamicTitle: true },
    },
    theme: {
      description: 'Widget theme',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: ['light', 'dark', 'large-text'], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'zh-CN', theme: 'light' },
  parameters: {
    msw: handlers,
    // Accessibility violations fail the story's test instead of only being listed.
    a11y: { test: 'error' },
    controls: { expanded: true },
    // Each story on a docs page in its own frame: the mock API's handlers are per story
    // (loading, empty, error…), and one page shares one set when stories render inline.
    docs: { codePanel: true, story: { inline: false, height: '600px' } },
  },
  decorators: [
    (story, { globals }) => {
      document.body.style.setProperty('--sb-page', backgrounds[globals['theme'] as string] ?? backgrounds['light']!);
      return html`<pb-config api-base="/api/v1" locale=${globals['locale']} theme=${globals['theme']}>${story()}</pb-config>`;
    },
  ],
};

export default preview;
