/**
 * A timed quiz on two devices, end to end: the real reference server, the demo's 问卷调查
 * page with the CDN bundle, and two Chromium contexts signed in as the same member (a
 * phone and a desk: separate storage, one account). The quiz started on the phone shows
 * on the desk as a running attempt with its time left and Continue, never as an unstarted
 * quiz; the desk continues with the phone's answers and the response is stored once.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { signIn, watchErrors, withDemo, type Demo } from './support/demo';

const widget = 'pb-questionnaire';
const q = (id: string) => `${widget} [data-question="${id}"]`;
const QUIZ = 'q-dangzhang-quiz';

async function choose(page: Page, id: string, label: string) {
  await page.locator(`${q(id)} label`).filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) }).first().click();
}

/** The seconds a `m:ss` on the page stands for. */
const seconds = (shown: string) => {
  const [m, s] = /(\d+):(\d\d)/.exec(shown)!.slice(1).map(Number);
  return m! * 60 + s!;
};

/** Offline is the only network line a clean page may log (none here): a missing draft is no longer a 404. */
const realErrors = (errors: string[]) => errors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED/.test(e));

describe('a timed quiz started on one device and opened on another', () => {
  let demo: Demo;
  let browser: Browser;
  // The server's clock, which a test may move on (the devices' clocks stay where they are).
  let shiftMs = 0;
  withDemo((up) => ({ demo, browser } = up), { now: () => Date.now() + shiftMs });

  const db = () => demo.server.db;
  const submissions = () => db().prepare('SELECT late, result FROM submissions WHERE questionnaire_id = ? AND member_id = ?').all(QUIZ, 'm0001') as { late: number; result: string }[];
  const openAttempt = () => demo.server.services.questionnaires.openAttempt(QUIZ, 'm0001');

  it('the desk shows the phone’s attempt with its time left and Continue, continues with the phone’s answers, and the response is stored exactly once', async () => {
    const phone = await signIn(browser, demo, 'demo-member');
    const desk = await signIn(browser, demo, 'demo-member');
    const errors = [watchErrors(phone.page), watchErrors(desk.page)];

    await phone.page.goto(`${demo.url}/survey.html?q=${QUIZ}`);
    await phone.page.locator(`${widget} [part~="start"]`).click();
    await phone.page.locator(`${widget} [part~="timer"]`).waitFor();
    await choose(phone.page, 'k1', '实现共产主义');
    await choose(phone.page, 'k2', '一年');
    // The phone's answers reach the server's draft after the autosave pause.
    for (let i = 0; i < 50 && !demo.server.services.questionnaires.draft(QUIZ, 'm0001')?.answers['k2']; i++) await phone.page.waitForTimeout(200);
    const attempt = openAttempt()!;
    assert.ok(attempt, 'the phone started an attempt');

    await desk.page.goto(`${demo.url}/survey.html?q=${QUIZ}`);
    const panel = desk.page.locator(`${widget} [part~="resume"]`);
    await panel.waitFor();
    assert.equal(await desk.page.locator(`${widget} [part~="start"]`).count(), 0, 'not an unstarted quiz');
    assert.equal(await desk.page.locator(`${widget} form`).count(), 0, 'no question before Continue');
    assert.equal(await panel.getByRole('heading').innerText(), '你已在其他设备开始本次测验');
    assert.match(await panel.innerText(), /已保存 2 题的答案/);
    const left = seconds(await desk.page.locator(`${widget} [part~="time-left"]`).innerText());
    const expected = (attempt.deadline! - Date.now()) / 1000;
    assert.ok(Math.abs(left - expected) <= 2, `the desk shows ${left} s left, the server's deadline is ${expected.toFixed(1)} s away`);
    await desk.page.waitForTimeout(1500);
    assert.ok(seconds(await desk.page.locator(`${widget} [part~="time-left"]`).innerText()) < left, 'the time left counts down');

    await desk.page.locator(`${widget} [part~="continue"]`).click();
    await desk.page.locator(`${widget} [part~="timer"]`).waitFor();
    assert.ok(Math.abs(seconds(await desk.page.locator(`${widget} [part~="timer"]`).innerText()) - (attempt.deadline! - Date.now()) / 1000) <= 2);
    assert.equal(await desk.page.locator(`${q('k1')} input[value="a"]`).isChecked(), true, 'the phone’s first answer');
    assert.equal(await desk.page.locator(`${q('k2')} input[value="one"]`).isChecked(), true, 'the phone’s second answer');
    await choose(desk.page, 'k3', '正确');
    for (const label of ['警告', '严重警告', '留党察看', '开除党籍']) await choose(desk.page, 'k4', label);
    await desk.page.locator(`${q('k5')} input`).fill('6');
    await choose(desk.page, 'k6', '民主集中制');
    await desk.page.locator(`${q('k7')} input`).fill('五');
    await choose(desk.page, 'k8', '错误');
    await choose(desk.page, 'k9', '48.00元');
    for (const label of ['支部党员大会', '支部委员会', '党小组会']) await choose(desk.page, 'k10', label);
    const submit = desk.page.locator(`${widget} [part~="submit"]`);
    await submit.click();
    await submit.click({ timeout: 500 }).catch(() => undefined);
    await desk.page.locator(`${widget} [part~="score"]`).waitFor({ timeout: 15_000 });
    assert.equal((await desk.page.locator(`${widget} [part~="score"]`).innerText()).replace(/\s+/g, ' '), '100 / 100');
    assert.equal(submissions().length, 1);
    assert.equal(openAttempt(), null, 'the attempt is closed');

    // The phone, opened again: submitted (its result), no running attempt, still one response.
    await phone.page.reload();
    await phone.page.locator(`${widget} [part~="status"]`).filter({ hasText: '您已提交' }).waitFor();
    assert.equal(await phone.page.locator(`${widget} [part~="resume"]`).count(), 0);
    assert.equal(submissions().length, 1);
    assert.deepEqual(errors.flatMap(realErrors), []);
    await phone.context.close();
    await desk.context.close();
  });

  it('the phone was closed when time ran out: the desk says time is up and nothing was submitted, then submits the answers saved before the deadline, once', async () => {
    db().prepare('DELETE FROM submissions WHERE questionnaire_id = ?').run(QUIZ);
    db().prepare('DELETE FROM participations WHERE questionnaire_id = ?').run(QUIZ);
    const phone = await signIn(browser, demo, 'demo-member');
    const desk = await signIn(browser, demo, 'demo-member');
    const errors = [watchErrors(phone.page), watchErrors(desk.page)];
    await phone.page.goto(`${demo.url}/survey.html?q=${QUIZ}`);
    await phone.page.locator(`${widget} [part~="start"]`).click();
    await phone.page.locator(`${widget} [part~="timer"]`).waitFor();
    await choose(phone.page, 'k1', '实现共产主义');
    for (let i = 0; i < 50 && !demo.server.services.questionnaires.draft(QUIZ, 'm0001')?.answers['k1']; i++) await phone.page.waitForTimeout(200);
    await phone.context.close();
    // Eleven minutes later on the server (the limit is ten): the desk's clock is corrected from the server's.
    shiftMs = 11 * 60_000;
    try {
      await desk.page.goto(`${demo.url}/survey.html?q=${QUIZ}`);
      const panel = desk.page.locator(`${widget} [part~="resume"]`);
      await panel.waitFor();
      assert.equal(await panel.getByRole('heading').innerText(), '本次测验的答题时间已到');
      assert.match(await panel.innerText(), /答卷尚未提交/);
      assert.equal(submissions().length, 0, 'nothing is submitted at the deadline');
      await desk.page.locator(`${widget} [part~="continue"]`).click();
      await desk.page.locator(`${widget} [part~="score"]`).waitFor({ timeout: 15_000 });
      assert.match(await desk.page.locator(`${widget} [part~="late"]`).innerText(), /截止前自动保存的答案/);
      const stored = submissions();
      assert.equal(stored.length, 1);
      assert.equal(stored[0]!.late, 1);
      assert.equal(JSON.parse(stored[0]!.result).score, 10, 'scored on the one answer saved before the deadline');
    } finally {
      shiftMs = 0;
    }
    assert.deepEqual(errors.flatMap(realErrors), []);
    await desk.context.close();
  });
});
