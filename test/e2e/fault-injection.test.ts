/**
 * Reliability end to end: the demo site with 30 % of API calls answered 503 (seeded, so a
 * run meets the same faults again; half of the faulted writes reach the server and only
 * the answer is lost), one offline period, and one scripted 4xx. demo-member reads the
 * home page, studies a lesson, saves a survey draft and submits the survey, and starts a
 * payment. Afterwards every write the page sent landed on the server exactly once, the
 * refused write was never sent again, and every widget came back to its data without a
 * reload (by its own retries or its error state's retry button).
 *
 * The offline period defaults to 10 s (PB_E2E_OFFLINE_SECONDS=60 runs the full
 * minute): going offline and back is what the outbox reacts to (a network error, then the
 * `online` event), and its backoff is capped at 8 s, so a longer period only repeats the
 * same failed attempts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { keyHash } from '../../demo/server/store/idempotency-seal';
import { injectFaults, type Faults } from './support/faults';
import { addShortHeartbeatCourse, launchChromium, signIn, startDemo, watchErrors, type Demo } from './support/demo';

const SEED = Number(process.env['PB_E2E_FAULT_SEED'] ?? 20261127);
const OFFLINE_SECONDS = Number(process.env['PB_E2E_OFFLINE_SECONDS'] ?? 10);
const MEMBER = 'm0001'; // demo-member
const START = Date.parse('2026-09-15T02:00:00Z'); // the dues test's day: two months overdue
const started = Date.now();

const waitFor = async (check: () => Promise<boolean> | boolean, what: string, timeoutMs = 45_000) => {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
};

/**
 * Waits until each widget shows `ready`, pressing its retry button whenever it shows an
 * error, as a member would; never reloads. Returns how many retries were pressed.
 */
async function recover(page: Page, widgets: Record<string, string>, timeoutMs = 60_000): Promise<number> {
  let pressed = 0;
  for (const [tag, ready] of Object.entries(widgets)) {
    await waitFor(async () => {
      if (await page.locator(`${tag} ${ready}`).first().isVisible()) return true;
      const retry = page.locator(`${tag} [part~="retry"]`).first();
      if (await retry.isVisible()) {
        await retry.click();
        pressed += 1;
      }
      return false;
    }, `${tag} to show ${ready}`, timeoutMs);
  }
  return pressed;
}

/** Page errors only: failed loads of faulted or offline calls are the point of this test. */
const realErrors = (errors: string[]) => errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(e));

