/**
 * What only a long ranking needs, loaded when the first page says there is more: the
 * cursor pager and the virtualizer. Short lists (a home page's top ten) never download it.
 */
import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import { html, type TemplateResult } from 'lit';
import type { Locale } from '../../../i18n/locale.js';
import { coreStrings } from '../../../i18n/strings.js';
import { describeError } from '../../../shared/error-text.js';

export { CursorPager } from './pager.js';

const moreFailed = { 'zh-CN': '后面的名次没有加载出来。', en: 'The rest of the ranking did not load.' };

/** The note shown under the list when a later page failed, with a retry that carries on. */
export function moreError(locale: Locale, error: unknown, retry: () => void): TemplateResult {
  const core = coreStrings(locale);
  return html`<div part="more-error" class="more-error" role="alert">
    <span>${moreFailed[locale]} ${describeError(core, error).message}</span>
    <button class="button" type="button" @click=${retry}>${core.retry}</button>
  </div>`;
}

interface VirtualizerHandle {
  element(index: number): { scrollIntoView(options: ScrollIntoViewOptions): void } | undefined;
}

/**
 * Row numbers as the virtualizer's items: the element keeps one array per row count, so
 * while pages arrive the virtualizer sees the same items and only re-renders the rows in
 * view, which read the entries from the list.
 */
export function virtualRows(rows: number[], renderRow: (index: number) => TemplateResult): unknown {
  return virtualize({ items: rows, renderItem: (index: number) => renderRow(index), scroller: true });
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Scrolls row `index` into the middle of the list and resolves with the row's element
 * once the virtualizer has rendered it (undefined if it never does).
 */
export async function scrollToRow(host: HTMLElement, index: number, find: () => HTMLElement | null): Promise<HTMLElement | undefined> {
  const virtualizer = (host as HTMLElement & { [virtualizerRef]?: VirtualizerHandle })[virtualizerRef];
  // A virtualizer just created sets its layout up asynchronously; until then it cannot scroll.
  for (let tries = 0; virtualizer && tries < 60; tries++) {
    try {
      virtualizer.element(index)?.scrollIntoView({ block: 'center' });
      break;
    } catch {
      await frame();
    }
  }
  for (let tries = 0; tries < 60; tries++) {
    const row = find();
    if (row) return row;
    await frame();
  }
  return undefined;
}
