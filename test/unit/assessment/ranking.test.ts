import { expect } from '@open-wc/testing';
import { ConfigError } from '../../../src/api/errors.js';
import { rankChange } from '../../../src/assessment/pb-leaderboard/internal/rank-change.js';
import { checkPage, pageAnswer, RankList } from '../../../src/assessment/pb-leaderboard/internal/rank-list.js';
import type { RankEntry, RankPage } from '../../../src/assessment/pb-leaderboard/internal/shapes.js';
import { leaderboardStrings } from '../../../src/assessment/pb-leaderboard/strings/index.js';
import { formatValue, metrics, oneOf } from '../../../src/assessment/shared/metrics.js';
import { assessmentStrings } from '../../../src/assessment/shared/strings/index.js';
import { shapeProblem } from '../../../src/contract/data-shape.js';
import { localeReady } from '../../../src/i18n/strings.js';

const entry = (id: string, rank: number, value = 100 - rank, previousRank: number | null = null): RankEntry => ({ id, name: `名${id}`, branchName: null, value, rank, previousRank });

function page(items: RankEntry[], more: Partial<RankPage> = {}): RankPage {
  return { metric: 'points', scope: 'branches', period: 'month', unit: 'points', generatedAt: '2026-11-27T06:05:00Z', total: 6, items, nextCursor: null, me: null, ...more };
}

