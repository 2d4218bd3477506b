/**
 * Reminders end to end: the real reference server, the demo's pages with the CDN bundle,
 * Chromium. demo-secretary reminds everyone in arrears from the dues summary on 党费缴纳;
 * demo-member, who is two months behind, finds the reminder first thing in 待办提醒 on the
 * home page, with the count the portal shows beside it, and marks it read.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { signIn, watchErrors, withDemo, type Demo } from './support/demo';

const START = Date.parse('2026-09-15T02:00:00Z');
const started = Date.now();

describe('reminders on the demo site', () => {
  let demo: Demo;
  let browser: Browser;
  withDemo((up) => ({ demo, browser } = up), { now: () => START + (Date.now() - started) });

  it('demo-secretary reminds the members in arrears, and demo-member sees the reminder in their tasks', async () => {
    const secretary = await signIn(browser, demo, 'demo-secretary');
    const secretaryErrors = watchErrors(secretary.page);
    await secretary.page.goto(`${demo.url}/dues.html`);
    const all = secretary.page.locator('pb-dues-summary [part~="remind-all"]');
    await all.waitFor();
    await all.click();
    const note = secretary.page.locator('pb-dues-summary [part~="note"]');
    await secretary.page.waitForFunction(() => (document.querySelector('pb-dues-summary')!.shadowRoot!.querySelector('[part~="note"]')?.textContent ?? '') !== '');
    assert.match(await note.innerText(), /^已提醒：.*李明/);
    const reminded = demo.server.db.prepare("SELECT member_id FROM reminders WHERE branch_id = 'b01' ORDER BY member_id").pluck().all() as string[];
    assert.ok(reminded.includes('m0001') && reminded.includes('m0004'));
    assert.deepEqual(secretaryErrors, []);
    await secretary.context.close();

    const member = await signIn(browser, demo, 'demo-member');
    const errors = watchErrors(member.page);
    await member.page.goto(`${demo.url}/`);
    const first = member.page.locator('pb-my-tasks [part~="task"]').first();
    await first.waitFor();
    const reminder = member.page.locator('pb-my-tasks [part~="task"][data-kind="reminder"]');
    assert.match(await reminder.innerText(), /请及时交纳党费[\s\S]*已逾期[\s\S]*王红梅 提醒/);
    assert.equal(await reminder.getAttribute('data-urgency'), 'overdue');
    await member.page.waitForFunction(() => /\d+ 项/.test(document.querySelector('[data-task-count]')?.textContent ?? ''));
    const before = await member.page.locator('[data-task-count]').innerText();
    await reminder.locator('[part~="mark-read"]').click();
    await member.page.waitForFunction((text) => document.querySelector('[data-task-count]')?.textContent !== text, before);
    for (let i = 0; i < 50 && !demo.server.db.prepare("SELECT read_at FROM reminders WHERE member_id = 'm0001'").pluck().get(); i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(demo.server.db.prepare("SELECT read_at FROM reminders WHERE member_id = 'm0001'").pluck().get(), 'the server has it read');
    assert.deepEqual(errors, []);
    await member.context.close();
  });

  it('demo-secretary reminds, from the learning-needs survey’s results, the members who have not taken part; demo-member finds it in their tasks', async () => {
    const took = new Set(demo.server.db.prepare("SELECT member_id FROM participations WHERE questionnaire_id = 'q-learning-needs'").pluck().all() as string[]);
    assert.ok(!took.has('m0001'), 'the demo member has not answered it');
    const secretary = await signIn(browser, demo, 'demo-secretary');
    const secretaryErrors = watchErrors(secretary.page);
    await secretary.page.goto(`${demo.url}/survey.html?q=q-learning-needs`);
    const results = secretary.page.locator('pb-questionnaire-results');
    await results.locator('[part~="remind"]').click();
    await secretary.page.waitForFunction(() => (document.querySelector('pb-questionnaire-results')!.shadowRoot!.querySelector('[part~="remind-note"]')?.textContent ?? '') !== '');
    assert.match(await results.locator('[part~="remind-note"]').innerText(), /^已提醒：.*李明/);
    const reminded = demo.server.db.prepare("SELECT member_id FROM reminders WHERE subject = 'questionnaire'").pluck().all() as string[];
    assert.ok(reminded.length > 0 && reminded.every((id) => !took.has(id)), 'only members who have not taken part');
    assert.deepEqual(secretaryErrors, []);
    await secretary.context.close();

    const member = await signIn(browser, demo, 'demo-member');
    const errors = watchErrors(member.page);
    await member.page.goto(`${demo.url}/`);
    const reminder = member.page.locator('pb-my-tasks [part~="task"][data-kind="reminder"]');
    await reminder.first().waitFor();
    assert.match(await reminder.first().innerText(), /请及时填写问卷[\s\S]*即将到期[\s\S]*王红梅 提醒/);
    assert.deepEqual(errors, []);
    await member.context.close();
  });
});
