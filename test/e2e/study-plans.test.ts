/**
 * Study plans end to end on the demo: the real reference server (its own seeded database),
 * the demo's 远程教育 page with the CDN bundle, Chromium. demo-member finds 为你安排 first
 * in the catalog, the courses the branch assigned them in the server's order; demo-secretary
 * assigns them a short test course, and after demo-member studies its lesson the branch's
 * study summary shows that member's plan moved on.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { addShortHeartbeatCourse, signIn, watchErrors, withDemo, type Demo } from './support/demo';

const COURSE = { id: 'c-e2e-plan', title: '端到端学习计划课程' };

const waitFor = async (check: () => Promise<boolean> | boolean, what: string, timeoutMs = 30_000) => {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

/** Uncaught errors, console errors and failed requests. */
function watch(page: Page): string[] {
  const errors = watchErrors(page);
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  return errors;
}

/** One member's row in the secretary's summary, with their plan opened: each course line's text. */
async function planOf(page: Page, name: string): Promise<{ row: string; courses: string[] }> {
  const member = page.locator('pb-study-summary [part="member"]').filter({ has: page.locator('.name', { hasText: name }) });
  await member.waitFor();
  await member.locator('[part="member-plan"] summary').click();
  await member.locator('[part="member-plan"][open] .course').first().waitFor();
  const courses = await member.locator('.course').evaluateAll((rows) => rows.map((row) => `${(row as HTMLElement).dataset['status']} ${row.textContent!.replace(/\s+/g, ' ').trim()}`));
  return { row: (await member.locator('.tally').innerText()).trim(), courses };
}

describe('study plans on the demo site', () => {
  let demo: Demo;
  let browser: Browser;

  withDemo((up) => {
    ({ demo, browser } = up);
    addShortHeartbeatCourse(demo, COURSE, { id: 'l-e2e-plan-1', title: '计划课程第一讲' });
  });

  it('demo-member sees 为你安排 first: their assigned courses in the server’s order, with status and progress', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-member');
    const errors = watch(page);
    await page.goto(`${demo.url}/study.html`);
    const plan = page.locator('pb-course-catalog [part="plan"]');
    await plan.waitFor();
    const { courses } = (await (await page.request.get(`${demo.url}/api/v1/study-plan`)).json()) as { courses: Array<{ title: string; status: string; percent: number }> };
    assert.ok(courses.length >= 4, 'the seed gives demo-member a course in each status');
    const rows = plan.locator('[part="plan-course"]');
    assert.deepEqual(await rows.locator('.plan-name').allInnerTexts(), courses.map((c) => c.title));
    assert.deepEqual(await rows.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['status'])), courses.map((c) => c.status));
    assert.deepEqual(await rows.locator('progress').evaluateAll((els) => els.map((el) => (el as HTMLProgressElement).value)), courses.map((c) => c.percent));
    assert.match(await plan.locator('h3').innerText(), /为你安排/);
    assert.match(await rows.first().innerText(), /已逾期[\s\S]*逾期 \d+ 天/);
    // First in the catalog: above its toolbar and its courses.
    const before = await page.evaluate(() => {
      const root = document.querySelector('pb-course-catalog')!.shadowRoot!;
      return !!(root.querySelector('[part="plan"]')!.compareDocumentPosition(root.querySelector('[part="toolbar"]')!) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    assert.equal(before, true);
    // The branch's summary is the secretary's: not shown to a member.
    assert.equal(await page.locator('pb-study-summary').isVisible(), false);
    // A course in the plan opens in the player.
    await Promise.all([page.waitForURL(/study\.html\?course=/), rows.first().locator('a').click()]);
    await page.locator('pb-course-player h2').waitFor();
    assert.equal(await page.locator('pb-course-player h2').innerText(), courses[0]!.title);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the branch’s study summary shows demo-member’s plan progress change after a lesson', { timeout: 120_000 }, async () => {
    const secretary = await signIn(browser, demo, 'demo-secretary');
    const secretaryErrors = watch(secretary.page);
    await secretary.page.goto(`${demo.url}/study.html`);
    // The secretary assigns the short course to demo-member (m0001), through the contract.
    const created = await secretary.page.evaluate(async (courseId) => {
      const response = await fetch('/api/v1/branches/b01/study-assignments', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Idempotency-Key': crypto.randomUUID(),
          'X-CSRF-Token': document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')!.content,
        },
        body: JSON.stringify({ title: '端到端测试安排', courseIds: [courseId], groups: [], memberIds: ['m0001'] }),
      });
      return response.status;
    }, COURSE.id);
    assert.equal(created, 201);
    await secretary.page.reload();
    // It is among the branch's assignments, for demo-member by name.
    await secretary.page.locator('pb-study-summary [part="assignments"] > summary').click();
    const listed = secretary.page.locator('pb-study-summary [part="assignment"]', { hasText: '端到端测试安排' });
    await listed.waitFor();
    assert.match(await listed.innerText(), /李明[\s\S]*端到端学习计划课程/);
    const before = await planOf(secretary.page, '李明');
    const line = (courses: string[]) => courses.find((c) => c.includes(COURSE.title));
    assert.match(line(before.courses) ?? '', /^on-track .*不限期.*0%$/, before.courses.join(' | '));
    const [, doneBefore, items] = /完成 (\d+) \/ (\d+) 项/.exec(before.row)!;

    // demo-member finds it in 为你安排 and studies its lesson to the end.
    const member = await signIn(browser, demo, 'demo-member');
    const memberErrors = watch(member.page);
    await member.page.goto(`${demo.url}/study.html`);
    const assigned = member.page.locator('pb-course-catalog [part="plan-course"]', { hasText: COURSE.title });
    await assigned.waitFor();
    await Promise.all([member.page.waitForURL(new RegExp(`course=${COURSE.id}$`)), assigned.locator('a').click()]);
    await member.page.locator('pb-course-player video').waitFor({ state: 'attached' });
    await member.page.locator('pb-course-player [part="play"]').click();
    await member.page.locator('pb-course-player select.rate').selectOption('1.5');
    await waitFor(() => member.page.evaluate(() => document.querySelector('pb-course-player')!.shadowRoot!.querySelector('video')!.ended), 'the end of the lesson', 60_000);
    await member.page.locator('pb-course-player .lesson-status .done').waitFor();
    await member.page.locator('pb-course-player [part="sync"]').waitFor({ state: 'detached', timeout: 30_000 });
    // Their own 为你安排 says so too.
    await member.page.reload();
    await member.page.locator('pb-course-catalog [part="plan-course"][data-status="done"]', { hasText: COURSE.title }).waitFor();

    await secretary.page.reload();
    const after = await planOf(secretary.page, '李明');
    assert.match(line(after.courses) ?? '', /^done .*100%$/, after.courses.join(' | '));
    assert.match(after.row, new RegExp(`完成 ${Number(doneBefore) + 1} / ${items} 项`));
    assert.deepEqual(secretaryErrors, []);
    assert.deepEqual(memberErrors, []);
    await secretary.context.close();
    await member.context.close();
  });
});