describe('merging cursor pages (RankList)', () => {
  it('appends pages in order and takes total, cursor and "me" from the latest page', () => {
    const list = new RankList(page([entry('a', 1), entry('b', 2)], { nextCursor: 'c1', total: 5 }));
    expect(list.rowCount).to.equal(5);
    expect(list.complete).to.equal(false);
    expect(list.entryAt(3)).to.equal(undefined);
    const added = list.append(page([entry('c', 2), entry('d', 4)], { nextCursor: 'c2', total: 5, me: { entry: entry('d', 4), index: 3 } }));
    expect(added).to.equal(2);
    expect(list.entries.map((e) => e.id)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(list.nextCursor).to.equal('c2');
    expect(list.me?.index).to.equal(3);
    list.append(page([entry('e', 5)], { total: 5 }));
    expect(list.complete).to.equal(true);
    expect(list.rowCount).to.equal(5);
  });

  it('lists an entry once when a fresh ranking (expired snapshot) repeats it on a later page', () => {
    const list = new RankList(page([entry('a', 1), entry('b', 2), entry('c', 3)], { nextCursor: 'c1', total: 6 }));
    // "b" moved down into the next page of the fresh ranking: it stays where it was shown first.
    list.append(page([entry('b', 4), entry('d', 4), entry('e', 6)], { total: 6 }));
    expect(list.entries.map((e) => e.id)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    expect(new Set(list.entries.map((e) => e.id)).size).to.equal(list.entries.length);
    expect(list.rowCount).to.equal(5);
  });

  it('stops at the cap ("top 10") even when the server has more', () => {
    const list = new RankList(page([entry('a', 1), entry('b', 2), entry('c', 3)], { nextCursor: 'c1', total: 100 }), 2);
    expect(list.entries).to.have.length(2);
    expect(list.complete).to.equal(true);
    expect(list.rowCount).to.equal(2);
  });

  it('treats a page that adds nothing as the end, so a broken cursor cannot loop forever', () => {
    const list = new RankList(page([entry('a', 1)], { nextCursor: 'same', total: 50 }));
    list.append(page([entry('a', 1)], { nextCursor: 'same', total: 50 }));
    expect(list.complete).to.equal(true);
    expect(list.rowCount).to.equal(1);
  });

  it('shows the member before their page arrives, and knows when they are below the cap', () => {
    const me = { entry: entry('m', 40), index: 39 };
    const list = new RankList(page([entry('a', 1)], { nextCursor: 'c1', total: 80, me }));
    expect(list.entryAt(39)).to.equal(me.entry);
    expect(list.entryAt(38)).to.equal(undefined);
    expect(list.meShown).to.equal(true);
    expect(new RankList(page([entry('a', 1)], { nextCursor: 'c1', total: 80, me }), 10).meShown).to.equal(false);
  });

  it('marks ties of the competition ranking (1, 2, 2, 4)', () => {
    const list = new RankList(page([entry('a', 1), entry('b', 2), entry('c', 2), entry('d', 4)]));
    expect([0, 1, 2, 3].map((i) => list.tied(i))).to.deep.equal([false, true, true, false]);
  });
});

describe('checking a page beyond its shape', () => {
  it('accepts a page the contract allows', () => {
    expect(checkPage(page([entry('a', 1, 12.5, 3)], { unit: 'hours' }))).to.equal(null);
  });

  it('names the path of a rate sent as a percentage', () => {
    const problem = checkPage(page([entry('a', 1, 0.9), entry('b', 2, 87.5)], { unit: 'percent' }));
    expect(problem).to.deep.equal({ path: '$.items[1].value', message: 'expected a rate from 0 to 1, got 87.5' });
  });

  it('names ranks that are not whole numbers from 1, totals and the member entry (the contract\'s shape, then the page\'s values)', () => {
    expect(shapeProblem(pageAnswer, page([entry('a', 0)]))?.path).to.equal('$.items[0].rank');
    expect(shapeProblem(pageAnswer, page([entry('a', 1, 5, 1.5)]))?.path).to.equal('$.items[0].previousRank');
    expect(shapeProblem(pageAnswer, page([], { total: -1 }))?.path).to.equal('$.total');
    expect(shapeProblem(pageAnswer, page([], { me: { entry: entry('m', 1, Infinity), index: 0 } }))).to.deep.equal({ path: '$.me.entry.value', message: 'expected a finite number, got Infinity' });
    expect(shapeProblem(pageAnswer, page([], { me: { entry: entry('m', 1), index: -2 } }))?.path).to.equal('$.me.index');
  });
});

describe('rank change', () => {
  it('gives the direction and places moved since the previous period', () => {
    expect(rankChange(3, 5)).to.deep.equal({ direction: 'up', places: 2 });
    expect(rankChange(4, 1)).to.deep.equal({ direction: 'down', places: 3 });
    expect(rankChange(2, 2)).to.deep.equal({ direction: 'same', places: 0 });
    expect(rankChange(7, null)).to.deep.equal({ direction: 'new', places: 0 });
  });

  it('is worded for screen readers in both locales', async () => {
    await localeReady('en');
    const zh = leaderboardStrings('zh-CN');
    const en = leaderboardStrings('en');
    expect(zh.up(2)).to.equal('上升 2 位');
    expect(zh.down(1)).to.equal('下降 1 位');
    expect(en.up(1)).to.equal('up 1 place');
    expect(en.down(3)).to.equal('down 3 places');
    expect(zh.label('members', 'study-hours', 'month')).to.equal('本月党员学习时长排行');
    expect(en.label('branches', 'dues-rate', 'year')).to.equal('Branches by dues paid on time, this year');
  });
});

describe('values per unit', () => {
  it('formats points, hours and rates in both locales', async () => {
    await localeReady('en');
    const zh = assessmentStrings('zh-CN').unit;
    const en = assessmentStrings('en').unit;
    expect(formatValue('zh-CN', 'points', 12345, zh.points)).to.equal('12,345 分');
    expect(formatValue('en', 'points', 12345.4, en.points)).to.equal('12,345 pts');
    expect(formatValue('zh-CN', 'hours', 12.46, zh.hours)).to.equal('12.5 学时');
    expect(formatValue('en', 'hours', 3, en.hours)).to.equal('3 h');
    expect(formatValue('zh-CN', 'percent', 0.875, zh.percent)).to.equal('87.5%');
    expect(formatValue('en', 'percent', 1)).to.equal('100%');
  });

  it('refuses an unknown metric with a configuration error naming the attribute', () => {
    expect(oneOf('metric', 'dues-rate', metrics)).to.equal('dues-rate');
    let error: unknown;
    try {
      oneOf('metric', 'score', metrics);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(ConfigError);
    expect((error as ConfigError).setting).to.equal('metric');
    expect((error as Error).message).to.contain('"score" is not a valid metric');
  });
});
