/**
 * Every widget against a foreign backend: the reference server's RuoYi-like dialect
 * (`/prod-api`, `{code, msg, data}`, `{rows, total}`, its own paths and field names) and
 * the page demo/hosts/ruoyi.html, which connects the widgets with configuration only
 * (endpoint templates, the code-msg-data envelope, transforms, a two-method Backend).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { signIn, watchErrors, withDemo, type Demo } from './support/demo';

const MEMBER = 'm0001'; // demo-member

/** What the page asked the server for, to show the widgets spoke only the dialect. */
function watchApi(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/prod-api/') || url.pathname.startsWith('/api/')) calls.push(`${request.method()} ${url.pathname}`);
  });
  return calls;
}

const shadow = (page: Page, tag: string, selector: string) =>
  page.waitForFunction(([tag, selector]) => document.querySelector(tag)?.shadowRoot?.querySelector(selector), [tag, selector] as const, { timeout: 30_000 });

describe('every widget against the RuoYi-like dialect', () => {
  let demo: Demo;
  let browser: Browser;

  withDemo((up) => ({ demo, browser } = up), { dialect: 'ruoyi' });

  it('the catalog, dues, leaderboard and chart render from RuoYi envelopes, with RuoYi names mapped back', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-member');
    const errors = watchErrors(page);
    const calls = watchApi(page);
    await page.goto(`${demo.url}/hosts/ruoyi.html`);

    const cards = page.locator('pb-course-catalog [part="course"]');
    await cards.first().waitFor({ timeout: 30_000 });
    const total = demo.server.db.prepare('SELECT COUNT(*) FROM courses').pluck().get() as number;
    assert.equal(await cards.count(), total);
    // courseName came back as the title, and the filter's categories survived the rows envelope.
    assert.equal(await cards.first().locator('[part="title"]').innerText(), '党章学习');
    await page.locator('pb-course-catalog .segment', { hasText: '必修' }).click();
    const required = demo.server.db.prepare('SELECT COUNT(*) FROM courses WHERE required = 1').pluck().get() as number;
    await page.waitForFunction((n) => document.querySelector('pb-course-catalog')!.shadowRoot!.querySelector('.count')?.textContent?.includes(`共 ${n} 门课程`), required);

    const summary = page.locator('pb-dues-status [part~="summary"]');
    await summary.waitFor({ timeout: 30_000 });
    assert.match(await summary.innerText(), /每月应交\s*¥48\.00/);

    await shadow(page, 'pb-leaderboard', '[part~="table"] [role="row"][aria-rowindex="2"]');
    await shadow(page, 'pb-stat-chart', 'canvas[role="img"]');
    assert.equal(await page.locator('[data-user-name]').innerText(), '李明');

    assert.ok(calls.length > 0);
    assert.deepEqual(calls.filter((call) => !call.includes('/prod-api/')), [], 'nothing asked the contract API');
    assert.ok(calls.includes('GET /prod-api/study/course/list'));
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the secretary sees the branch dues summary through the dialect', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-secretary');
    const errors = watchErrors(page);
    await page.goto(`${demo.url}/hosts/ruoyi.html`);
    await page.locator('pb-dues-summary [part~="base"]').first().waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => /第一党支部/.test(document.querySelector('pb-dues-summary')?.shadowRoot?.textContent ?? ''), null, { timeout: 30_000 });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a course plays and the server credits it through read-then-create-or-update', async () => {
    for (const table of ['lesson_progress', 'study_credits', 'study_sessions']) {
      demo.server.db.prepare(`DELETE FROM ${table} WHERE member_id = ? AND lesson_id = ?`).run(MEMBER, 'l-dangzhang-1');
    }
    const { context, page } = await signIn(browser, demo, 'demo-member');
    const errors = watchErrors(page);
    const calls = watchApi(page);
    await page.goto(`${demo.url}/hosts/ruoyi.html?course=c-dangzhang`);
    await page.locator('pb-course-player video').waitFor({ state: 'attached', timeout: 30_000 });
    assert.equal(await page.locator('pb-course-player h2').innerText(), '党章学习');
    await page.locator('pb-course-player [part="play"]').click();

    const credited = () =>
      (demo.server.db.prepare('SELECT credited_seconds FROM lesson_progress WHERE member_id = ? AND lesson_id = ?').pluck().get(MEMBER, 'l-dangzhang-1') as number | undefined) ?? 0;
    const until = Date.now() + 60_000;
    while (!(calls.includes('PUT /prod-api/study/record') && credited() > 0)) {
      assert.ok(Date.now() < until, `no credit after a minute: ${JSON.stringify(calls)}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    // The first report created the record, later ones updated it, each after reading it.
    assert.ok(calls.indexOf('GET /prod-api/study/record') < calls.indexOf('POST /prod-api/study/record'));
    assert.ok(calls.indexOf('POST /prod-api/study/record') < calls.indexOf('PUT /prod-api/study/record'));
    assert.equal(calls.filter((c) => c === 'POST /prod-api/study/record').length, 1);
    const rows = demo.server.db.prepare('SELECT SUM(seconds) FROM study_credits WHERE member_id = ? AND lesson_id = ?').pluck().get(MEMBER, 'l-dangzhang-1') as number;
    assert.ok(Math.abs(rows - credited()) < 0.01, 'nothing credited twice');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a survey posted one answer at a time is submitted exactly once', async () => {
    const participations = () => demo.server.db.prepare("SELECT COUNT(*) FROM participations WHERE questionnaire_id = 'q-satisfaction' AND member_id = ?").pluck().get(MEMBER) as number;
    const stored = () => demo.server.db.prepare("SELECT COUNT(*) FROM submissions WHERE questionnaire_id = 'q-satisfaction'").pluck().get() as number;
    const before = stored();
    // Anonymous answers are stored in no order (random keys): the new one is the one not there before.
    const answersBefore = new Set(demo.server.db.prepare("SELECT id FROM submissions WHERE questionnaire_id = 'q-satisfaction'").pluck().all() as string[]);
    assert.equal(participations(), 0);
    const { context, page } = await signIn(browser, demo, 'demo-member');
    const errors = watchErrors(page);
    const calls = watchApi(page);
    await page.goto(`${demo.url}/hosts/ruoyi.html`);
    const widget = 'pb-questionnaire';
    await page.locator(`${widget} [data-question="overall"] input[value="4"]`).check({ timeout: 30_000 });
    await page.locator(`${widget} [data-question="best"] label`).filter({ hasText: '关心关爱' }).click();
    await page.locator(`${widget} [data-question="improve"] textarea`).fill('希望多组织<b>实地</b>学习');
    // Submitting twice quickly still sends one response.
    const submit = page.locator(`${widget} [part~="submit"]`);
    await submit.click();
    await submit.click({ timeout: 1000 }).catch(() => undefined);
    await page.locator(`${widget} [part~="status"]`).filter({ hasText: /已提交|提交成功/ }).first().waitFor({ timeout: 30_000 });

    assert.equal(participations(), 1);
    assert.equal(stored(), before + 1);
    const answerPosts = calls.filter((c) => c === 'POST /prod-api/study/paper/q-satisfaction/answer').length;
    assert.equal(answerPosts, 3, 'one call per answered question');
    assert.equal(calls.filter((c) => c === 'POST /prod-api/study/paper/q-satisfaction/submit').length, 1);
    const added = (demo.server.db.prepare("SELECT id, answers FROM submissions WHERE questionnaire_id = 'q-satisfaction'").all() as { id: string; answers: string }[]).filter((r) => !answersBefore.has(r.id));
    assert.deepEqual(added.map((r) => JSON.parse(r.answers)), [{ overall: 4, best: 'care', improve: '希望多组织<b>实地</b>学习' }]);

    await page.reload();
    await page.locator(`${widget} [part~="status"]`).filter({ hasText: '您已提交' }).waitFor({ timeout: 30_000 });
    assert.equal(stored(), before + 1);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
