import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../../../test/browser/support/wait.js';
import '../../../define/pb-config.js';
import '../../../define/pb-leaderboard.js';
import type { Backend } from '../../../api/backend.js';
import type { LeaderboardPage } from '../../../api/types.js';
import type { PbLeaderboard } from '../pb-leaderboard.js';
import { pageOf, rankingBackend, type RankingOptions } from '../../../../fixtures/rankings.js';
import { mockServer } from '../../../../test/browser/support/mock.js';
import { part, rows, settled, shadow, spoken, text } from '../../test/support.js';

/** A leaderboard fed by a page backend, once `[part~=wait]` shows (`table` by default). */
async function leaderboard(backend: Partial<Backend>, attributes = '', locale = 'zh-CN', wait = 'table'): Promise<PbLeaderboard> {
  const config = await fixture(html`<pb-config .backend=${backend} locale=${locale}></pb-config>`);
  config.innerHTML = `<pb-leaderboard ${attributes}></pb-leaderboard>`;
  const element = config.querySelector('pb-leaderboard')!;
  await settled(element, wait);
  return element;
}

const one = (page: LeaderboardPage): Partial<Backend> => ({ getLeaderboard: async () => page });

describe('<pb-leaderboard> ranking', function () {
  // The machine is shared: the first test also loads axe and the modules.
  this.timeout(20_000);
  let errors: string[] = [];
  const originalError = console.error;
  beforeEach(() => {
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
  });
  afterEach(() => (console.error = originalError));

  it('shows the ranking as a table whose ties share a rank (1, 2, 3, 3, 5, 6)', async () => {
    const data = rankingBackend({ total: 6, meIndex: 2 });
    const element = await leaderboard(data.backend);
    const table = part(element, 'table')!;
    expect(table.getAttribute('role')).to.equal('table');
    expect(table.getAttribute('aria-label')).to.equal('本月支部学习积分排行');
    expect(table.getAttribute('aria-rowcount')).to.equal('7');
    expect([...shadow(element).querySelectorAll('[role="columnheader"]')].map(text)).to.deep.equal(['名次', '支部', '学习积分', '变化']);
    const shown = rows(element);
    expect(shown.map((r) => r.index)).to.deep.equal([2, 3, 4, 5, 6, 7]);
    expect(shown.map((r) => r.cells[0])).to.deep.equal(['1', '2', '3 并列', '3 并列', '5', '6']);
    expect(shown.map((r) => r.cells[1])).to.deep.equal(data.entries.map((e, i) => (i === 2 ? `${e.name} 本支部` : e.name)));
    expect(shown.map((r) => r.cells[2])).to.deep.equal(['100 分', '98 分', '95 分', '95 分', '93 分', '90 分']);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('marks the top three, tied ones included, by a medal and words, not by colour alone', async () => {
    const element = await leaderboard(rankingBackend({ total: 6, meIndex: 2 }).backend);
    const top = shadow(element).querySelectorAll('[part~="row"][part~="top"]');
    expect(top).to.have.length(4);
    for (const row of top) {
      expect(row.querySelector('.medal')).to.exist;
      expect(spoken(row.querySelector('[part~="rank"]')!)).to.contain('前三名');
    }
    expect(spoken(rows(element)[4]!.row.querySelector('[part~="rank"]')!)).to.equal('5');
  });

  it('shows each move since the previous period with an arrow, a number and words for screen readers', async () => {
    const element = await leaderboard(rankingBackend({ total: 6, meIndex: 2 }).backend);
    const cells = rows(element).map((r) => r.row.querySelector<HTMLElement>('[part~="change"]')!);
    expect(rows(element).map((r) => r.cells[3])).to.deep.equal(['–', '–', '▲2', '▼1', '▲1', '新']);
    expect(cells.map(spoken)).to.deep.equal(['名次不变', '名次不变', '上升 2 位', '下降 1 位', '上升 1 位', '新上榜']);
    expect(cells.map((cell) => cell.dataset['direction'])).to.deep.equal(['same', 'same', 'up', 'down', 'up', 'new']);
  });

  it('has no change column for all time, where there is no period before', async () => {
    const element = await leaderboard(rankingBackend({ total: 6, period: 'all', meIndex: null }).backend, 'period="all"');
    expect([...shadow(element).querySelectorAll('[role="columnheader"]')].map(text)).to.deep.equal(['名次', '支部', '学习积分']);
    expect(shadow(element).querySelector('[part~="change"]')).to.equal(null);
  });

  it('highlights the member’s own branch with aria-current and sums it up above the list', async () => {
    const element = await leaderboard(rankingBackend({ total: 6, meIndex: 2 }).backend);
    const current = rows(element).filter((r) => r.current);
    expect(current).to.have.length(1);
    expect(current[0]!.index).to.equal(4);
    expect(current[0]!.row.getAttribute('part')).to.contain('me');
    expect(text(part(element, 'mine'))).to.equal('本支部排名 第 3 名 95 分 定位到本支部');
  });

  it('lines a list shown whole up with the summary above it: no room kept for a scrollbar', async () => {
    const element = await leaderboard(rankingBackend({ total: 6, meIndex: 2 }).backend);
    const right = (name: string) => Math.round(part(element, name)!.getBoundingClientRect().right);
    const lastRow = rows(element).at(-1)!.row;
    expect(Math.round(lastRow.getBoundingClientRect().right)).to.equal(right('mine'));
    expect(right('header')).to.equal(right('mine'));
  });

  it('lines each header up with its column, though the header’s text is smaller', async () => {
    for (const attributes of ['', 'scope="members"']) {
      const element = await leaderboard(rankingBackend({ total: 6, meIndex: 2 }).backend, attributes);
      const lefts = (row: Element) => [...row.children].map((cell) => Math.round(cell.getBoundingClientRect().left));
      const header = part(element, 'header')!.querySelector('[role="row"]')!;
      expect(lefts(header), attributes).to.deep.equal(lefts(rows(element)[0]!.row));
    }
  });

  it('"jump to me" scrolls the member’s row into view and moves focus to it', async () => {
    const element = await leaderboard(rankingBackend({ total: 60, scope: 'members', meIndex: 47 }).backend, 'scope="members"');
    const body = part(element, 'body')!;
    expect(body.tabIndex, 'a list that scrolls takes focus for the keyboard').to.equal(0);
    expect(body.scrollTop).to.equal(0);
    part(element, 'jump')!.click();
    await waitUntil(() => shadow(element).activeElement?.getAttribute('aria-current') === 'true', 'focus did not move to the member row');
    expect(shadow(element).activeElement!.getAttribute('aria-rowindex')).to.equal('49');
    expect(body.scrollTop).to.be.greaterThan(0);
    const rowBox = shadow(element).activeElement!.getBoundingClientRect();
    const bodyBox = body.getBoundingClientRect();
    expect(rowBox.top >= bodyBox.top && rowBox.bottom <= bodyBox.bottom + 1, 'row inside the visible list').to.equal(true);
  });

  it('shows only the top N with `limit`, and says so when the member is further down', async () => {
    const data = rankingBackend({ total: 120, scope: 'members', metric: 'study-hours', meIndex: 57 });
    const element = await leaderboard(data.backend, 'scope="members" metric="study-hours" limit="10"');
    expect(data.calls[0]).to.deep.include({ metric: 'study-hours', scope: 'members', period: 'month', limit: 10 });
    expect(rows(element)).to.have.length(10);
    expect(part(element, 'table')!.getAttribute('aria-rowcount')).to.equal('11');
    expect(text(part(element, 'mine'))).to.contain('第 58 名');
    expect(text(part(element, 'mine'))).to.contain('未进入前 10 名');
    expect(part(element, 'jump')).to.equal(null);
    expect(rows(element).some((r) => r.current)).to.equal(false);
    expect(text(part(element, 'footer')), 'the count is of the whole ranking').to.match(/^共 120 名党员/);
    expect(data.calls).to.have.length(1);
  });

  it('writes member rows with their branch, and names as text, never HTML', async () => {
    const names = ['<img src=x onerror="window.__pwned=1">王伟', '<b>李芳</b>'];
    const element = await leaderboard(rankingBackend({ total: 3, scope: 'members', names, meIndex: 0 }).backend, 'scope="members"');
    expect(shadow(element).querySelector('img, b')).to.equal(null);
    expect(rows(element)[0]!.cells[1]).to.equal(`${names[0]} 我 第一党支部`);
    expect(rows(element)[1]!.cells[1]).to.equal(`${names[1]} 第二党支部`);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  for (const [metric, zh, en] of [
    ['points', '100 分', '100 pts'],
    ['study-hours', '10 学时', '10 credit h'],
    ['study-time', '10 小时', '10 h'],
    ['completion-rate', '100%', '100%'],
    ['participation-rate', '100%', '100%'],
    ['dues-rate', '100%', '100%'],
  ] as const) {
    it(`formats ${metric} in its unit in both locales`, async () => {
      const options: RankingOptions = { total: 3, metric, meIndex: 1 };
      const backend = rankingBackend(options).backend;
      const chinese = await leaderboard(backend, `metric="${metric}"`);
      expect(rows(chinese)[0]!.cells[2]).to.equal(zh);
      const english = await leaderboard(backend, `metric="${metric}"`, 'en');
      expect(rows(english)[0]!.cells[2]).to.equal(en);
    });
  }

  it('speaks English with locale="en"', async () => {
    const element = await leaderboard(rankingBackend({ total: 6, meIndex: 2 }).backend, '', 'en');
    expect(part(element, 'table')!.getAttribute('aria-label')).to.equal('Branches by study points, this month');
    expect([...shadow(element).querySelectorAll('[role="columnheader"]')].map(text)).to.deep.equal(['Rank', 'Branch', 'Study points', 'Change']);
    expect(text(part(element, 'mine'))).to.equal('Your branch No. 3 95 pts Show my branch');
    expect(spoken(rows(element)[2]!.row.querySelector('[part~="change"]')!)).to.equal('up 2 places');
    expect(text(part(element, 'footer'))).to.match(/^6 branches Updated /);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('asks the REST API for the ranking with the contract’s query', async () => {
    const server = await mockServer({ 'GET /leaderboard': [{ body: pageOf(rankingBackend({ total: 6 }).entries, { total: 6, meIndex: 2 }, 0, 100) }] });
    const element = await fixture<PbLeaderboard>(html`<pb-leaderboard api-base=${server.base} metric="points" period="quarter"></pb-leaderboard>`);
    await settled(element, 'table');
    const [request] = await server.log();
    expect(Object.fromEntries(new URLSearchParams(request!.query))).to.deep.equal({ metric: 'points', scope: 'branches', period: 'quarter', limit: '100' });
    expect(rows(element)).to.have.length(6);
  });

  it('shows the loading skeleton, then an empty ranking in its own words', async () => {
    let answer!: (page: LeaderboardPage) => void;
    const element = await leaderboard({ getLeaderboard: () => new Promise((resolve) => (answer = resolve)) }, 'period="week"', 'zh-CN', 'loading');
    expect(part(element, 'loading')!.getAttribute('role')).to.equal('status');
    await expect(element).shadowDom.to.be.accessible();
    answer({ ...pageOf([], { total: 0, period: 'week' }, 0, 100) });
    const empty = await settled(element, 'empty');
    expect(text(empty)).to.equal('暂无排名 本周还没有可以排名的记录。');
    await expect(element).shadowDom.to.be.accessible();
  });

  it('shows an error with a retry that loads again', async () => {
    const server = await mockServer({
      'GET /leaderboard': [{ status: 503, body: { title: 'Service Unavailable', status: 503 } }, { body: pageOf(rankingBackend({ total: 6 }).entries, { total: 6 }, 0, 100) }],
    });
    const config = await fixture(html`<pb-config api-base=${server.base} .retry=${{ retries: 0 }}><pb-leaderboard></pb-leaderboard></pb-config>`);
    const element = config.querySelector('pb-leaderboard')!;
    const error = await settled(element, 'error');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('服务器暂时无法处理请求');
    await expect(element).shadowDom.to.be.accessible();
    part(element, 'retry')!.click();
    await settled(element, 'table');
    expect(rows(element)).to.have.length(6);
  });

  it('names the field when the backend sends a rate as a percentage, and never shows wrong numbers', async () => {
    const page = pageOf(rankingBackend({ total: 2, metric: 'dues-rate' }).entries, { total: 2, metric: 'dues-rate' }, 0, 100);
    page.items[1]!.value = 87.5;
    const element = await leaderboard(one(page), 'metric="dues-rate"', 'en', 'error');
    const error = part(element, 'error')!;
    expect(text(error)).to.contain('unexpected format');
    expect(text(error.querySelector('.state-detail code'))).to.equal(
      'backend.getLeaderboard() returned data that does not match the contract at $.items[1].value: expected a rate from 0 to 1, got 87.5',
    );
    expect(part(element, 'table')).to.equal(null);
  });

  it('turns a backend that throws or sends nothing into an error state, not an exception in the page', async () => {
    const thrower = await leaderboard({ getLeaderboard: async () => Promise.reject(new TypeError('boom')) }, '', 'zh-CN', 'error');
    expect(text(part(thrower, 'error'))).to.contain('boom');
    const nothing = await leaderboard({ getLeaderboard: async () => null as never }, '', 'zh-CN', 'error');
    expect(text(part(nothing, 'error')!.querySelector('code'))).to.contain('at $:');
  });

  it('refuses an unknown metric or period before asking the server, naming the attribute', async () => {
    const data = rankingBackend({ total: 6 });
    const element = await leaderboard(data.backend, 'metric="score"', 'zh-CN', 'error');
    const error = part(element, 'error')!;
    expect(text(error)).to.contain('组件配置有误');
    expect(text(error)).to.contain('“metric”');
    expect(part(element, 'retry')).to.equal(null);
    expect(data.calls).to.have.length(0);
    expect(errors.filter((e) => e.includes('"score" is not a valid metric'))).to.have.length(1);
    element.setAttribute('metric', 'points');
    element.setAttribute('period', 'decade');
    await waitUntil(() => text(part(element, 'error')).includes('“period”'));
  });
});
