/**
 * Meetings in the member's tasks end to end: the real reference server on 15 September
 * 2026, the demo's pages with the CDN bundle, Chromium. demo-member finds the branch's
 * general assembly of 25 September in 待办提醒 on the home page, asking for a reply; its link
 * opens 组织生活, where 参加 answers it; back home it has left the list and the count.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { signIn, watchErrors, withDemo, type Demo } from './support/demo';

const START = Date.parse('2026-09-15T02:00:00Z');
const started = Date.now();
const TOPIC = '支部党员大会：审议发展党员事项';

describe('meetings in the member’s tasks on the demo site', () => {
  let demo: Demo;
  let browser: Browser;
  withDemo((up) => ({ demo, browser } = up), { now: () => START + (Date.now() - started) });

  it('demo-member is asked to reply to a coming meeting, replies on 组织生活 through the task’s link, and the task goes', async () => {
    const { page, context } = await signIn(browser, demo, 'demo-member');
    const errors = watchErrors(page);
    await page.goto(`${demo.url}/`);
    const task = page.locator('pb-my-tasks [part~="task"][data-kind="meeting"]', { hasText: TOPIC });
    await task.waitFor();
    assert.match(await task.innerText(), /组织生活[\s\S]*10 天后召开[\s\S]*请回复参加或请假/);
    await page.waitForFunction(() => /\d+ 项/.test(document.querySelector('[data-task-count]')?.textContent ?? ''));
    const before = Number.parseInt(await page.locator('[data-task-count]').innerText(), 10);

    await Promise.all([page.waitForURL(/\/meetings\.html$/), task.locator('[part~="link"]').click()]);
    // The topic recurs in the year: the card is the coming one's.
    const id = demo.server.db.prepare("SELECT id FROM meetings WHERE branch_id = 'b01' AND topic = ? AND starts_at > ? ORDER BY starts_at LIMIT 1").pluck().get(TOPIC, START) as string;
    const card = page.locator(`pb-meetings:not([view="branch"]) [part~="meeting"][data-id="${id}"]`);
    await card.locator('[data-act="attend"]').click();
    await card.locator('[part="outcome"]', { hasText: '已回复参加' }).waitFor();

    await page.goto(`${demo.url}/`);
    await page.locator('pb-my-tasks [part~="task"]').first().waitFor();
    assert.equal(await page.locator('pb-my-tasks [part~="task"][data-kind="meeting"]', { hasText: TOPIC }).count(), 0);
    await page.waitForFunction((n) => document.querySelector('[data-task-count]')?.textContent === `${n} 项`, before - 1);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
