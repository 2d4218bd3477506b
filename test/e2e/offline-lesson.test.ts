/**
 * A lesson saved for offline study, end to end: the real reference server (its own seeded
 * database), the demo's 远程教育 page with the CDN bundle, and Chromium as a member away
 * from home. The member saves a lesson online; the network goes; the page is reloaded,
 * served from what the browser had (as a site's service worker or the browser's cache
 * would serve it: here the test replays the responses it recorded); the member studies;
 * the network comes back, and the server credits the time studied, once.
 *
 * Also under the strict host page's policy, which has no `blob:`: a saved PDF lesson draws
 * from its saved bytes with no violation, and saved media, refused there, play from the
 * network while there is one.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { addShortHeartbeatCourse, signIn, watchErrors, withDemo, type Demo } from './support/demo';
import { recordViolations, violations } from './support/hosts';

const MEMBER = { id: 'm0005', username: 'e2e-migrant' };
const STRICT_MEMBER = { id: 'm0006', username: 'e2e-strict' };
const COURSE = 'c-e2e-saved';
const LESSON = 'l-e2e-saved';

interface Recorded {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Every same-origin file the page loads (not the API), kept to serve the page again offline. */
function recordFiles(page: Page, origin: string): Map<string, Recorded> {
  const files = new Map<string, Recorded>();
  page.on('response', async (response) => {
    const url = response.url();
    if (!url.startsWith(origin) || url.includes('/api/') || response.request().method() !== 'GET' || response.status() !== 200) return;
    try {
      files.set(url, { status: response.status(), headers: response.headers(), body: await response.body() });
    } catch {
      // A response the page abandoned (a media range): not needed offline.
    }
  });
  return files;
}

/** The network goes away; the page's own files come from what was recorded, everything else fails. */
async function offline(context: BrowserContext, files: Map<string, Recorded>): Promise<void> {
  await context.setOffline(true);
  await context.route('**/*', async (route) => {
    const hit = files.get(route.request().url());
    if (hit && route.request().method() === 'GET') await route.fulfill(hit);
    else await route.abort('internetdisconnected');
  });
}

async function online(context: BrowserContext): Promise<void> {
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.setOffline(false);
}

const media = (page: Page) =>
  page.evaluate(() => {
    const video = document.querySelector('pb-course-player')!.shadowRoot!.querySelector('video')!;
    let played = 0;
    for (let i = 0; i < video.played.length; i++) played += video.played.end(i) - video.played.start(i);
    return { src: video.currentSrc, time: video.currentTime, played, paused: video.paused };
  });

