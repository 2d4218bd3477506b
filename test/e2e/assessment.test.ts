/**
 * Branch assessment end to end: the demo's home page with the CDN bundle against the real
 * reference server (its own seeded database), in Chromium as demo-member of 第一党支部.
 * The widgets must show what the server ranks and counts, highlight the member's branch,
 * load Chart.js only where a chart is, and keep working under a strict CSP.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { signIn, watchErrors, withDemo, type Demo } from './support/demo';

interface Row {
  index: string;
  current: string | null;
  cells: string[];
}

/** The rows of the n-th leaderboard on the page, cells as seen (screen-reader text left out). */
const leaderboardRows = (page: Page, n: number): Promise<Row[]> =>
  page.evaluate((n) => {
    const root = document.querySelectorAll('pb-leaderboard')[n]!.shadowRoot!;
    return [...root.querySelectorAll('[part~="body"] [role="row"]')].map((row) => ({
      index: row.getAttribute('aria-rowindex')!,
      current: row.getAttribute('aria-current'),
      cells: [...row.querySelectorAll('[role="cell"]')].map((cell) => {
        const copy = cell.cloneNode(true) as Element;
        copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
        return copy.textContent!.replace(/\s+/g, ' ').trim();
      }),
    }));
  }, n);

const shadowText = (page: Page, selector: string, n: number, part: string) =>
  page.evaluate(
    ([selector, n, part]) => document.querySelectorAll(selector)[n as number]!.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
    [selector, n, part] as const,
  );

/** Waits until every widget of the home page shows data (a table or a chart). */
const homeReady = (page: Page) =>
  page.waitForFunction(
    () =>
      [...document.querySelectorAll('pb-leaderboard')].every((el) => el.shadowRoot?.querySelector('[part~="table"] [role="row"][aria-rowindex="2"]')) &&
      [...document.querySelectorAll('pb-stat-chart')].every((el) => el.shadowRoot?.querySelector('canvas[role="img"]')),
    null,
    { timeout: 30_000 },
  );

