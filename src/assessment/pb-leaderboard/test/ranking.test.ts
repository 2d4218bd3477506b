import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError } from '../../../api/errors.js';
import { rankChange } from '../internal/rank-change.js';
import { checkPage, pageAnswer, RankList } from '../internal/rank-list.js';
import type { RankEntry, RankPage } from '../internal/shapes.js';
import { leaderboardStrings } from '../strings/index.js';
import { formatValue, metrics, oneOf } from '../../shared/metrics.js';
import { assessmentStrings } from '../../shared/strings/index.js';
import { shapeProblem } from '../../../contract/data-shape.js';
import { localeReady } from '../../../i18n/strings.js';

const entry = (id: string, rank: number, value = 100 - rank, previousRank: number | null = null): RankEntry => ({ id, name: `名${id}`, branchName: null, value, rank, previousRank });

function page(items: RankEntry[], more: Partial<RankPage> = {}): RankPage {
  return { metric: 'points', scope: 'branches', period: 'month', unit: 'points', generatedAt: '2026-11-27T06:05:00Z', total: 6, items, nextCursor: null, me: null, ...more };
}

describe('merging cursor pages (RankList)', () => {
  it('appends pages in order and takes total, cursor and "me" from the latest page', () => {
    const list = new RankList(page([entry('a', 1), entry('b', 2)], { nextCursor: 'c1', total: 5 }));
    assert.equal(list.rowCount, 5);
    assert.equal(list.complete, false);
    assert.equal(list.entryAt(3), undefined);
    const added = list.append(page([entry('c', 2), entry('d', 4)], { nextCursor: 'c2', total: 5, me: { entry: entry('d', 4), index: 3 } }));
    assert.equal(added, 2);
    assert.deepEqual(list.entries.map((e) => e.id), ['a', 'b', 'c', 'd']);
    assert.equal(list.nextCursor, 'c2');
    assert.equal(list.me?.index, 3);
    list.append(page([entry('e', 5)], { total: 5 }));
    assert.equal(list.complete, true);
    assert.equal(list.rowCount, 5);
  });

  it('lists an entry once when a fresh ranking (expired snapshot) repeats it on a later page', () => {
    const list = new RankList(page([entry('a', 1), entry('b', 2), entry('c', 3)], { nextCursor: 'c1', total: 6 }));
    // "b" moved down into the next page of the fresh ranking: it stays where it was shown first.
    list.append(page([entry('b', 4), entry('d', 4), entry('e', 6)], { total: 6 }));
    assert.deepEqual(list.entries.map((e) => e.id), ['a', 'b', 'c', 'd', 'e']);
    assert.equal(new Set(list.entries.map((e) => e.id)).size, list.entries.length);
    assert.equal(list.rowCount, 5);
  });

  it('stops at the cap ("top 10") even when the server has more', () => {
    const list = new RankList(page([entry('a', 1), entry('b', 2), entry('c', 3)], { nextCursor: 'c1', total: 100 }), 2);
    assert.equal(list.entries.length, 2);
    assert.equal(list.complete, true);
    assert.equal(list.rowCount, 2);
  });

  it('treats a page that adds nothing as the end, so a broken cursor cannot loop forever', () => {
    const list = new RankList(page([entry('a', 1)], { nextCursor: 'same', total: 50 }));
    list.append(page([entry('a', 1)], { nextCursor: 'same', total: 50 }));
    assert.equal(list.complete, true);
    assert.equal(list.rowCount, 1);
  });

  it('shows the member before their page arrives, and knows when they are below the cap', () => {
    const me = { entry: entry('m', 40), index: 39 };
    const list = new RankList(page([entry('a', 1)], { nextCursor: 'c1', total: 80, me }));
    assert.equal(list.entryAt(39), me.entry);
    assert.equal(list.entryAt(38), undefined);
    assert.equal(list.meShown, true);
    assert.equal(new RankList(page([entry('a', 1)], { nextCursor: 'c1', total: 80, me }), 10).meShown, false);
  });

  it('marks ties of the competition ranking (1, 2, 2, 4)', () => {
    const list = new RankList(page([entry('a', 1), entry('b', 2), entry('c', 2), entry('d', 4)]));
    assert.deepEqual([0, 1, 2, 3].map((i) => list.tied(i)), [false, true, true, false]);
  });
});

