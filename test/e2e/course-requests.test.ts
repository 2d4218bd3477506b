/**
 * Courses on request (点单学习) end to end: the real reference server with its seeded
 * database, the demo's 远程教育 page with the CDN bundle, and Chromium. demo-member asks for
 * a course and adds a voice to another's; demo-secretary plans it, then links an existing
 * course; demo-member sees it available, with news, and opens the course.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { signIn, watchErrors, withDemo, type Demo } from './support/demo';

const TITLE = '手机拍摄短视频入门';
const member = (page: Page) => page.locator('pb-course-requests:not([view="branch"])');
const secretary = (page: Page) => page.locator('pb-course-requests[view="branch"]');
/** A request's row in a widget, by its title. */
const rowOf = (widget: Locator, title: string) => widget.locator('[part~="request"]').filter({ has: widget.page().locator('[part~="title"]', { hasText: title }) });
/** The day `days` from today in China (UTC+8), as `plannedOn` takes it. */
const chinaDay = (days: number) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

describe('course requests on the demo site', () => {
  let demo: Demo;
  let browser: Browser;
  withDemo((up) => ({ demo, browser } = up));

  const requestRow = () => demo.server.db.prepare('SELECT id, status, planned_on, course_id, anonymous, author_id FROM course_requests WHERE title = ?').get(TITLE) as
    | { id: string; status: string; planned_on: string | null; course_id: string | null; anonymous: number; author_id: string | null }
    | undefined;
  const voicesOf = (title: string) =>
    demo.server.db.prepare('SELECT COUNT(*) FROM course_request_voices v JOIN course_requests r ON r.id = v.request_id WHERE r.title = ?').pluck().get(title) as number;

  it('demo-member asks for a course (near duplicates offered first) and adds a voice to another member’s request', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-member');
    const errors = watchErrors(page);
    await page.goto(`${demo.url}/study.html`);
    const widget = member(page);
    await widget.locator('[part~="request"]').first().waitFor();

    await widget.locator('[part~="ask-button"]').click();
    const form = widget.locator('[part~="ask-form"]');
    await form.locator('#ask-title').fill('智能手机');
    // The secretary's request about phones is offered before a new one is made.
    await widget.locator('[part~="suggestions"]').getByText('智能手机常用功能培训').waitFor();
    await form.locator('#ask-title').fill(TITLE);
    await form.locator('#ask-details').fill('想学用手机拍村里的茶园和笋干，剪成短视频。');
    await form.locator('#ask-category').selectOption('实用技能');
    const created = page.evaluate(() => new Promise((resolve) => document.addEventListener('pb-request-create', (e) => resolve((e as CustomEvent).detail.request.title), { once: true })));
    await form.locator('button[type="submit"]').click();
    assert.equal(await created, TITLE);
    await rowOf(widget, TITLE).locator('[part~="voice"]').waitFor();
    assert.match(await rowOf(widget, TITLE).innerText(), /我提的/);
    assert.equal(await rowOf(widget, TITLE).locator('[part~="voice"]').getAttribute('aria-pressed'), 'true');
    const asked = requestRow();
    assert.equal(asked?.status, 'received');
    assert.equal(asked?.anonymous, 0);
    assert.equal(asked?.author_id, 'm0001');

    const other = '家庭理财与防范电信诈骗';
    const before = voicesOf(other);
    const voice = rowOf(widget, other).locator('[part~="voice"]');
    assert.equal(await voice.getAttribute('aria-pressed'), 'false');
    await voice.click();
    await rowOf(widget, other).locator('[part~="voice"][aria-pressed="true"]').waitFor();
    await widget.locator('[part~="waiting"]').waitFor({ state: 'detached' });
    assert.equal(voicesOf(other), before + 1);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('demo-secretary plans the request for a day, then links an existing course', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-secretary');
    const errors = watchErrors(page);
    await page.goto(`${demo.url}/study.html`);
    const widget = secretary(page);
    const row = rowOf(widget, TITLE);
    await row.waitFor();
    assert.match(await row.locator('[part~="requester"]').innerText(), /提出$/);

    const day = chinaDay(14);
    await row.locator('[part~="answer-button"]').click();
    await row.locator('[part~="answer-form"] input[type="date"]').fill(day);
    await row.locator('[part~="answer-form"] button[type="submit"]').click();
    await row.locator('[part~="status"]', { hasText: '已排期' }).waitFor();
    await row.locator('[part~="waiting"]').waitFor({ state: 'detached' });
    assert.equal(requestRow()?.status, 'planned');
    assert.equal(requestRow()?.planned_on, day);

    await row.locator('[part~="answer-button"]').click();
    await row.locator('[part~="answer-form"] input[value="available"]').check();
    const course = row.locator('#answer-field');
    await course.locator('option[value="c-nongye"]').waitFor({ state: 'attached' });
    await course.selectOption('c-nongye');
    await row.locator('[part~="answer-form"] button[type="submit"]').click();
    await row.locator('[part~="status"]', { hasText: '已上线' }).waitFor();
    assert.match(await row.locator('[part~="status-line"]').innerText(), /课程已上线：现代农业实用技术/);
    assert.equal(requestRow()?.status, 'available');
    assert.equal(requestRow()?.course_id, 'c-nongye');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('demo-member sees it available, with news, and opens the course', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-member');
    const errors = watchErrors(page);
    await page.goto(`${demo.url}/study.html`);
    const row = rowOf(member(page), TITLE);
    await row.waitFor();
    assert.equal(await row.locator('[part~="status"]').innerText(), '已上线');
    assert.equal(await row.locator('[part~="news"]').innerText(), '新进展');
    // Seen on screen: marked seen at the revision shown (planned, then available: 2).
    await row.scrollIntoViewIfNeeded();
    const id = requestRow()!.id;
    const seen = () => demo.server.db.prepare('SELECT revision FROM course_request_seen WHERE request_id = ?').all(id);
    for (let i = 0; i < 50 && !seen().length; i++) await page.waitForTimeout(100);
    assert.deepEqual(seen(), [{ revision: 2 }]);

    const link = row.locator('[part~="course-link"]');
    assert.equal(await link.getAttribute('href'), `${demo.url}/study.html?course=c-nongye`);
    await Promise.all([page.waitForURL(/\/study\.html\?course=c-nongye$/), link.click()]);
    await page.locator('pb-course-player[course-id="c-nongye"] [part~="lesson"]').first().waitFor();
    assert.equal(await page.locator('#player-panel').isVisible(), true);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
