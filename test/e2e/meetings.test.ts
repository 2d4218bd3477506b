/**
 * Organisational life end to end on the demo: the real reference server (its own seeded
 * database, a clock the test can move), the demo's 组织生活 page with the CDN bundle,
 * Chromium. demo-secretary plans a 党课 that is open for check-in and shows its code full
 * screen; demo-member types that code and is checked in; another member of the branch asks
 * for leave and demo-secretary approves it; once the lecture has ended, the branch's
 * cadence counts it and the board of branches by 参会率 moves.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { signIn, watchErrors, withDemo, type Demo } from './support/demo';

const TOPIC = '端到端党课：学习党章';
const clock = { offset: 0 };
const pad = (n: number) => String(n).padStart(2, '0');
/** A local day and time as the plan form takes them (the browser and this process share a time zone). */
const local = (ms: number) => {
  const d = new Date(ms);
  return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
};

const waitFor = async (check: () => Promise<boolean> | boolean, what: string, timeoutMs = 20_000) => {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

describe('meetings on the demo site', () => {
  let demo: Demo;
  let browser: Browser;
  withDemo((up) => ({ demo, browser } = up), { now: () => Date.now() + clock.offset });

  const branchView = (page: Page) => page.locator('pb-meetings[view="branch"]');
  const lectureQ4 = (page: Page) => branchView(page).locator('[data-kind="lecture"] [part="period"]').last().getAttribute('title');
  const boardValue = (page: Page) => page.locator('pb-leaderboard [part~="row"]', { hasText: '第一党支部' }).first().innerText();

  it('plans a 党课, shows its code, takes a member’s check-in and a leave approved, and counts it once it ended', async () => {
    const { page: secretary } = await signIn(browser, demo, 'demo-secretary');
    const errors = watchErrors(secretary);
    await secretary.goto(`${demo.url}/meetings.html`);
    await branchView(secretary).locator('[part="cadence"]').waitFor();
    const heldBefore = await lectureQ4(secretary);
    const boardBefore = await boardValue(secretary);

    // Plan: starting in five minutes, so check-in (from 30 minutes before) is open now.
    const start = local(Date.now() + 5 * 60_000);
    const end = local(Date.now() + 65 * 60_000);
    await branchView(secretary).locator('[data-act="plan"]').first().click();
    const form = branchView(secretary).locator('[part="plan-form"]');
    await form.locator('select[name="kind"]').selectOption('lecture');
    await form.locator('input[name="topic"]').fill(TOPIC);
    await form.locator('input[name="date"]').fill(start.date);
    await form.locator('input[name="start"]').fill(start.time);
    await form.locator('input[name="end"]').fill(end.date === start.date ? end.time : '23:59');
    await form.locator('button[type="submit"]').click();
    const row = branchView(secretary).locator('.row', { hasText: TOPIC });
    await row.waitFor();
    const meetingId = (await row.getAttribute('data-meeting'))!;

    await row.locator('[data-act="show-code"]').click();
    const live = branchView(secretary).locator('[part="live-code"]');
    await live.locator('svg.qr path').waitFor();
    const code = (await live.locator('.code').innerText()).trim();
    assert.match(code, /^\d{6}$/);

    // demo-member types the code shown.
    const { page: member } = await signIn(browser, demo, 'demo-member');
    const memberErrors = watchErrors(member);
    await member.goto(`${demo.url}/meetings.html`);
    const card = member.locator('pb-meetings[view="member"] [part~="meeting"]', { hasText: TOPIC });
    await card.locator('input[name="code"]').fill(code);
    await card.locator('button[type="submit"]').click();
    await card.locator('[part="outcome"]', { hasText: '签到' }).waitFor();
    assert.match(await card.locator('[part="outcome"]').innerText(), /已于 .* 签到/);

    // Another member asks for leave (through the API as their portal would), and the secretary approves.
    const other = demo.server.db.prepare("SELECT id FROM members WHERE branch_id = 'b01' AND username IS NULL ORDER BY id LIMIT 1").pluck().get() as string;
    const token = demo.server.auth.issueToken(other, 'e2e');
    const asked = await fetch(`${demo.url}/api/v1/meetings/${meetingId}/reply`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({ reply: 'leave', reason: '在外地务工，无法到场。' }),
    });
    assert.equal(asked.status, 200);
    await live.locator('[data-act="close-code"]').click();
    await row.locator('[data-act="attendance"]').click();
    const panel = row.locator('[part="attendance"]');
    await panel.locator('[data-act="decide"][data-approved="true"]').click();
    await panel.locator('td', { hasText: '请假已批准' }).waitFor();
    await waitFor(async () => (await panel.innerText()).includes('已签到'), 'demo-member present in the attendance');

    // Two hours on, the lecture has ended: the cadence counts it and the board moves.
    clock.offset = 2 * 60 * 60_000;
    await secretary.reload();
    await branchView(secretary).locator('[part="cadence"]').waitFor();
    const heldAfter = await lectureQ4(secretary);
    const count = (title: string | null) => Number(/(\d+)/.exec(title ?? '')?.[1] ?? NaN);
    assert.equal(count(heldAfter), count(heldBefore) + 1, `${heldBefore} → ${heldAfter}`);
    await waitFor(async () => (await boardValue(secretary)) !== boardBefore, `第一党支部's 参会率 to move from ${boardBefore}`);
    const ended = branchView(secretary).locator('.row', { hasText: TOPIC });
    assert.match(await ended.innerText(), /实到 1 \/ 应到 \d+ · 请假 1/);
    assert.deepEqual(errors.filter((e) => !/favicon/.test(e)), []);
    assert.deepEqual(memberErrors.filter((e) => !/favicon/.test(e)), []);
  });
});
