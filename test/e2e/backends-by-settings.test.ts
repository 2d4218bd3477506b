/**
 * Existing backends connected by settings alone (issue 16): the RuoYi-Vue style and the
 * Sa-Token style stand-ins under test/backends, each with its own tables, and their host
 * pages whose only configuration is the style's site.json (no script of the page's own).
 * The widgets must read, write into that backend's own tables, and say "not offered" for
 * what the backend lacks without asking it anything.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startBackend, tokenInitScript, type BackendName, type RunningBackend } from '../backends/serve';
import { launchChromium, watchErrors } from './support/demo';

const SATOKEN_MEMBER = '1798234567890100010';

interface Visit {
  context: BrowserContext;
  page: Page;
  /** Every API request the page made: `METHOD /path?query`. */
  calls: string[];
  errors: string[];
}

async function visit(browser: Browser, up: RunningBackend, name: BackendName): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  await context.addInitScript(tokenInitScript(name, up.tokens.member, name === 'satoken' ? SATOKEN_MEMBER : undefined));
  const page = await context.newPage();
  const errors = watchErrors(page);
  const calls: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith(up.backend.basePath)) calls.push(`${request.method()} ${url.pathname.slice(up.backend.basePath.length)}${url.search}`);
  });
  await page.goto(`${up.url}/`);
  return { context, page, calls, errors };
}

const shadowText = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => (el.shadowRoot ?? el).textContent?.replace(/\s+/g, ' ') ?? '');

const waitFor = async (check: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000) => {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

/** The page's own scripts: only the library bundle and the JSON settings, no adapter code. */
async function pageScripts(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.scripts].map((s) => `${s.type || 'classic'} ${s.src ? new URL(s.src).pathname : `inline ${s.textContent?.trim().length} chars`}`));
}

/** Plays the player's video from the start to its end. */
async function playToEnd(page: Page): Promise<void> {
  await page.locator('pb-course-player video').waitFor({ state: 'attached', timeout: 30_000 });
  await page.locator('pb-course-player [part="play"]').click();
  await page.waitForFunction(() => document.querySelector('pb-course-player')!.shadowRoot!.querySelector('video')!.ended, null, { timeout: 60_000 });
}

