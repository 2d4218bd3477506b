/**
 * Distance education end to end: the real reference server (its own seeded database), the
 * demo's 远程教育 page with the CDN bundle, and Chromium as demo-member: the catalog, and
 * the player on the demo's real media, where the server's credit is compared with what
 * the browser says it played.
 *
 * The offline period defaults to 12 s against a test-only course with 5 s heartbeats (the
 * contract's minimum), so the file runs in well under a minute and a half; set
 * PB_E2E_OFFLINE_SECONDS=60 to run the full minute offline against the same rules.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { addShortHeartbeatCourse, signIn, watchErrors, withDemo, type Demo } from './support/demo';

const OFFLINE_SECONDS = Number(process.env['PB_E2E_OFFLINE_SECONDS'] ?? 12);
const MEMBER = 'm0001'; // demo-member
/**
 * The player tests run side by side, and a member's study credit is bounded by real time
 * across all their sessions (one earns at a time): each of them studies as its own member.
 */
const OFFLINE_MEMBER = { id: 'm0003', username: 'e2e-offline' };
const RELOAD_MEMBER = { id: 'm0004', username: 'e2e-reload' };

interface MediaState {
  time: number;
  played: number;
  paused: boolean;
  ended: boolean;
}

/** The player's media element, read in the page. */
const media = (page: Page): Promise<MediaState> =>
  page.evaluate(() => {
    const video = document.querySelector('pb-course-player')!.shadowRoot!.querySelector('video')!;
    let played = 0;
    for (let i = 0; i < video.played.length; i++) played += video.played.end(i) - video.played.start(i);
    return { time: video.currentTime, played, paused: video.paused, ended: video.ended };
  });

/** Uncaught errors and console errors, with the URL of any request that failed. */
function watch(page: Page): string[] {
  const errors = watchErrors(page);
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  return errors;
}

