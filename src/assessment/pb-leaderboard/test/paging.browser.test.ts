import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../../../test/browser/support/wait.js';
import '../../../define/pb-config.js';
import '../../../define/pb-leaderboard.js';
import type { Backend } from '../../../api/backend.js';
import { ProblemError } from '../../../api/errors.js';
import type { PbLeaderboard } from '../pb-leaderboard.js';
import { makeEntries, pageOf, rankingBackend } from '../../../../fixtures/rankings.js';
import { mockServer } from '../../../../test/browser/support/mock.js';
import { frame, part, rows, settled, shadow, text } from '../../test/support.js';

async function leaderboard(backend: Partial<Backend>, attributes = ''): Promise<PbLeaderboard> {
  const config = await fixture(html`<pb-config .backend=${backend}></pb-config>`);
  config.innerHTML = `<pb-leaderboard ${attributes}></pb-leaderboard>`;
  const element = config.querySelector('pb-leaderboard')!;
  await settled(element, 'table');
  return element;
}

/**
 * Waits until the virtualizer has taken over the list (its module loads on first need)
 * and laid its rows out; a scroll before that is undone by its first layout.
 */
async function virtualized(element: PbLeaderboard): Promise<HTMLElement> {
  await waitUntil(
    () => part(element, 'body')?.classList.contains('virtual') && rows(element).length && rows(element).every((r) => r.row.style.transform),
    'the list was not virtualized',
    { timeout: 15_000 },
  );
  for (let i = 0; i < 3; i++) await frame();
  return part(element, 'body')!;
}

/** Rows in the DOM show the entries at their own index, each once. */
function expectRowsMatch(element: PbLeaderboard, entries: ReturnType<typeof makeEntries>) {
  const shown = rows(element).filter((r) => !r.row.hasAttribute('aria-busy'));
  expect(new Set(shown.map((r) => r.index)).size, 'no row twice').to.equal(shown.length);
  for (const r of shown) expect(r.cells[1], `row ${r.index}`).to.contain(entries[r.index - 2]!.name);
}

