import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { waitUntil } from '../../../../test/browser/support/wait.js';
import '../../../define/pb-config.js';
import '../../../define/pb-leaderboard.js';
import type { Metric } from '../../../api/types.js';
import type { PbLeaderboard } from '../pb-leaderboard.js';
import { rankingBackend, type RankingOptions } from '../../../../fixtures/rankings.js';
import { part, rows, settled, shadow } from '../../test/support.js';

/**
 * The leaderboard lays itself out by its own width, not the page's: a sidebar of a wide
 * page (the dues page's) gets the same narrow layout as a phone. Every check here measures
 * what a member sees: boxes on screen.
 */

type Box = { left: number; right: number; top: number; bottom: number };
const SLACK = 0.5;

/** The boxes of what a cell draws: its text and its medal, leaving out screen-reader-only text. */
function inkBoxes(cell: Element): Box[] {
  const boxes: Box[] = [];
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent!.trim() || node.parentElement!.closest('.visually-hidden')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    boxes.push(...range.getClientRects());
  }
  cell.querySelectorAll('svg').forEach((svg) => boxes.push(svg.getBoundingClientRect()));
  return boxes;
}

/** English words of a header split across two lines ("Memb / er"): the column is too narrow for them. */
function splitWords(cell: Element): string[] {
  const split: string[] = [];
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of node.textContent!.matchAll(/[A-Za-z]+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      if (new Set([...range.getClientRects()].map((box) => Math.round(box.top))).size > 1) split.push(match[0]);
    }
  }
  return split;
}

const overlaps = (a: Box, b: Box) => a.left < b.right - SLACK && b.left < a.right - SLACK && a.top < b.bottom - SLACK && b.top < a.bottom - SLACK;
const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left - SLACK && inner.right <= outer.right + SLACK && inner.top >= outer.top - SLACK && inner.bottom <= outer.bottom + SLACK;

/** What is wrong with a row's layout: cells on top of each other, or text outside its cell or the widget. */
function problems(row: Element, widget: Box, name: string): string[] {
  const found: string[] = [];
  const cells = [...row.children].filter((cell) => cell.getAttribute('role') !== null);
  const boxes = cells.map((cell) => cell.getBoundingClientRect());
  const label = (i: number) => `${name} "${cells[i]!.textContent!.replace(/\s+/g, ' ').trim()}"`;
  const inks = cells.map(inkBoxes);
  boxes.forEach((box, i) => {
    // Across only: rows below the fold of a scrolling list are outside it on purpose.
    if (box.left < widget.left - SLACK || box.right > widget.right + SLACK) found.push(`${label(i)} is outside the widget`);
    for (let j = i + 1; j < boxes.length; j++) {
      if (overlaps(box, boxes[j]!) || inks[i]!.some((a) => inks[j]!.some((b) => overlaps(a, b)))) found.push(`${label(i)} overlaps ${label(j)}`);
    }
    for (const ink of inks[i]!) if (!inside(ink, box)) found.push(`${label(i)} draws outside its cell`);
  });
  return found;
}

/** The leaderboard in a page's sidebar column of `width` px (or alone, filling a phone). */
async function inColumn(width: number, options: Partial<RankingOptions>, attributes: string, locale: string, theme: string): Promise<PbLeaderboard> {
  const data = rankingBackend({ total: 8, meIndex: 2, names: ['一个名字非常非常长的党员同志'], ...options });
  const page = await fixture(html`<div class="page">
    <style>
      .page { display: grid; grid-template-columns: minmax(0, 1fr) ${width}px; gap: 16px; font-family: system-ui, sans-serif; }
    </style>
    <main>正文</main>
    <aside><pb-config .backend=${data.backend} locale=${locale} theme=${theme}></pb-config></aside>
  </div>`);
  const config = page.querySelector('pb-config')!;
  config.innerHTML = `<pb-leaderboard controls ${attributes}></pb-leaderboard>`;
  const element = config.querySelector<PbLeaderboard>('pb-leaderboard')!;
  await settled(element, 'table');
  await waitUntil(() => part(element, 'controls'), 'no switchers');
  await document.fonts.ready;
  return element;
}