const waitFor = async (check: () => Promise<boolean> | boolean, what: string, timeoutMs = 30_000) => {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

// The sessions are independent (their own lessons and browser contexts): run them side by side.
describe('distance education on the demo site', { concurrency: true }, () => {
  let demo: Demo;
  let browser: Browser;

  const progressOf = (lessonId: string, member = MEMBER) =>
    demo.server.db.prepare('SELECT credited_seconds AS credited, completed_at AS completedAt, position_seconds AS position, updated_at AS updatedAt FROM lesson_progress WHERE member_id = ? AND lesson_id = ?').get(member, lessonId) as
      | { credited: number; completedAt: number | null; position: number; updatedAt: number }
      | undefined;
  const creditRows = (lessonId: string, member = MEMBER) => demo.server.db.prepare('SELECT seconds FROM study_credits WHERE member_id = ? AND lesson_id = ?').pluck().all(member, lessonId) as number[];
  const sessions = (lessonId: string, member = MEMBER) => demo.server.db.prepare('SELECT last_seq AS lastSeq, credited_seconds AS credited FROM study_sessions WHERE member_id = ? AND lesson_id = ?').all(member, lessonId) as Array<{ lastSeq: number; credited: number }>;

  /** The member starts the lesson from nothing (the seed gives demo-member some history). */
  const forget = (lessonId: string, member = MEMBER) => {
    for (const table of ['lesson_progress', 'study_credits', 'study_sessions']) demo.server.db.prepare(`DELETE FROM ${table} WHERE member_id = ? AND lesson_id = ?`).run(member, lessonId);
  };

  /** Every batch sent and answered: the outbox is empty and the server's record has stopped moving. */
  const settled = async (page: Page, lessonId: string, member = MEMBER) => {
    await page.locator('pb-course-player [part="sync"]').waitFor({ state: 'detached', timeout: 30_000 });
    let last = -1;
    await waitFor(async () => {
      const now = progressOf(lessonId, member)?.updatedAt ?? 0;
      const still = now === last;
      last = now;
      if (!still) await new Promise((resolve) => setTimeout(resolve, 700));
      return still;
    }, 'the server record to settle');
  };

  withDemo((up) => {
    ({ demo, browser } = up);
    addShortHeartbeatCourse(demo, { id: 'c-e2e', title: '端到端测试课程' }, { id: 'l-e2e-1', title: '断网续传演示' });
    // Two more accounts with demo-member's password.
    for (const { id, username } of [OFFLINE_MEMBER, RELOAD_MEMBER]) {
      demo.server.db.prepare("UPDATE members SET username = ?, password_hash = (SELECT password_hash FROM members WHERE id = 'm0001') WHERE id = ?").run(username, id);
    }
  });

  it('demo-member filters, searches and opens a course with the progress the server has', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-member');
    const errors = watch(page);
    await page.goto(`${demo.url}/study.html`);
    const cards = page.locator('pb-course-catalog [part="course"]');
    await cards.first().waitFor();
    const total = demo.server.db.prepare('SELECT COUNT(*) FROM courses').pluck().get() as number;
    assert.equal(await cards.count(), total);
    assert.match(await page.locator('pb-course-catalog .count').innerText(), new RegExp(`共 ${total} 门课程`));

    // The percent on each card is the server's, for this member.
    const firstId = demo.server.db.prepare('SELECT id FROM courses ORDER BY sort').pluck().get() as string;
    const first = await page.request.get(`${demo.url}/api/v1/courses/${firstId}/progress`);
    const { percent } = (await first.json()) as { percent: number };
    assert.equal(await cards.first().locator('progress').getAttribute('value'), String(percent));

    await page.locator('pb-course-catalog .segment', { hasText: '必修' }).click();
    const required = demo.server.db.prepare('SELECT COUNT(*) FROM courses WHERE required = 1').pluck().get() as number;
    await page.waitForFunction((n) => document.querySelector('pb-course-catalog')!.shadowRoot!.querySelector('.count')?.textContent?.includes(`共 ${n} 门课程`), required);
    for (const tag of await cards.locator('.tag[data-required]').allInnerTexts()) assert.equal(tag, '必修');

    await page.locator('pb-course-catalog .segment', { hasText: '全部' }).click();
    await page.locator('pb-course-catalog input[type="search"]').fill('农业');
    await page.waitForFunction(() => document.querySelector('pb-course-catalog')!.shadowRoot!.querySelectorAll('[part="course"]').length === 1);
    assert.match(await cards.first().innerText(), /现代农业实用技术/);

    await Promise.all([page.waitForURL(/study\.html\?course=c-nongye$/), cards.first().locator('[part="title"] a').click()]);
    await page.locator('pb-course-player h2').waitFor();
    assert.equal(await page.locator('pb-course-player h2').innerText(), '现代农业实用技术');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the catalog says a course takes as long as the lengths in its lesson list add up to', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-member');
    const errors = watch(page);
    await page.goto(`${demo.url}/study.html?course=c-dangzhang`);
    /** Seconds in a duration as the widgets write it: `30分钟 44秒`, `1小时 5分钟`. */
    const seconds = (text: string) => [/(\d+)\s*小时/, /(\d+)\s*分钟/, /(\d+)\s*秒/].reduce((sum, unit, i) => sum + Number(unit.exec(text)?.[1] ?? 0) * [3600, 60, 1][i]!, 0);
    const card = page.locator('pb-course-catalog [part="course"]').filter({ has: page.locator('[part="title"]', { hasText: /^\s*党章学习\s*$/ }) });
    const meta = await card.locator('.meta').innerText();
    const lengths = await page.locator('pb-course-player .lessons .info').allInnerTexts();
    assert.equal(lengths.length, 4);
    const listed = lengths.reduce((sum, text) => sum + seconds(text.split('·')[1]!), 0);
    const course = (await (await page.request.get(`${demo.url}/api/v1/courses/c-dangzhang`)).json()) as { durationSeconds: number };
    // The document and the article are listed at their estimated reading time (20 and 10
    // minutes), not the minute it takes to complete them, as the catalog counts them.
    assert.equal(listed, course.durationSeconds, `the lesson list says ${lengths.join(', ')}`);
    assert.equal(seconds(meta.split('·')[1]!), course.durationSeconds, `the catalog says ${meta}`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('demo-member reads the PDF lesson on a phone: the page drawn to the width, sharp, and credit only while it is on screen', async () => {
    forget('l-dangzhang-3');
    const { context, page } = await signIn(browser, demo, 'demo-member');
    const errors = watch(page);
    await page.setViewportSize({ width: 375, height: 740 });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(`${demo.url}/study.html?course=c-dangzhang`);
    await page.locator('pb-course-player .lessons button', { hasText: '第三讲' }).click();
    const canvas = page.locator('pb-course-player .pdf-page:not([hidden]) canvas');
    await canvas.waitFor();
    await page.locator('pb-course-player .reading-status[data-on="true"]').waitFor();
    const shownAt = Date.now();
    const drawn = await canvas.evaluate((c: HTMLCanvasElement) => ({ css: c.getBoundingClientRect().width, pixels: c.width, frame: c.closest('.pdf-frame')!.clientWidth, ratio: devicePixelRatio }));
    assert.ok(Math.abs(drawn.css - drawn.frame) <= 1, `the page is ${drawn.css} px in a ${drawn.frame} px frame`);
    assert.ok(drawn.frame <= 375 && drawn.frame > 250, `a ${drawn.frame} px frame on a 375 px phone`);
    assert.ok(Math.abs(drawn.pixels - drawn.css * drawn.ratio) <= 2, `${drawn.pixels} canvas pixels for ${drawn.css} CSS pixels at ${drawn.ratio}×`);
    // PDF.js parsed it in its worker, a file of the bundle's chunks.
    assert.ok(workers.some((url) => /\/lib\/chunks\/pdf\.worker\.min-[\w-]+\.mjs$/.test(url)), `workers: ${workers.join(', ')}`);
    await page.waitForTimeout(3000);
    // Scrolled down to the lesson list: the document is off screen, the clock stops.
    await page.locator('pb-course-player .lessons').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 2000));
    await page.locator('pb-course-player .reading-status[data-on="false"]').waitFor();
    const awayAt = Date.now();
    await page.waitForTimeout(3000);
    // Leaving the lesson sends what was counted.
    await page.locator('pb-course-player .lessons button', { hasText: '第四讲' }).click();
    await settled(page, 'l-dangzhang-3');
    const credited = progressOf('l-dangzhang-3')?.credited ?? 0;
    const onScreen = (awayAt - shownAt) / 1000;
    assert.ok(credited >= onScreen - 1.5 && credited <= onScreen + 0.5, `credited ${credited} s for ${onScreen} s on screen (and 3 s off it)`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('demo-member plays a lesson to the end: the credit equals the time played, once', async () => {
    forget('l-dangzhang-1');
    const { context, page } = await signIn(browser, demo, 'demo-member');
    const errors = watch(page);
    await page.goto(`${demo.url}/study.html?course=c-dangzhang`);
    await page.locator('pb-course-player video').waitFor({ state: 'attached' });
    await page.locator('pb-course-player [part="play"]').click();
    // Faster, within the course's cap (1.5×): the server still credits media time played.
    await page.locator('pb-course-player select.rate').selectOption('1.5');
    await waitFor(async () => (await media(page)).ended, 'the end of the lesson', 40_000);
    await settled(page, 'l-dangzhang-1');

    const { played } = await media(page);
    const progress = progressOf('l-dangzhang-1')!;
    assert.ok(Math.abs(progress.credited - played) <= 15, `credited ${progress.credited} s for ${played} s played`);
    assert.ok(progress.credited >= played - 1, `${played - progress.credited} s of play were not credited`);
    assert.ok(progress.credited <= 24, 'credited more than the lesson is long');
    const rows = creditRows('l-dangzhang-1');
    assert.ok(Math.abs(rows.reduce((a, b) => a + b, 0) - progress.credited) < 0.01, 'credit rows do not add up: something was credited twice');
    assert.equal(sessions('l-dangzhang-1').length, 1);
    assert.notEqual(progress.completedAt, null);
    await page.locator('pb-course-player .lesson-status .done').waitFor();
    assert.match(await page.locator('pb-course-player .lesson-status').innerText(), /本讲已完成/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it(`keeps studying through ${OFFLINE_SECONDS} s offline mid-lesson: 0 s lost, 0 s credited twice`, async () => {
    forget('l-e2e-1', OFFLINE_MEMBER.id);
    const { context, page } = await signIn(browser, demo, OFFLINE_MEMBER.username);
    const errors = watch(page);
    await page.goto(`${demo.url}/study.html?course=c-e2e`);
    await page.locator('pb-course-player video').waitFor({ state: 'attached' });
    await page.locator('pb-course-player [part="play"]').click();
    await waitFor(async () => (await media(page)).time >= 4, 'four seconds of play');
    // The short media file is in the browser's buffer by now; the network goes away.
    await waitFor(() => page.evaluate(() => document.querySelector('pb-course-player')!.shadowRoot!.querySelector('video')!.readyState === 4), 'the media to be buffered');
    await context.setOffline(true);
    const offlineFrom = Date.now();
    await page.locator('pb-course-player [part="sync"]').filter({ hasText: '离线' }).waitFor({ timeout: 20_000 });
    const creditedOffline = progressOf('l-e2e-1', OFFLINE_MEMBER.id)?.credited ?? 0;
    // A lesson shorter than the offline minute is replayed from the start, as a member would.
    while (Date.now() - offlineFrom < OFFLINE_SECONDS * 1000) {
      const state = await media(page);
      if (state.ended) await page.locator('pb-course-player [part="play"]').click();
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    assert.ok((progressOf('l-e2e-1', OFFLINE_MEMBER.id)?.credited ?? 0) - creditedOffline < 0.01, 'the server heard from the page while it was offline');
    await context.setOffline(false);
    await waitFor(async () => (await media(page)).ended, 'the end of the lesson', 40_000);
    await settled(page, 'l-e2e-1', OFFLINE_MEMBER.id);

    const { played } = await media(page);
    const progress = progressOf('l-e2e-1', OFFLINE_MEMBER.id)!;
    const watched = Math.min(24, played);
    assert.ok(progress.credited >= watched - 1, `lost ${watched - progress.credited} s: credited ${progress.credited} s for ${watched} s watched`);
    assert.ok(progress.credited <= 24, `credited ${progress.credited} s for a 24 s lesson`);
    const rows = creditRows('l-e2e-1', OFFLINE_MEMBER.id);
    assert.ok(Math.abs(rows.reduce((a, b) => a + b, 0) - progress.credited) < 0.01, 'credit rows do not add up: something was credited twice');
    const [session] = sessions('l-e2e-1', OFFLINE_MEMBER.id);
    assert.equal(sessions('l-e2e-1', OFFLINE_MEMBER.id).length, 1);
    assert.ok(session!.lastSeq >= 3, `only ${session!.lastSeq + 1} batches reached the server`);
    assert.notEqual(progress.completedAt, null);
    // Only the requests that failed while offline may be in the console.
    assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
    await context.close();
  });

  it('a reload mid-lesson resumes where the member left off', async () => {
    forget('l-lianzheng-1', RELOAD_MEMBER.id);
    const { context, page } = await signIn(browser, demo, RELOAD_MEMBER.username);
    const errors = watch(page);
    await page.goto(`${demo.url}/study.html?course=c-lianzheng`);
    await page.locator('pb-course-player video').waitFor({ state: 'attached' });
    await page.locator('pb-course-player [part="play"]').click();
    await waitFor(async () => (await media(page)).time >= 6, 'six seconds of play');
    const left = (await media(page)).time;
    await page.reload();
    await page.locator('pb-course-player video').waitFor({ state: 'attached' });
    await page.locator('pb-course-player [part="play"]').click();
    await waitFor(async () => (await media(page)).time > 0 && !(await media(page)).paused, 'playback after the reload');
    const resumed = (await media(page)).time;
    assert.ok(resumed >= left - 1 && resumed <= left + 2, `left at ${left} s, resumed at ${resumed} s`);
    assert.ok((progressOf('l-lianzheng-1', RELOAD_MEMBER.id)?.credited ?? 0) >= left - 1, 'the time before the reload was not credited');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