describe('a RuoYi-Vue style backend, connected by settings alone', () => {
  let browser: Browser;
  let up: RunningBackend;
  before(async () => {
    up = await startBackend('ruoyi');
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await up?.close();
  });
  const db = () => up.backend.db;

  it('has no script of its own: the bundle and one JSON block of settings', async () => {
    const { context, page } = await visit(browser, up, 'ruoyi');
    await page.locator('pb-course-catalog [part="course"]').first().waitFor({ timeout: 30_000 });
    assert.deepEqual((await pageScripts(page)).map((s) => s.replace(/\d+ chars/, 'n chars')), ['application/json inline n chars', 'module /lib/party-building-widgets.js']);
    await context.close();
  });

  it('the catalog, both leaderboards and the secretary summary it lacks', async () => {
    const { context, page, calls, errors } = await visit(browser, up, 'ruoyi');
    const cards = page.locator('pb-course-catalog [part="course"]');
    await cards.first().waitFor({ timeout: 30_000 });
    assert.equal(await cards.count(), db().prepare("SELECT count(*) FROM party_course WHERE status = '0'").pluck().get());
    assert.equal(await cards.first().locator('[part="title"]').innerText(), db().prepare('SELECT course_name FROM party_course ORDER BY order_num').pluck().get());
    // A category label goes to the backend as its dict code.
    await page.locator('pb-course-catalog select').last().selectOption('党章党规');
    await waitFor(() => calls.some((c) => c.startsWith('GET /party/course/list') && c.includes('courseType=3')), 'the category filter as a dict code');
    await page.waitForFunction(() => /共 1 门课程/.test(document.querySelector('pb-course-catalog')!.shadowRoot!.textContent ?? ''));

    await page.waitForFunction(() => document.querySelectorAll('pb-leaderboard').length === 2 && [...document.querySelectorAll('pb-leaderboard')].every((b) => b.shadowRoot?.querySelector('[part~="row"]')));
    const [branches, members] = await page.locator('pb-leaderboard').evaluateAll((boards) => boards.map((b) => b.shadowRoot!.textContent!.replace(/\s+/g, ' ')));
    assert.match(branches!, /第一党支部/);
    assert.match(members!, /李明 我/, 'the member finds their own row by their id');
    assert.doesNotMatch(members!, /新上榜/, 'no "new" on every row when the backend keeps no previous ranks');

    assert.match(await shadowText(page, 'pb-dues-summary'), /本站暂未开通此功能/);
    assert.deepEqual(calls.filter((c) => /summary|stats/i.test(c)), [], 'nothing asked for what the site does not offer');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a chapter played to the end lands in party_study_record: added once, then edited, and resumed after a reload', async () => {
    db().prepare('DELETE FROM party_study_record WHERE chapter_id = 1001').run();
    const { context, page, calls, errors } = await visit(browser, up, 'ruoyi');
    await playToEnd(page);
    const stored = () => db().prepare('SELECT progress, last_position AS position, study_status AS status FROM party_study_record WHERE chapter_id = 1001').get() as { progress: number; position: number; status: string } | undefined;
    await waitFor(() => (stored()?.progress ?? 0) >= 90, 'the record of the whole chapter');
    const record = stored()!;
    assert.ok(record.progress >= 90, `progress ${record.progress}`);
    assert.equal(record.status, '2');
    assert.equal(calls.filter((c) => c === 'POST /party/study/record').length, 1, 'added once');
    assert.ok(calls.includes('PUT /party/study/record'), 'then edited by its recordId');
    assert.ok(calls.indexOf('GET /party/study/record/chapter/1001') < calls.indexOf('POST /party/study/record'), 'read before writing');

    // Read back after a reload: the chapter is done and the course half way.
    await page.reload();
    await page.waitForFunction(() => /50%/.test(document.querySelector('pb-course-player')!.shadowRoot!.querySelector('[part~="header"]')?.textContent ?? ''), null, { timeout: 30_000 });
    assert.match(await shadowText(page, 'pb-course-player'), /第一讲 新时代新征程的使命任务 视频 · 24秒 已完成/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a quiz answered and submitted once lands in party_answer, scored by the backend', async () => {
    const { context, page, calls, errors } = await visit(browser, up, 'ruoyi');
    const quiz = page.locator('pb-questionnaire').first();
    await quiz.locator('[data-question="11"] label').filter({ hasText: '全国代表大会' }).click({ timeout: 30_000 });
    for (const option of ['认真学习', '贯彻执行']) await quiz.locator('[data-question="12"] label').filter({ hasText: option }).click();
    await quiz.locator('[data-question="13"] label').filter({ hasText: '正确' }).click();
    await quiz.locator('[data-question="14"] label').filter({ hasText: '六个月' }).click();
    await quiz.locator('[part~="submit"]').click();
    const answered = () => db().prepare('SELECT question_id AS question, answer FROM party_answer WHERE paper_id = 1 AND user_id = (SELECT user_id FROM sys_user WHERE user_name = ?) ORDER BY question_id').all('liming') as Array<{ question: number; answer: string }>;
    await waitFor(() => answered().length > 0, 'the answer sheet in party_answer');
    await quiz.locator('[part~="status"]').filter({ hasText: '提交成功' }).waitFor({ timeout: 30_000 });
    const rows = answered();
    assert.deepEqual(rows.map((r) => r.question), [11, 12, 13, 14]);
    assert.equal(rows.find((r) => r.question === 12)!.answer, 'A,C', 'a multiple choice as the letters the backend expects');
    assert.equal(db().prepare('SELECT score FROM party_exam_record WHERE paper_id = 1').pluck().get(), 100);
    assert.equal(calls.filter((c) => c === 'POST /party/exam/answer/submit').length, 1);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('a Sa-Token style backend: user ids in paths, percent progress, one option per request', () => {
  let browser: Browser;
  let up: RunningBackend;
  before(async () => {
    up = await startBackend('satoken');
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await up?.close();
  });
  const db = () => up.backend.db;

  it('connects with no adapter code: the catalog, and dues and rankings shown as not offered without a request', async () => {
    const { context, page, calls, errors } = await visit(browser, up, 'satoken');
    await page.locator('pb-course-catalog [part="course"]').first().waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('pb-course-catalog [part="course"]').count(), 3);
    assert.deepEqual((await pageScripts(page)).map((s) => s.replace(/\d+ chars/, 'n chars')), ['application/json inline n chars', 'module /lib/party-building-widgets.js']);
    assert.match(await shadowText(page, 'pb-dues-status'), /本站暂未开通此功能/);
    assert.match(await shadowText(page, 'pb-leaderboard'), /本站暂未开通此功能/);
    assert.deepEqual(calls.filter((c) => /dues|rank|leaderboard|stats/i.test(c)), []);
    assert.ok(calls.includes(`GET /users/${SATOKEN_MEMBER}`), 'the member read by the id the login left in storage, all 19 digits');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a lesson played to the end: created by the member id in the path, then updated by the record id, in edu_lesson_progress', async () => {
    const { context, page, calls, errors } = await visit(browser, up, 'satoken');
    await playToEnd(page);
    const lesson = '1798234567890500010';
    const stored = () => db().prepare('SELECT id, percent FROM edu_lesson_progress WHERE user_id = ? AND lesson_id = ?').get(SATOKEN_MEMBER, lesson) as { id: bigint; percent: bigint } | undefined;
    await waitFor(() => Number(stored()?.percent ?? 0) >= 90, 'the record of the whole lesson');
    const record = stored()!;
    assert.ok(Number(record.percent) >= 90, `percent ${record.percent}`);
    assert.equal(calls.filter((c) => c === `POST /progress/users/${SATOKEN_MEMBER}/lessons/${lesson}`).length, 1);
    assert.ok(calls.includes(`PUT /progress/${record.id}`), 'updated by its exact 19-digit record id');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a quiz: one request per chosen option, then one finish that scores it', async () => {
    const { context, page, calls, errors } = await visit(browser, up, 'satoken');
    const quiz = page.locator('pb-questionnaire');
    await quiz.locator('label').filter({ hasText: '五种' }).click({ timeout: 30_000 });
    for (const option of ['政治纪律', '组织纪律', '廉洁纪律']) await quiz.locator('label').filter({ hasText: option }).click();
    await quiz.locator('label').filter({ hasText: '正确' }).click();
    await quiz.locator('textarea').fill('严守纪律，筑牢防线。');
    await quiz.locator('[part~="submit"]').click();
    await waitFor(() => calls.some((c) => c.endsWith('/finish')), 'the finish call');
    await quiz.locator('[part~="status"]').filter({ hasText: '提交成功' }).waitFor({ timeout: 30_000 });
    const answers = calls.filter((c) => c === 'POST /exams/1798234567890600010/answers').length;
    assert.equal(answers, 6, 'one single, three multiple, one judgement, one text');
    const result = db().prepare('SELECT score, passed FROM exam_result WHERE user_id = ?').get(SATOKEN_MEMBER) as { score: bigint; passed: bigint };
    assert.equal(Number(result.score), 100);
    assert.equal(db().prepare('SELECT count(*) FROM exam_answer WHERE user_id = ? AND result_id IS NOT NULL').pluck().get(SATOKEN_MEMBER), 6n);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