const waitFor = async (check: () => Promise<boolean> | boolean, what: string, timeoutMs = 30_000) => {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

/** Saves the open lesson as the member does: the size first, then Save, then the saved mark. */
async function saveOpenLesson(page: Page): Promise<string> {
  const control = page.locator('pb-course-player [part~="offline"]');
  await page.locator('pb-course-player [part="save"]').click();
  await control.locator('.primary').waitFor();
  const asked = await control.innerText();
  await control.locator('.primary').click();
  await control.locator('.mark', { hasText: '已保存到本机' }).waitFor({ timeout: 30_000 });
  return asked;
}

describe('a lesson saved for offline study', { concurrency: true }, () => {
  let demo: Demo;
  let browser: Browser;

  withDemo((up) => {
    ({ demo, browser } = up);
    addShortHeartbeatCourse(demo, { id: COURSE, title: '离线学习测试课程' }, { id: LESSON, title: '保存到本机演示' });
    for (const { id, username } of [MEMBER, STRICT_MEMBER]) {
      demo.server.db.prepare("UPDATE members SET username = ?, password_hash = (SELECT password_hash FROM members WHERE id = 'm0001') WHERE id = ?").run(username, id);
    }
  });

  const progressOf = (member: string) =>
    demo.server.db.prepare('SELECT credited_seconds AS credited, updated_at AS updatedAt FROM lesson_progress WHERE member_id = ? AND lesson_id = ?').get(member, LESSON) as
      | { credited: number; updatedAt: number }
      | undefined;
  const creditRows = (member: string) => demo.server.db.prepare('SELECT seconds FROM study_credits WHERE member_id = ? AND lesson_id = ?').pluck().all(member, LESSON) as number[];
  const sessions = (member: string) =>
    demo.server.db.prepare('SELECT id, last_seq AS lastSeq, credited_seconds AS credited FROM study_sessions WHERE member_id = ? AND lesson_id = ? ORDER BY first_received_at').all(member, LESSON) as Array<{
      id: string;
      lastSeq: number;
      credited: number;
    }>;

  it('A lesson saved for offline use plays with the network off and its progress lands once when back online', async () => {
    const { context, page } = await signIn(browser, demo, MEMBER.username);
    const errors = watchErrors(page);
    const files = recordFiles(page, demo.url);
    await page.goto(`${demo.url}/study.html?course=${COURSE}`);
    await page.locator('pb-course-player video').waitFor({ state: 'attached' });

    // Online: the member saves the lesson; the size is said first.
    const asked = await saveOpenLesson(page);
    assert.match(asked, /将保存视频、封面、2 个字幕文件和课程文字，共 2\d\d KB。/);
    // The page's own session, and the saved lesson's, which the server heard of now (seq 0).
    await waitFor(() => sessions(MEMBER.id).length === 1, 'the saved session to reach the server');
    const [saved] = sessions(MEMBER.id);
    assert.equal(saved!.lastSeq, 0);
    assert.equal(progressOf(MEMBER.id)?.credited ?? 0, 0);

    // The network goes; the page is opened again from what the browser had.
    await offline(context, files);
    await page.reload();
    const banner = page.locator('pb-course-player [part="saved-copy"]');
    await banner.waitFor();
    assert.match(await banner.innerText(), /离线学习：课程和进度是 .+ 保存在本机的副本/);
    await page.locator('pb-course-player [part~="offline"].saved').waitFor();
    await page.locator('pb-course-player [part="play"]').click();
    await waitFor(async () => (await media(page)).time >= 12, 'twelve seconds of play offline', 40_000);
    await page.locator('pb-course-player [part="play"]').click();
    await waitFor(async () => (await media(page)).paused, 'the pause');
    const studied = await media(page);
    assert.match(studied.src, /^blob:/);
    await page.locator('pb-course-player [part="sync"]').filter({ hasText: '离线' }).waitFor();
    assert.equal(progressOf(MEMBER.id)?.credited ?? 0, 0, 'the server heard from the page while it was offline');

    // Back online: the outbox sends what waited, and the page shows the server's course again.
    await online(context);
    await page.locator('pb-course-player [part="sync"]').waitFor({ state: 'detached', timeout: 30_000 });
    await banner.waitFor({ state: 'detached' });
    let last = -1;
    await waitFor(async () => {
      const now = progressOf(MEMBER.id)?.updatedAt ?? 0;
      const still = now === last;
      last = now;
      if (!still) await new Promise((resolve) => setTimeout(resolve, 700));
      return still;
    }, 'the server record to settle');

    const credited = progressOf(MEMBER.id)!.credited;
    assert.ok(Math.abs(credited - studied.played) <= 1, `credited ${credited} s for ${studied.played} s studied offline`);
    const rows = creditRows(MEMBER.id);
    assert.ok(Math.abs(rows.reduce((a, b) => a + b, 0) - credited) < 0.01, 'credit rows do not add up: something was credited twice');
    // What was studied offline went under the saved session, not a new one.
    const after = sessions(MEMBER.id);
    assert.equal(after.length, 1, `sessions: ${JSON.stringify(after)}`);
    assert.equal(after[0]!.id, saved!.id);
    assert.ok(after[0]!.lastSeq > 2, `only seq ${after[0]!.lastSeq} reached the server`);

    // A reload online sends nothing again and credits nothing more.
    await page.reload();
    await page.locator('pb-course-player [part~="offline"].saved').waitFor();
    await page.waitForTimeout(1500);
    assert.equal(progressOf(MEMBER.id)!.credited, credited);
    assert.deepEqual(
      errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)),
      [],
    );
    await context.close();
  });

  it('under a policy without blob: a saved PDF draws from its saved bytes with no violation, and saved media play from the network', async () => {
    const { context, page } = await signIn(browser, demo, STRICT_MEMBER.username);
    await recordViolations(page);
    await page.goto(`${demo.url}/hosts/strict.html`);
    const player = page.locator('pb-course-player');
    await page.evaluate(() => document.querySelector('pb-course-player')!.setAttribute('lesson-id', 'l-dangzhang-3'));
    await player.locator('.pdf-page:not([hidden]) canvas').waitFor();
    await saveOpenLesson(page);
    // Open it again: from the saved bytes now.
    await page.evaluate(() => document.querySelector('pb-course-player')!.setAttribute('lesson-id', 'l-dangzhang-4'));
    await player.getByText('学党章 守规矩').waitFor();
    const pdfRequests: string[] = [];
    page.on('request', (request) => request.url().endsWith('.pdf') && pdfRequests.push(request.url()));
    await page.evaluate(() => document.querySelector('pb-course-player')!.setAttribute('lesson-id', 'l-dangzhang-3'));
    await player.locator('.pdf-frame[aria-busy="false"] .pdf-page:not([hidden]) canvas').waitFor();
    assert.match(await player.locator('.pdf-text').innerText(), /党章学习辅导材料/);
    assert.deepEqual(pdfRequests, [], 'the saved PDF was fetched from the network');
    assert.deepEqual(await violations(page), []);

    // A video lesson saved here: the policy refuses its blob: URLs, and it plays from the network.
    await page.evaluate(() => document.querySelector('pb-course-player')!.setAttribute('lesson-id', 'l-dangzhang-1'));
    await player.locator('video').waitFor({ state: 'attached' });
    await saveOpenLesson(page);
    await page.evaluate(() => document.querySelector('pb-course-player')!.setAttribute('lesson-id', 'l-dangzhang-4'));
    await player.getByText('学党章 守规矩').waitFor();
    await page.evaluate(() => document.querySelector('pb-course-player')!.setAttribute('lesson-id', 'l-dangzhang-1'));
    await player.locator('[part~="offline"] .warning').waitFor();
    assert.match(await player.locator('[part~="offline"] .warning').innerText(), /本站的安全设置不允许播放保存在本机的音视频/);
    await player.locator('[part="play"]').click();
    await waitFor(async () => (await media(page)).time > 1, 'playback from the network');
    assert.match((await media(page)).src, /^http:.*lesson-video\.mp4$/);
    const reports = await violations(page);
    assert.ok(reports.length > 0 && reports.every((r) => /^(media-src|img-src) blob/.test(r)), reports.join('\n'));
    await context.close();
  });
});