describe('the demo site under faults: 30 % 503s, an offline period, a refused write', () => {
  let demo: Demo;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let faults: Faults;
  let errors: string[];
  let retriesPressed = 0;

  before(async () => {
    demo = await startDemo({ now: () => START + (Date.now() - started) });
    // The course-study test's kind of lesson: the demo's 24 s video with 5 s heartbeats.
    addShortHeartbeatCourse(demo, { id: 'c-faults', title: '故障注入测试课程' }, { id: 'l-faults-1', title: '故障注入演示' });
    browser = await launchChromium();
    ({ context, page } = await signIn(browser, demo, 'demo-member'));
    errors = watchErrors(page);
    faults = await injectFaults(context, { seed: SEED, rate: 0.3 });
  });

  after(async () => {
    await faults?.stop();
    await context?.close();
    await browser?.close();
    await demo?.close();
  });

  it('the home page: rankings and charts come back by themselves or by their retry button', async () => {
    // One chart's endpoint fails more often than the client retries, so its error state shows.
    faults.failNext('GET', /^\/stats\/dues-rate/, 4);
    await page.goto(`${demo.url}/index.html`);
    await page.locator('pb-stat-chart [part~="error"]').first().waitFor({ timeout: 30_000 });
    retriesPressed += await recover(page, {
      'pb-leaderboard[scope="branches"]': '[part~="name"]',
      'pb-leaderboard[scope="members"]': '[part~="name"]',
      'pb-stat-chart[metric="study-hours"]': '[part~="chart"]',
      'pb-stat-chart[metric="dues-rate"]': '[part~="chart"]',
    });
    assert.ok(retriesPressed >= 1, 'the chart never needed its retry button');
  });

  it('studies a lesson: heartbeats through the faults, credited once', async () => {
    await page.goto(`${demo.url}/study.html?course=c-faults`);
    retriesPressed += await recover(page, { 'pb-course-player': 'video' });
    await page.locator('pb-course-player [part="play"]').click();
    const ended = () => page.evaluate(() => document.querySelector('pb-course-player')!.shadowRoot!.querySelector('video')!.ended);
    await waitFor(ended, 'the end of the lesson', 40_000);
    await page.locator('pb-course-player [part="sync"]').waitFor({ state: 'detached', timeout: 45_000 });
    const played = await page.evaluate(() => {
      const video = document.querySelector('pb-course-player')!.shadowRoot!.querySelector('video')!;
      let sum = 0;
      for (let i = 0; i < video.played.length; i++) sum += video.played.end(i) - video.played.start(i);
      return sum;
    });
    await waitFor(() => !!demo.server.db.prepare('SELECT completed_at FROM lesson_progress WHERE member_id = ? AND lesson_id = ?').pluck().get(MEMBER, 'l-faults-1'), 'the lesson completed on the server');
    const credited = demo.server.db.prepare('SELECT credited_seconds FROM lesson_progress WHERE member_id = ? AND lesson_id = ?').pluck().get(MEMBER, 'l-faults-1') as number;
    const rows = demo.server.db.prepare('SELECT seconds FROM study_credits WHERE member_id = ? AND lesson_id = ?').pluck().all(MEMBER, 'l-faults-1') as number[];
    assert.ok(credited >= Math.min(24, played) - 1, `credited ${credited} s for ${played} s played`);
    assert.ok(credited <= 24, `credited ${credited} s for a 24 s lesson: something counted twice`);
    assert.ok(Math.abs(rows.reduce((a, b) => a + b, 0) - credited) < 0.01, 'credit rows do not add up');
    await recover(page, { 'pb-leaderboard': '[part~="name"]' });
  });

  it(`saves a survey draft, submits through ${OFFLINE_SECONDS} s offline, and exactly one response is stored`, async () => {
    const q = (id: string) => `pb-questionnaire [data-question="${id}"]`;
    const choose = (id: string, label: string) => page.locator(`${q(id)} label`).filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) }).first().click();
    await page.goto(`${demo.url}/survey.html?q=q-learning-needs`);
    retriesPressed += await recover(page, { 'pb-questionnaire': '[data-question="work"]' });
    await choose('work', '农村');
    await choose('migrant', '否');
    await choose('device', '手机');
    const draft = () => demo.server.services.questionnaires.draft('q-learning-needs', MEMBER);
    await waitFor(() => draft()?.answers['device'] === 'phone', 'the server draft (through the faults)');

    await page.locator('pb-questionnaire [part~="next"]').click();
    await faults.setOffline(true);
    try {
      const offlineFrom = Date.now();
      await choose('topics', '党史');
      await page.locator(`${q('hours')} input`).fill('3.5');
      await page.locator(`${q('satisfaction')} input[value="4"]`).check();
      await page.locator('pb-questionnaire [part~="submit"]').click();
      await page.locator('pb-questionnaire [part~="status"]').filter({ hasText: '答卷已保存，等待发送' }).waitFor({ timeout: 20_000 });
      await waitFor(() => Date.now() - offlineFrom >= OFFLINE_SECONDS * 1000, 'the end of the offline period', OFFLINE_SECONDS * 1000 + 5000);
      assert.equal(demo.server.services.questionnaires.mySubmissions('q-learning-needs', MEMBER).length, 0, 'the server heard from the page while it was offline');
    } finally {
      await faults.setOffline(false);
    }

    await page.locator('pb-questionnaire [part~="status"]').filter({ hasText: '网络已恢复，答卷已成功提交' }).waitFor({ timeout: 45_000 });
    const stored = demo.server.db.prepare("SELECT answers FROM submissions WHERE questionnaire_id = 'q-learning-needs' AND member_id = ?").pluck().all(MEMBER) as string[];
    assert.equal(stored.length, 1);
    assert.deepEqual(JSON.parse(stored[0]!), { work: 'rural', migrant: false, device: 'phone', topics: ['history'], hours: 3.5, satisfaction: 4 });
    // No draft saved while offline may come back after the submission removed it.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(draft(), null, 'a draft outlived the submission');
  });

  it('starts a payment: a refused attempt is never sent again, the next one lands once', async () => {
    faults.refuseNext('POST', /^\/dues\/payments$/, 422);
    await page.goto(`${demo.url}/dues.html`);
    retriesPressed += await recover(page, { 'pb-dues-status': '[part~="pay-button"]' });
    await page.locator('pb-dues-status [part~="pay-button"]').click();
    await page.locator('pb-dues-status [part~="pay-error"]').waitFor({ timeout: 30_000 });
    const refused = faults.calls.find((c) => c.fate === 'refused')!;
    assert.ok(refused?.key, 'the refused payment carried no idempotency key');

    await Promise.all([page.waitForURL(/\/pay\/pay_/, { timeout: 45_000 }), page.locator('pb-dues-status [part~="pay-button"]').click()]);
    // Time for any wrong retry of the refused key to show up.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    assert.equal(faults.attemptsOf(refused.key!).length, 1, 'a 4xx was retried');
    const payments = demo.server.db.prepare("SELECT status FROM payments WHERE member_id = ? AND status = 'pending'").pluck().all(MEMBER);
    assert.equal(payments.length, 1, `${payments.length} pending payments`);
  });

  it('afterwards: every write landed exactly once, faults were real, no error escaped', () => {
    const writes = faults.calls.filter((c) => c.method !== 'GET');
    const keys = new Set(writes.filter((c) => c.fate !== 'refused').map((c) => c.key));
    assert.ok(!keys.has(undefined), 'a write without an idempotency key');
    const stored = new Map(
      (demo.server.db.prepare('SELECT key, status FROM idempotency_keys WHERE member_id = ?').all(MEMBER) as Array<{ key: string; status: number }>).map((r) => [r.key, r.status]),
    );
    // The server keeps keys hashed (store/idempotency-seal.ts).
    const missing = [...keys].filter((key) => !stored.has(keyHash(key!)));
    assert.deepEqual(missing, [], 'writes the page sent that never landed');
    for (const key of keys) assert.ok(stored.get(keyHash(key!))! < 300, `write ${key} landed as ${stored.get(keyHash(key!))}`);
    // The server never saw a key twice with a different body (it would answer 422), nor a second submission (409).
    assert.deepEqual(writes.filter((c) => c.fate === 'server' && c.status >= 400), [], 'the server refused a retried write');

    const api = faults.calls.length;
    const faulted = faults.calls.filter((c) => c.fate === 'lost' || c.fate === 'dropped').length;
    const lost = faults.calls.filter((c) => c.fate === 'lost').length;
    assert.ok(api >= 40 && faulted / api >= 0.2, `only ${faulted} of ${api} calls faulted`);
    assert.ok(lost >= 1, 'no write reached the server with its answer lost');
    const replayed = [...keys].filter((key) => faults.attemptsOf(key!).length > 1).length;
    assert.ok(replayed >= 1, 'no write was retried');
    assert.deepEqual(realErrors(errors), []);
    console.log(`# ${api} API calls, ${faulted} faulted (${lost} after the server did the work), ${keys.size} writes, ${replayed} retried, ${retriesPressed} retry buttons pressed`);
  });
});