describe('branch assessment on the demo home page', () => {
  let demo: Demo;
  let browser: Browser;

  withDemo((up) => ({ demo, browser } = up));

  it('ranks the branches as the server does, and highlights the member’s branch', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-member');
    const errors = watchErrors(page);
    await homeReady(page);
    const api = await (await page.request.get(`${demo.url}/api/v1/leaderboard?metric=points&scope=branches&period=month&limit=100`)).json();
    assert.equal(api.items.length, 6);
    const rows = await leaderboardRows(page, 0);
    assert.deepEqual(
      rows.map((row) => [row.cells[0]!.replace(/\s*并列$/, ''), row.cells[1]!.replace(/\s*本支部$/, ''), row.cells[2]]),
      api.items.map((entry: { rank: number; name: string; value: number }) => [String(entry.rank), entry.name, `${new Intl.NumberFormat('zh-CN').format(entry.value)} 分`]),
    );
    const current = rows.filter((row) => row.current === 'true');
    assert.equal(current.length, 1);
    assert.match(current[0]!.cells[1]!, /^第一党支部 本支部$/);
    assert.equal(Number(current[0]!.index) - 2, api.me.index);
    assert.equal(await shadowText(page, 'pb-leaderboard', 0, 'mine'), `本支部排名 第 ${api.me.entry.rank} 名 ${new Intl.NumberFormat('zh-CN').format(api.me.entry.value)} 分 定位到本支部`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('shows the top ten members by study hours of the month, with the member’s own rank', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-member');
    await homeReady(page);
    const api = await (await page.request.get(`${demo.url}/api/v1/leaderboard?metric=study-hours&scope=members&period=month&limit=10`)).json();
    const rows = await leaderboardRows(page, 1);
    assert.equal(rows.length, Math.min(10, api.total));
    assert.deepEqual(
      rows.map((row) => row.cells[1]!.split(' ')[0]),
      api.items.map((entry: { name: string }) => entry.name),
    );
    const mine = (await shadowText(page, 'pb-leaderboard', 1, 'mine'))!;
    assert.match(mine, new RegExp(`^我的排名 第 ${api.me.entry.rank} 名 `));
    if (api.me.index >= 10) assert.match(mine, /未进入前 10 名/);
    else assert.equal(rows[api.me.index]!.current, 'true');
    await context.close();
  });

  it('charts the seeded year, and the table shows the same numbers as the server', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-member');
    const errors = watchErrors(page);
    await homeReady(page);
    const api = await (await page.request.get(`${demo.url}/api/v1/stats/study-hours?groupBy=month`)).json();
    assert.equal(api.labels.length, 12);
    assert.ok(api.series[0].values.some((value: number | null) => value !== null && value > 0), 'the seed has study hours');
    const label = await page.evaluate(() => document.querySelector('pb-stat-chart')!.shadowRoot!.querySelector('canvas')!.getAttribute('aria-label'));
    assert.match(label!, /^折线图：学时，\d{4}年\d{1,2}月至\d{4}年\d{1,2}月。全委员会最高 [\d,.]+ 学时/);

    await page.evaluate(() => (document.querySelector('pb-stat-chart')!.shadowRoot!.querySelector('[part~="view-toggle"]') as HTMLButtonElement).click());
    await page.waitForFunction(() => document.querySelector('pb-stat-chart')!.shadowRoot!.querySelector('table tbody tr'));
    const table = await page.evaluate(() =>
      [...document.querySelector('pb-stat-chart')!.shadowRoot!.querySelectorAll('table tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent!.trim())),
    );
    const hours = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });
    assert.deepEqual(
      table.map((row) => row[1]),
      api.series[0].values.map((value: number | null) => (value === null ? '无数据' : hours.format(value))),
    );

    const branches = await (await page.request.get(`${demo.url}/api/v1/stats/dues-rate?groupBy=branch`)).json();
    const drawn = await page.evaluate(() => {
      const chart = document.querySelectorAll('pb-stat-chart')[1]!.shadowRoot!;
      return { label: chart.querySelector('canvas')!.getAttribute('aria-label'), size: [chart.querySelector('canvas')!.width, chart.querySelector('canvas')!.height] };
    });
    assert.match(drawn.label!, new RegExp(`^柱状图：党费按时交纳率，${branches.labels.length} 个支部。`));
    assert.ok(drawn.size[0]! > 200 && drawn.size[1]! > 100, `the bar chart has a size (${drawn.size})`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('loads Chart.js only on a page with a chart, and the virtualizer not for short lists', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-member');
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${demo.url}/study.html`);
    await page.waitForLoadState('networkidle');
    assert.equal(requested.filter((path) => path.includes('/chunks/chart-view')).length, 0, 'no Chart.js on the study page');
    await page.goto(`${demo.url}/`);
    await homeReady(page);
    assert.equal(requested.filter((path) => path.includes('/chunks/chart-view')).length, 1, 'Chart.js once for two charts');
    assert.equal(requested.filter((path) => path.includes('/chunks/long-list')).length, 0, 'no virtualizer for short lists');
    await context.close();
  });

  it('works under a strict CSP without inline styles (style-src \'self\')', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-member');
    const errors = watchErrors(page);
    await page.route(`${demo.url}/`, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers(), 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'" };
      await route.fulfill({ response, headers });
    });
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
      );
    });
    await page.goto(`${demo.url}/`);
    await homeReady(page);
    // Chart.js sizes its canvas through the CSSOM (element.style.width = …), which CSP allows.
    const canvas = await page.evaluate(() => {
      const element = document.querySelector('pb-stat-chart')!.shadowRoot!.querySelector('canvas')!;
      return { width: element.width, styled: element.style.width };
    });
    assert.ok(canvas.width > 200, `the chart was sized (${canvas.width})`);
    assert.match(canvas.styled, /px$/);
    const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    assert.deepEqual(violations, []);
    // The policy is in force: a style attribute is refused and reported.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p style="color: red">x</p>'));
    await page.waitForFunction(() => (window as unknown as { violations: string[] }).violations.length > 0);
    assert.match((await page.evaluate(() => (window as unknown as { violations: string[] }).violations))[0]!, /^style-src-attr/);
    assert.deepEqual(errors.filter((e) => !e.includes('Content Security Policy')), []);
    await context.close();
  });
});