describe('checking a page beyond its shape', () => {
  it('accepts a page the contract allows', () => {
    assert.equal(checkPage(page([entry('a', 1, 12.5, 3)], { unit: 'hours' })), null);
  });

  it('names the path of a rate sent as a percentage', () => {
    const problem = checkPage(page([entry('a', 1, 0.9), entry('b', 2, 87.5)], { unit: 'percent' }));
    assert.deepEqual(problem, { path: '$.items[1].value', message: 'expected a rate from 0 to 1, got 87.5' });
  });

  it('names ranks that are not whole numbers from 1, totals and the member entry (the contract\'s shape, then the page\'s values)', () => {
    assert.equal(shapeProblem(pageAnswer, page([entry('a', 0)]))?.path, '$.items[0].rank');
    assert.equal(shapeProblem(pageAnswer, page([entry('a', 1, 5, 1.5)]))?.path, '$.items[0].previousRank');
    assert.equal(shapeProblem(pageAnswer, page([], { total: -1 }))?.path, '$.total');
    assert.deepEqual(shapeProblem(pageAnswer, page([], { me: { entry: entry('m', 1, Infinity), index: 0 } })), { path: '$.me.entry.value', message: 'expected a finite number, got Infinity' });
    assert.equal(shapeProblem(pageAnswer, page([], { me: { entry: entry('m', 1), index: -2 } }))?.path, '$.me.index');
  });
});

describe('rank change', () => {
  it('gives the direction and places moved since the previous period', () => {
    assert.deepEqual(rankChange(3, 5), { direction: 'up', places: 2 });
    assert.deepEqual(rankChange(4, 1), { direction: 'down', places: 3 });
    assert.deepEqual(rankChange(2, 2), { direction: 'same', places: 0 });
    assert.deepEqual(rankChange(7, null), { direction: 'new', places: 0 });
  });

  it('is worded for screen readers in both locales', async () => {
    await localeReady('en');
    const zh = leaderboardStrings('zh-CN');
    const en = leaderboardStrings('en');
    assert.equal(zh.up(2), '上升 2 位');
    assert.equal(zh.down(1), '下降 1 位');
    assert.equal(en.up(1), 'up 1 place');
    assert.equal(en.down(3), 'down 3 places');
    assert.equal(zh.label('members', 'study-hours', 'month'), '本月党员学时排行');
    assert.equal(en.label('branches', 'dues-rate', 'year'), 'Branches by dues paid on time, this year');
  });
});

describe('values per unit', () => {
  it('formats points, hours and rates in both locales', async () => {
    await localeReady('en');
    const zh = assessmentStrings('zh-CN').unit;
    const en = assessmentStrings('en').unit;
    assert.equal(formatValue('zh-CN', 'points', 12345, zh.points), '12,345 分');
    assert.equal(formatValue('en', 'points', 12345.4, en.points), '12,345 pts');
    assert.equal(formatValue('zh-CN', 'hours', 12.46, zh.hours), '12.5 学时');
    assert.equal(formatValue('en', 'hours', 3, en.hours), '3 credit h');
    // Time studied is not 学时, and says so.
    assert.equal(formatValue('zh-CN', 'clock-hours', 12.46, zh['clock-hours']), '12.5 小时');
    assert.equal(formatValue('en', 'clock-hours', 3, en['clock-hours']), '3 h');
    assert.equal(formatValue('zh-CN', 'percent', 0.875, zh.percent), '87.5%');
    assert.equal(formatValue('en', 'percent', 1), '100%');
  });

  it('refuses an unknown metric with a configuration error naming the attribute', () => {
    assert.equal(oneOf('metric', 'dues-rate', metrics), 'dues-rate');
    let error: unknown;
    try {
      oneOf('metric', 'score', metrics);
    } catch (e) {
      error = e;
    }
    assert.ok(error instanceof ConfigError);
    assert.equal((error as ConfigError).setting, 'metric');
    assert.ok(((error as Error).message).includes('"score" is not a valid metric'));
  });
});
