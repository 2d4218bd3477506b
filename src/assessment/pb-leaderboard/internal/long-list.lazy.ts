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

/** How long a jump waits for the row: counted in time, not frames, since a busy phone lays out slowly at full frame rate. */
const PATIENCE_MS = 5000;

/**
 * Scrolls row `index` into the middle of the list and resolves with the row's element
 * once the virtualizer has rendered it (undefined if it never does), waiting as long as
 * `loading()` says the pages up to it are still on their way.
 */
export async function scrollToRow(host: HTMLElement, index: number, find: () => HTMLElement | null, loading: () => boolean): Promise<HTMLElement | undefined> {
  const virtualizer = (host as HTMLElement & { [virtualizerRef]?: VirtualizerHandle })[virtualizerRef];
  const deadline = performance.now() + PATIENCE_MS;
  const waiting = () => performance.now() < deadline || loading();
  // A virtualizer just created sets its layout up asynchronously; until then it cannot scroll.
  while (virtualizer && waiting()) {
    try {
      virtualizer.element(index)?.scrollIntoView({ block: 'center' });
      break;
    } catch {
      await frame();
    }
  }
  // The row's page may be many pages away (rank 19,991 is 200 pages of 100 on a slow network).
  // Asked again on a timer, not on frames: a page that is not drawing (another window in
  // front) gets no frames, yet the row arrives and the jump should land.
  while (waiting()) {
    const row = find();
    if (row) return row;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return undefined;
}