function layoutProblems(element: PbLeaderboard, column: Box): string[] {
  const found: string[] = [];
  const widget = element.getBoundingClientRect();
  if (!inside(widget, column)) found.push(`the widget (${Math.round(widget.width)} px) is wider than its column`);
  const base = part(element, 'base')!;
  if (base.scrollWidth > base.clientWidth) found.push(`the widget scrolls sideways (${base.scrollWidth} > ${base.clientWidth})`);
  for (const node of shadow(element).querySelectorAll('[part~="controls"] > *, [part~="mine"] > *, [part~="footer"] > *')) {
    if (!inside(node.getBoundingClientRect(), widget)) found.push(`"${node.textContent!.trim()}" sticks out of the widget`);
  }
  const header = part(element, 'header')!.querySelector('[role="row"]')!;
  found.push(...problems(header, widget, 'header'));
  for (const cell of header.children) for (const word of splitWords(cell)) found.push(`the header's "${word}" breaks inside the word`);
  for (const row of rows(element)) found.push(...problems(row.row, widget, `row ${row.index}`));
  // Names start on one line down the list, the member's own (bold) row too.
  const starts = new Set([header, ...rows(element).map((row) => row.row)].map((row) => Math.round(row.querySelector('.name')!.getBoundingClientRect().left)));
  if (starts.size > 1) found.push(`names start at ${[...starts].join(', ')} px`);
  return found;
}

const metrics: Metric[] = ['points', 'study-hours', 'completion-rate', 'participation-rate', 'dues-rate'];

describe('<pb-leaderboard> in a narrow column', function () {
  this.timeout(60_000);
  before(() => setViewport({ width: 1280, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const locale of ['zh-CN', 'en']) {
    for (const theme of ['light', 'large-text']) {
      it(`keeps headers and rows apart in a 240–320 px sidebar of a 1280 px page, and on a phone (${locale}, ${theme})`, async () => {
          const found: string[] = [];
        for (const width of [240, 260, 280, 320, 375]) {
          for (const metric of metrics) {
            // A list that scrolls (it keeps room for a scrollbar) and one shown whole without a change column.
            for (const [scope, period, total] of [['members', 'month', 30], ['branches', 'all', 8]] as const) {
              const element = await inColumn(width, { metric, scope, period, total }, `metric=${metric} scope=${scope} period=${period}`, locale, theme);
              const column = element.closest('aside')!.getBoundingClientRect();
              expect(Math.round(column.width)).to.equal(width);
              found.push(...layoutProblems(element, column).map((p) => `${width} px, ${metric}, ${scope}: ${p}`));
            }
          }
        }
        expect(found).to.deep.equal([]);
      });
    }
  }

  it('keeps the headers apart at 260 px in Chinese and English (the report: "Required course completion" ran into "Change")', async () => {
    for (const locale of ['zh-CN', 'en']) {
      const element = await inColumn(260, { metric: 'completion-rate', scope: 'members' }, 'metric="completion-rate" scope="members"', locale, 'light');
      // What the member reads: the text of each header, not only the boxes the grid gave them.
      const cells = [...part(element, 'header')!.querySelectorAll('[role="columnheader"]')].map((cell) => [cell.getBoundingClientRect(), ...inkBoxes(cell)]);
      for (let i = 0; i < cells.length; i++) {
        for (let j = i + 1; j < cells.length; j++) {
          expect(cells[i]!.some((a) => cells[j]!.some((b) => overlaps(a, b))), `${locale}: header ${i} overlaps header ${j}`).to.equal(false);
        }
      }
    }
  });

  it('gives a five-digit rank room of its own in a long list', async () => {
    const element = await inColumn(260, { total: 20_000, scope: 'members', meIndex: 19_990 }, 'scope="members"', 'en', 'large-text');
    await waitUntil(() => part(element, 'body')!.classList.contains('virtual'), 'the long list was not virtualized', { timeout: 10_000 });
    part(element, 'jump')!.click();
    await waitUntil(() => shadow(element).activeElement?.getAttribute('aria-current') === 'true', 'focus did not move to the member row', { timeout: 10_000 });
    const column = element.closest('aside')!.getBoundingClientRect();
    const widget = element.getBoundingClientRect();
    const row = shadow(element).activeElement!;
    expect(row.querySelector('[part~="rank"]')!.textContent).to.contain('19991');
    expect(problems(row, widget, 'my row')).to.deep.equal([]);
    expect(inside(widget, column)).to.equal(true);
  });

  it('uses the wide layout, a column each for value and change, where there is room', async () => {
    for (const width of [480, 800]) {
      const element = await inColumn(width, { metric: 'completion-rate', scope: 'members' }, 'metric="completion-rate" scope="members"', 'en', 'light');
      const [, , value, change] = [...part(element, 'header')!.querySelectorAll('[role="columnheader"]')].map((cell) => cell.getBoundingClientRect());
      expect(change!.left >= value!.right && change!.top < value!.bottom, `${width} px: change beside the value`).to.equal(true);
      expect(layoutProblems(element, element.closest('aside')!.getBoundingClientRect()), `${width} px`).to.deep.equal([]);
    }
  });
});