describe('<pb-leaderboard> long rankings', function () {
  // Long lists on a shared, busy machine: generous limits; benchmarks measure speed.
  this.timeout(30_000);
  it('fetches the next cursor pages as the member scrolls, and only as far as they scroll', async () => {
    const data = rankingBackend({ total: 1000, scope: 'members', meIndex: 10 });
    const element = await leaderboard(data.backend, 'scope="members"');
    const body = await virtualized(element);
    expect(part(element, 'table')!.getAttribute('aria-rowcount')).to.equal('1001');
    expect(rows(element).length, 'only rows near the view are in the DOM').to.be.below(60);
    expect(data.calls).to.deep.equal([{ metric: 'points', scope: 'members', period: 'month', limit: 100 }]);

    const rowHeight = rows(element)[0]!.row.getBoundingClientRect().height;
    body.scrollTop = rowHeight * 160;
    await waitUntil(() => rows(element).some((r) => r.index === 162 && !r.row.hasAttribute('aria-busy')), 'row 161 did not load', { timeout: 15_000 });
    expect(data.calls.slice(1)).to.deep.equal([
      { cursor: 'o100', limit: 100 },
      { cursor: 'o200', limit: 100 },
    ]);
    expectRowsMatch(element, data.entries);

    body.scrollTop = body.scrollHeight;
    await waitUntil(() => rows(element).some((r) => r.index === 1001 && !r.row.hasAttribute('aria-busy')), 'the last row did not load', { timeout: 15_000 });
    expect(data.calls).to.have.length(10);
    expect(data.calls.at(-1)).to.deep.equal({ cursor: 'o900', limit: 100 });
    expectRowsMatch(element, data.entries);
    expect(text(part(element, 'footer'))).to.match(/^共 1,000 名党员/);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('sends the server’s cursor back, and only the cursor, for the next page', async () => {
    const entries = makeEntries({ total: 150, scope: 'members' });
    const options = { total: 150, scope: 'members' as const };
    const server = await mockServer({
      'GET /leaderboard': [{ body: { ...pageOf(entries, options, 0, 100), nextCursor: 'snap-7_o100' } }, { body: pageOf(entries, options, 100, 100) }],
    });
    const element = await fixture<PbLeaderboard>(html`<pb-leaderboard api-base=${server.base} scope="members"></pb-leaderboard>`);
    await settled(element, 'table');
    const body = await virtualized(element);
    body.scrollTop = body.scrollHeight;
    await waitUntil(() => rows(element).some((r) => r.index === 151 && !r.row.hasAttribute('aria-busy')), 'the last row did not load', { timeout: 15_000 });
    const log = await server.log();
    expect(log.map((request) => Object.fromEntries(new URLSearchParams(request.query)))).to.deep.equal([
      { metric: 'points', scope: 'members', period: 'month', limit: '100' },
      { cursor: 'snap-7_o100', limit: '100' },
    ]);
  });

  it('"jump to me" reaches the member 5,000 rows down, fetching the pages before it in order', async () => {
    const data = rankingBackend({ total: 10_000, scope: 'members', meIndex: 5000 });
    const element = await leaderboard(data.backend, 'scope="members"');
    await virtualized(element);
    expect(text(part(element, 'mine'))).to.contain('第 5001 名');
    part(element, 'jump')!.click();
    await waitUntil(() => shadow(element).activeElement?.getAttribute('aria-rowindex') === '5002', 'focus did not reach the member row', { timeout: 15_000 });
    const active = shadow(element).activeElement!;
    expect(active.getAttribute('aria-current')).to.equal('true');
    expect(text(active)).to.contain(data.entries[5000]!.name);
    await waitUntil(() => data.calls.length >= 51, 'pages up to the member were not fetched', { timeout: 15_000 });
    expect(data.calls.slice(1, 51).map((call) => call.cursor)).to.deep.equal(Array.from({ length: 50 }, (_, i) => `o${(i + 1) * 100}`));
  });

  it('"jump to me" on a slow network waits for the pages before the member, however long they take', async () => {
    const data = rankingBackend({ total: 5000, scope: 'members', meIndex: 4000 });
    // 40 pages of 150 ms each: six seconds before the rows around the member are all there.
    const slow: Partial<Backend> = {
      async getLeaderboard(query, options) {
        if (query.cursor) await new Promise((resolve) => setTimeout(resolve, 150));
        return data.backend.getLeaderboard(query, options);
      },
    };
    const element = await leaderboard(slow, 'scope="members"');
    await virtualized(element);
    part(element, 'jump')!.click();
    await waitUntil(() => shadow(element).activeElement?.getAttribute('aria-rowindex') === '4002', 'focus did not reach the member row', { timeout: 20_000 });
    expect(text(shadow(element).activeElement!)).to.contain(data.entries[4000]!.name);
  });

  it('says when a later page fails, and its retry carries on from there', async () => {
    const data = rankingBackend({ total: 300, scope: 'members' });
    let fail = true;
    const backend: Partial<Backend> = {
      async getLeaderboard(query, options) {
        if (query.cursor && fail) throw new ProblemError({ status: 503, title: 'Service Unavailable' });
        return data.backend.getLeaderboard(query, options);
      },
    };
    const element = await leaderboard(backend, 'scope="members"');
    const body = await virtualized(element);
    body.scrollTop = body.scrollHeight;
    const note = await settled(element, 'more-error');
    expect(note.getAttribute('role')).to.equal('alert');
    expect(text(note)).to.contain('后面的名次没有加载出来');
    // The error can arrive before the virtualizer has laid out the rows at the new position.
    await waitUntil(() => rows(element).some((r) => r.row.hasAttribute('aria-busy')), 'unloaded rows stay placeholders');
    await expect(element).shadowDom.to.be.accessible();
    fail = false;
    note.querySelector('button')!.click();
    await waitUntil(() => rows(element).some((r) => r.index === 301 && !r.row.hasAttribute('aria-busy')), 'the retry did not load the rest', { timeout: 15_000 });
    expect(part(element, 'more-error')).to.equal(null);
  });

  it('reloads on its refresh interval while the page is visible', async () => {
    let version = 0;
    const backend: Partial<Backend> = {
      getLeaderboard: async () => {
        version++;
        return pageOf(makeEntries({ total: 3, names: [`第${version}次`] }), { total: 3 }, 0, 100);
      },
    };
    const ticks: Array<() => void> = [];
    const setInterval = window.setInterval;
    window.setInterval = ((callback: () => void, ms: number) => {
      expect(ms).to.equal(60_000);
      ticks.push(callback);
      return 0;
    }) as typeof window.setInterval;
    try {
      const element = await leaderboard(backend, 'refresh-interval="60"');
      expect(rows(element)[0]!.cells[1]).to.equal('第1次');
      ticks.at(-1)!();
      await waitUntil(() => rows(element)[0]?.cells[1] === '第2次', 'did not reload');
    } finally {
      window.setInterval = setInterval;
    }
  });
});

describe('<pb-leaderboard> switchers and scopes', function () {
  this.timeout(20_000);
  let errors: string[] = [];
  const originalError = console.error;
  beforeEach(() => {
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
  });
  afterEach(() => (console.error = originalError));

  it('shows metric, period and scope switchers with `controls`, and announces a switch', async () => {
    const data = rankingBackend({ total: 6 });
    const element = await leaderboard(data.backend, 'controls');
    await settled(element, 'controls');
    const selects = [...shadow(element).querySelectorAll<HTMLSelectElement>('[part~="controls"] select')];
    expect(selects.map((select) => select.closest('label')!.firstElementChild!.textContent)).to.deep.equal(['指标', '时段', '范围']);
    expect(selects.map((select) => select.value)).to.deep.equal(['points', 'month', 'branches']);
    await expect(element).shadowDom.to.be.accessible();

    const changed = oneEvent(element, 'pb-leaderboard-change');
    selects[0]!.value = 'study-hours';
    selects[0]!.dispatchEvent(new Event('change'));
    const event = await changed;
    expect(event.detail).to.deep.equal({ metric: 'study-hours', scope: 'branches', period: 'month' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(element.metric).to.equal('study-hours');
    await waitUntil(() => text(part(element, 'table')!.querySelector('[role="columnheader"].value')) === '学时');
    expect(data.calls.at(-1)).to.deep.include({ metric: 'study-hours' });
  });

  it('lists only the switchers named in `controls`', async () => {
    const element = await leaderboard(rankingBackend({ total: 6 }).backend, 'controls="period"');
    await settled(element, 'controls');
    expect([...shadow(element).querySelectorAll('select')].map((select) => select.name)).to.deep.equal(['period']);
  });

  it('never ranks members where the site allows branches only, whatever `scope` says', async () => {
    const data = rankingBackend({ total: 6 });
    const element = await leaderboard(data.backend, 'scopes="branches" scope="members" controls');
    await settled(element, 'controls');
    expect(data.calls.map((call) => call.scope)).to.deep.equal(['branches']);
    expect([...shadow(element).querySelectorAll('select')].map((select) => select.name)).to.deep.equal(['metric', 'period']);
    expect(errors.some((e) => e.includes('"members" is not one of the scopes this page allows'))).to.equal(true);
  });

  it('never switches a member into members ranked by dues rate, which the contract refuses them', async () => {
    const data = rankingBackend({ total: 6 });
    const element = await leaderboard(data.backend, 'controls');
    await settled(element, 'controls');
    const select = (name: string) => shadow(element).querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
    const options = (name: string) => [...select(name).options].map((o) => o.value);
    expect(options('metric')).to.include('dues-rate');
    select('scope').value = 'members';
    select('scope').dispatchEvent(new Event('change'));
    await waitUntil(() => !options('metric').includes('dues-rate'), 'dues rate is still offered for members');
    expect(options('metric')).to.deep.equal(['points', 'study-hours', 'study-time', 'completion-rate', 'participation-rate', 'attendance-rate']);
    select('scope').value = 'branches';
    select('scope').dispatchEvent(new Event('change'));
    await waitUntil(() => options('metric').includes('dues-rate'));
    select('metric').value = 'dues-rate';
    select('metric').dispatchEvent(new Event('change'));
    await waitUntil(() => !options('scope').includes('members'), 'members are still offered for dues rate');
    expect(data.calls.some((call) => call.metric === 'dues-rate' && call.scope === 'members')).to.equal(false);
  });

  for (const [locale, words] of [
    ['zh-CN', '党员个人的党费按时交纳率只有本支部书记可以查看。'],
    ['en', 'Only the branch secretary can see how members of the branch pay their dues.'],
  ] as const) {
    it(`a page that asks for members by dues rate shows who may see them (${locale}), and the switchers lead back`, async () => {
      const data = rankingBackend({ total: 6, metric: 'dues-rate', period: 'year' });
      const backend: Partial<Backend> = {
        getLeaderboard: async (query, options) => {
          if (query.metric === 'dues-rate' && query.scope === 'members') {
            throw new ProblemError({ status: 403, title: 'Not allowed', type: '/problems/forbidden', detail: "Members' dues rates are personal" });
          }
          return data.backend.getLeaderboard!(query, options);
        },
      };
      const config = await fixture(html`<pb-config .backend=${backend} locale=${locale}></pb-config>`);
      config.innerHTML = '<pb-leaderboard metric="dues-rate" scope="members" period="year" controls></pb-leaderboard>';
      const element = config.querySelector('pb-leaderboard')!;
      const refused = await settled(element, 'forbidden');
      expect(text(refused)).to.contain(words);
      expect(text(refused)).not.to.contain('personal');
      expect(part(element, 'retry')).to.equal(null);
      expect(errors).to.deep.equal([]);
      await settled(element, 'controls');
      await expect(element).shadowDom.to.be.accessible();
      const scope = shadow(element).querySelector<HTMLSelectElement>('select[name="scope"]')!;
      scope.value = 'branches';
      scope.dispatchEvent(new Event('change'));
      await settled(element, 'table');
      expect(rows(element)).to.have.length(6);
    });
  }

  it('reloads when a property changes, as a framework would set it', async () => {
    const data = rankingBackend({ total: 6 });
    const element = await leaderboard(data.backend);
    element.period = 'year';
    await waitUntil(() => data.calls.length === 2);
    await frame();
    expect(data.calls[1]).to.deep.include({ period: 'year' });
    expect(part(element, 'table')!.getAttribute('aria-label')).to.equal('本年度支部学习积分排行');
  });
});
