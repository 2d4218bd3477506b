/**
 * The page the assessment benchmarks drive (built minified by assessment-harness.ts):
 * the widgets fed by a page Backend that answers from made-up data at once, so the
 * figures measure the widgets, not a server; and a bare @lit-labs/virtualizer list of
 * the same rows to compare with.
 */
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { html, LitElement, render } from 'lit';
import '../../src/define/pb-config.js';
import { styles as leaderboardStyles } from '../../src/assessment/pb-leaderboard/pb-leaderboard.styles.js';
import { RankList } from '../../src/assessment/pb-leaderboard/internal/rank-list.js';
import { renderRow, type RowContext } from '../../src/assessment/pb-leaderboard/internal/rows.js';
import { PbElement } from '../../src/shared/pb-element.js';
import '../../src/define/pb-leaderboard.js';
import '../../src/define/pb-stat-chart.js';
import type { StatSeries } from '../../src/api/types.js';
import { makeEntries, makeSeries, offsetOf, pageOf, type RankingOptions } from '../../fixtures/rankings.js';

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Longest main-thread task (PerformanceObserver longtask) while `work` runs, in ms; 0 when none passed 50 ms. */
async function longestTask(work: () => Promise<void>): Promise<number> {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  await work();
  await frame();
  observer.disconnect();
  return Math.round(longest);
}

async function until(check: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out: ${what}`);
    await frame();
  }
}

/**
 * Resolves at the DOM change after which `check` holds, then at the paint that shows it:
 * precise to the change, where polling once a frame would round every figure to 16.7 ms.
 */
function shown(root: Node, check: () => boolean): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => requestAnimationFrame(() => setTimeout(resolve));
    if (check()) return done();
    const observer = new MutationObserver(() => {
      if (!check()) return;
      observer.disconnect();
      done();
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true });
  });
}

/** A fresh element to render into, replacing the previous run's. */
const stage = () => {
  const host = document.createElement('div');
  document.querySelector('#stage')!.replaceChildren(host);
  return host;
};

/** Fast scrolling: 200 frames (over 3 s) at 400 px a frame (24,000 px/s), about 1,400 rows. */
const FLING_FRAMES = 200;
const FLING_PX = 400;

/** Jumps to the end of the list and waits until the last row shows; ms. */
async function toTheEnd(scroller: HTMLElement, lastShown: () => boolean): Promise<number> {
  const start = performance.now();
  scroller.scrollTop = scroller.scrollHeight;
  await until(lastShown, 'last row', 120_000);
  return performance.now() - start;
}

/** Scrolls `scroller` down by `step` px per frame, `frames` times, as a member dragging would. */
async function scrollSteadily(scroller: HTMLElement, frames: number, step: number): Promise<void> {
  for (let i = 0; i < frames; i++) {
    scroller.scrollTop += step;
    await frame();
  }
}

interface ListFigures {
  firstRowsMs: number;
  scrollEndMs: number;
  longestTaskMs: number;
}

/** The leaderboard with `total` members, fed one 100-entry page per request. */
async function leaderboard(total: number): Promise<ListFigures> {
  const options: RankingOptions = { total, scope: 'members', meIndex: Math.floor(total / 2) };
  const entries = makeEntries(options);
  const backend = { getLeaderboard: async (query: { cursor?: string; limit?: number }) => pageOf(entries, options, offsetOf(query.cursor), query.limit ?? 20) };
  const host = stage();
  const start = performance.now();
  render(html`<pb-config .backend=${backend}><pb-leaderboard scope="members"></pb-leaderboard></pb-config>`, host);
  const element = host.querySelector('pb-leaderboard')!;
  const root = () => element.shadowRoot!;
  const body = () => root().querySelector<HTMLElement>('[part~="body"].virtual');
  // First rows: what the member sees first (plain rows until the virtualizer's chunk is in).
  await shown(root(), () => !!root().querySelector('[part~="body"] [aria-rowindex="2"]:not([aria-busy])'));
  const firstRowsMs = performance.now() - start;
  await until(() => !!body()?.querySelector('[aria-rowindex="2"]'), 'virtualized');
  const longestTaskMs = await longestTask(() => scrollSteadily(body()!, FLING_FRAMES, FLING_PX));
  // To the end from the top of a fresh element, so no page is loaded yet.
  const fresh = stage();
  render(html`<pb-config .backend=${backend}><pb-leaderboard scope="members"></pb-leaderboard></pb-config>`, fresh);
  const again = fresh.querySelector('pb-leaderboard')!;
  const freshBody = () => again.shadowRoot?.querySelector<HTMLElement>('[part~="body"].virtual');
  await until(() => !!freshBody()?.querySelector('[aria-rowindex="2"]:not([aria-busy])'), 'fresh first rows');
  const scrollEndMs = await toTheEnd(freshBody()!, () => !!freshBody()!.querySelector(`[aria-rowindex="${total + 1}"]:not([aria-busy])`));
  return { firstRowsMs, scrollEndMs, longestTaskMs };
}

/**
 * The same rows as the leaderboard (its row template and styles) in a bare virtualizer,
 * every entry in memory from the start: what the widget's loading, checking and paging
 * are compared with.
 */
class BareList extends LitElement {
  static override styles = [...PbElement.styles, leaderboardStyles];
  context?: RowContext;
  rows: number[] = [];
  protected override render() {
    const context = this.context!;
    return html`<div role="table" class="table" aria-rowcount=${this.rows.length + 1}>
      <div role="rowgroup" part="body" class="body virtual">${virtualize({ items: this.rows, renderItem: (i: number) => renderRow(context, i), scroller: true })}</div>
    </div>`;
  }
}
customElements.define('bare-list', BareList);

async function bare(total: number): Promise<ListFigures> {
  const options: RankingOptions = { total, scope: 'members', meIndex: Math.floor(total / 2) };
  const list = new RankList(pageOf(makeEntries(options), options, 0, total));
  const rows = Array.from({ length: total }, (_, i) => i);
  const host = stage();
  const start = performance.now();
  const element = document.createElement('bare-list') as BareList;
  element.context = { locale: 'zh-CN', list, unit: 'points', scope: 'members', showChange: true };
  element.rows = rows;
  host.append(element);
  const scroller = () => element.shadowRoot!.querySelector<HTMLElement>('[part~="body"]');
  const loadedRow = (index: number) => scroller()?.querySelector(`[aria-rowindex="${index + 2}"]`);
  await shown(element.shadowRoot!, () => !!loadedRow(0));
  const firstRowsMs = performance.now() - start;
  const longestTaskMs = await longestTask(() => scrollSteadily(scroller()!, FLING_FRAMES, FLING_PX));
  return { firstRowsMs, longestTaskMs, scrollEndMs: await toTheEnd(scroller()!, () => !!loadedRow(total - 1)) };
}

/** Time from adding a chart to its first drawn frame (`pb-stat-chart-draw`). */
async function chart(series: number, points: number): Promise<{ drawnMs: number; longestTaskMs: number }> {
  const stats: StatSeries = makeSeries('study-hours', { series, points });
  const host = stage();
  let drawnMs = 0;
  const longestTaskMs = await longestTask(async () => {
    const start = performance.now();
    const drawn = new Promise<void>((resolve) => host.addEventListener('pb-stat-chart-draw', () => resolve(), { once: true }));
    render(html`<pb-config .backend=${{ getStats: async () => stats }}><pb-stat-chart metric="study-hours"></pb-stat-chart></pb-config>`, host);
    await drawn;
    drawnMs = performance.now() - start;
  });
  return { drawnMs, longestTaskMs };
}

Object.assign(window, { bench: { leaderboard, bare, chart } });
