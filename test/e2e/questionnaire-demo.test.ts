/**
 * `<pb-questionnaire>` end to end: the real reference server (its own seeded database),
 * the demo's 问卷调查 page with the CDN bundle, and Chromium. A member fills the learning
 * needs survey across a reload and an offline submit, and exactly one response is
 * stored; the quiz shows the server's score; the secretary's evaluation keeps to ⌊n/3⌋.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { signIn, watchErrors, withDemo, type Demo } from './support/demo';

const widget = 'pb-questionnaire';
const q = (id: string) => `${widget} [data-question="${id}"]`;

/** Taps the choice labelled `label` of question `id`. */
async function choose(page: Page, id: string, label: string) {
  await page.locator(`${q(id)} label`).filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) }).first().click();
}

/**
 * The browser's own network lines that are expected: requests fail while offline, and the
 * secretary test posts a grid to be refused. A missing draft is not one of them (it is
 * `200 null`, not a 404 logged on every survey page).
 */
const realErrors = (errors: string[]) => errors.filter((e) => !/Failed to load resource: (.*\b422\b|net::ERR_INTERNET_DISCONNECTED)/.test(e));

describe('questionnaires on the demo site', () => {
  let demo: Demo;
  let browser: Browser;

  withDemo((up) => ({ demo, browser } = up));

  const stored = (questionnaireId: string, memberId: string) => demo.server.services.questionnaires.mySubmissions(questionnaireId, memberId);

  it('demo-member fills the learning-needs survey, finds every answer after a reload, submits offline, and exactly one response is stored', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-member');
    const errors = watchErrors(page);
    await page.goto(`${demo.url}/survey.html?q=q-learning-needs`);
    await page.locator(q('work')).waitFor();

    await choose(page, 'work', '农村');
    await choose(page, 'migrant', '是');
    await choose(page, 'migrantDifficulty', '离支部太远');
    await choose(page, 'device', '手机');
    await page.locator(`${widget} [part~="next"]`).click();
    await choose(page, 'topics', '党史');
    await choose(page, 'topics', '农业实用技术');
    await page.locator(`${q('hours')} input`).fill('３.５');
    await page.locator(`${q('satisfaction')} input[value="2"]`).check();
    await page.locator(`${q('reason')} input`).fill('课程更新慢');
    await page.locator(`${q('suggestion')} textarea`).fill('希望多一些<b>现场教学</b>');
    // Saved on the device at once; give the debounced server draft its two seconds too.
    await page.waitForFunction(() => document.querySelector('pb-questionnaire')?.shadowRoot?.querySelector('[part~="saved"]'));
    await page.waitForTimeout(2500);
    const serverDraft = demo.server.services.questionnaires.draft('q-learning-needs', 'm0001');
    assert.equal(serverDraft?.answers['reason'], '课程更新慢');

    await page.reload();
    await page.locator(q('suggestion')).waitFor();
    assert.equal(await page.locator(`${widget} #step-heading`).innerText(), '学习需求');
    assert.equal(await page.locator(`${q('topics')} input[value="history"]`).isChecked(), true);
    assert.equal(await page.locator(`${q('topics')} input[value="agriculture"]`).isChecked(), true);
    assert.equal(await page.locator(`${q('hours')} input`).inputValue(), '3.5');
    assert.equal(await page.locator(`${q('satisfaction')} input[value="2"]`).isChecked(), true);
    assert.equal(await page.locator(`${q('reason')} input`).inputValue(), '课程更新慢');
    assert.equal(await page.locator(`${q('suggestion')} textarea`).inputValue(), '希望多一些<b>现场教学</b>');
    await page.locator(`${widget} [part~="previous"]`).click();
    assert.equal(await page.locator(`${q('migrantDifficulty')} input[value="distance"]`).isChecked(), true);
    assert.equal(await page.locator(`${q('device')} input[value="phone"]`).isChecked(), true);
    await page.locator(`${widget} [part~="next"]`).click();

    await context.setOffline(true);
    await page.locator(`${widget} [part~="submit"]`).click();
    await page.locator(`${widget} [part~="status"]`).filter({ hasText: '答卷已保存，等待发送' }).waitFor({ timeout: 20_000 });
    assert.match(await page.locator(`${widget} [part~="status"]`).innerText(), /网络恢复后将自动提交/);
    assert.equal(stored('q-learning-needs', 'm0001').length, 0);

    await context.setOffline(false);
    await page.locator(`${widget} [part~="status"]`).filter({ hasText: '网络已恢复，答卷已成功提交' }).waitFor({ timeout: 30_000 });
    const responses = stored('q-learning-needs', 'm0001');
    assert.equal(responses.length, 1);
    const row = demo.server.db.prepare("SELECT answers FROM submissions WHERE questionnaire_id = 'q-learning-needs' AND member_id = 'm0001'").get() as { answers: string };
    assert.deepEqual(JSON.parse(row.answers), {
      work: 'rural',
      migrant: true,
      migrantDifficulty: 'distance',
      device: 'phone',
      topics: ['history', 'agriculture'],
      hours: 3.5,
      satisfaction: 2,
      reason: '课程更新慢',
      suggestion: '希望多一些<b>现场教学</b>',
    });

    // Back again later: already submitted, still one response.
    await page.reload();
    await page.locator(`${widget} [part~="status"]`).filter({ hasText: '您已提交' }).waitFor();
    assert.equal(stored('q-learning-needs', 'm0001').length, 1);
    assert.deepEqual(realErrors(errors), []);
    await context.close();
  });

  it('demo-member takes the timed quiz and sees the score the server gave', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-member');
    const errors = watchErrors(page);
    await page.goto(`${demo.url}/survey.html?q=q-dangzhang-quiz`);
    assert.match(await page.locator(`${widget} [part~="intro"]`).innerText(), /共 10 题[\s\S]*满分 100 分[\s\S]*60 分及格/);
    await page.locator(`${widget} [part~="start"]`).click();
    await page.locator(`${widget} [part~="timer"]`).waitFor();
    assert.match(await page.locator(`${widget} [part~="timer"]`).innerText(), /(10:00|9:5\d)/);
    await choose(page, 'k1', '实现共产主义');
    await choose(page, 'k2', '一年');
    await choose(page, 'k3', '正确');
    for (const label of ['警告', '严重警告', '留党察看', '开除党籍']) await choose(page, 'k4', label);
    await page.locator(`${q('k5')} input`).fill('6');
    await choose(page, 'k6', '民主集中制');
    await page.locator(`${q('k7')} input`).fill('五');
    await choose(page, 'k8', '正确'); // wrong: once a quarter
    await choose(page, 'k9', '48.00元');
    for (const label of ['支部党员大会', '支部委员会', '党小组会']) await choose(page, 'k10', label);
    await page.locator(`${widget} [part~="submit"]`).click();
    await page.locator(`${widget} [part~="score"]`).waitFor({ timeout: 15_000 });
    assert.equal((await page.locator(`${widget} [part~="score"]`).innerText()).replace(/\s+/g, ' '), '90 / 100');
    assert.match(await page.locator(`${widget} [part~="verdict"]`).innerText(), /合格/);
    const wrong = page.locator(`${widget} [part~="result-item"][data-correct="false"]`);
    assert.equal(await wrong.count(), 1);
    assert.match(await wrong.innerText(), /支部党员大会一般每季度召开一次/);
    const [saved] = stored('q-dangzhang-quiz', 'm0001');
    assert.equal(saved?.result?.score, 90);
    assert.deepEqual(realErrors(errors), []);
    await context.close();
  });

  it('demo-secretary’s evaluation: at most a third 优秀, in the widget and on the server; anonymous', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-secretary');
    const errors = watchErrors(page);
    await page.goto(`${demo.url}/survey.html?q=q-evaluation-2026`);
    const rows = page.locator(`${q('grades')} [part~="row"]`);
    await rows.first().waitFor();
    const count = await rows.count();
    const limit = Math.floor(count / 3);
    assert.ok(count >= 6, `${count} rows`);
    assert.equal(await rows.filter({ hasText: '王红梅' }).count(), 0, 'the secretary does not rate herself');
    assert.match(await page.locator(q('grades')).innerText(), /匿名/);

    // The server refuses a grid over the limit even if a page tried.
    const csrf = await page.locator('meta[name="csrf-token"]').getAttribute('content');
    const overLimit = await page.evaluate(
      async ({ csrf, limit }) => {
        const definition = await (await fetch('/api/v1/questionnaires/q-evaluation-2026')).json();
        const grid = Object.fromEntries(definition.pages[0].questions[0].rows.map((r: { value: string }, i: number) => [r.value, i <= limit ? 'excellent' : 'qualified']));
        const response = await fetch('/api/v1/questionnaires/q-evaluation-2026/responses', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), 'X-CSRF-Token': csrf ?? '' },
          body: JSON.stringify({ answers: { grades: grid }, attemptId: null }),
        });
        return response.status;
      },
      { csrf, limit },
    );
    assert.equal(overLimit, 422);

    for (let i = 0; i < limit; i++) await rows.nth(i).locator('input[value="excellent"]').check();
    assert.equal(await rows.nth(limit).locator('input[value="excellent"]').isDisabled(), true);
    assert.match(await page.locator(`${widget} [part~="counter"]`).innerText(), new RegExp(`“优秀”已评 ${limit} 人，最多 ${limit} 人`));
    await rows.nth(limit).locator('input[value="basic"]').check();
    await page.locator(`${widget} [part~="fill"]`).click();
    await page.locator(`${widget} [part~="submit"]`).click();
    await page.locator(`${widget} [part~="status"]`).filter({ hasText: '评议已提交' }).waitFor({ timeout: 15_000 });

    const participations = demo.server.db.prepare("SELECT COUNT(*) AS n FROM participations WHERE questionnaire_id = 'q-evaluation-2026' AND member_id = 'm0002'").get() as { n: number };
    assert.equal(participations.n, 1);
    const answers = demo.server.db.prepare("SELECT COUNT(*) AS n FROM submissions WHERE questionnaire_id = 'q-evaluation-2026' AND member_id = 'm0002'").get() as { n: number };
    assert.equal(answers.n, 0, 'no answers tied to the voter');
    assert.deepEqual(realErrors(errors), []);
    await context.close();
  });
});
