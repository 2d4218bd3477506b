/**
 * Party dues end to end: the real reference server (its own seeded database), the demo's
 * 党费缴纳 page with the CDN bundle, and Chromium. The server's clock starts on a fixed
 * day so the demo member's two overdue months fall in the same year on any run date.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { signIn, watchErrors, withDemo, type Demo } from './support/demo';

const START = Date.parse('2026-09-15T02:00:00Z'); // 10:00 in Beijing, mid-September
const started = Date.now();

/** The text of an element inside the widget's shadow root (Playwright selectors pierce it). */
const textOf = (page: Page, selector: string) => page.locator(selector).first().innerText();

describe('party dues on the demo site', () => {
  let demo: Demo;
  let browser: Browser;
  let behind: { id: string; name: string };

  withDemo((up) => ({ demo, browser } = up), { now: () => START + (Date.now() - started) });
  // The seed's serious case in the secretary's branch: seven months unpaid before this one.
  before(() => (behind = demo.server.db.prepare("SELECT id, name FROM members WHERE id = 'm0004'").get() as { id: string; name: string }));

  it('demo-member sees 48.00 元 a month with its basis, pays two overdue months at the gateway and sees them paid', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-member');
    const errors = watchErrors(page);
    await page.goto(`${demo.url}/dues.html`);
    const summary = page.locator('pb-dues-status [part~="summary"]');
    await summary.waitFor();
    const figures = await summary.innerText();
    assert.match(figures, /每月应交\s*¥48\.00/);
    assert.match(figures, /月基数 4,800\.00 元 × 1%/);
    // July and August ended unpaid: overdue. September, the month it is, is due, not arrears.
    assert.match(figures, /逾期未交\s*¥96\.00/);
    assert.match(figures, /本月应交\s*¥48\.00\s*9月底前交纳/);
    assert.doesNotMatch(figures, /¥144/);
    assert.match(await textOf(page, 'pb-dues-status [part~="notice"]'), /您有 2 个月的党费逾期未交（自2026年7月起），共 ¥96\.00/);

    const month = (m: string) => page.locator(`pb-dues-status [part~="month"]`).nth(Number(m) - 1);
    for (const m of ['07', '08']) assert.match(await month(m).innerText(), /逾期/);
    assert.match(await month('09').innerText(), /应交/);
    // Overdue July and August are chosen with September; this time September waits.
    assert.equal(await month('09').locator('input').isChecked(), true);
    await month('09').locator('input').uncheck();
    assert.match(await textOf(page, 'pb-dues-status [part~="pay"]'), /已选 2 个月，合计 ¥96\.00/);

    await Promise.all([page.waitForURL(/\/pay\/pay_/), page.locator('pb-dues-status [part~="pay-button"]').click()]);
    assert.match(await page.locator('.amount').innerText(), /¥96\.00/);
    assert.match(await page.locator('main').innerText(), /2026-07、2026-08/);
    await Promise.all([page.waitForURL(/\/dues\.html\?payment=/), page.locator('button.confirm').click()]);

    const outcome = page.locator('pb-dues-status [part~="outcome"]');
    await outcome.waitFor();
    assert.match(await outcome.innerText(), /支付成功：2026年7月和2026年8月的党费共 ¥96\.00 已交纳/);
    await page.waitForFunction(() => {
      const cells = document.querySelector('pb-dues-status')!.shadowRoot!.querySelectorAll<HTMLElement>('[part~="month"]');
      return cells[6]?.dataset['status'] === 'paid-late' && cells[7]?.dataset['status'] === 'paid-late';
    });
    assert.match(await month('07').innerText(), /补交/);
    assert.match(await month('09').innerText(), /应交/);
    assert.match(await textOf(page, 'pb-dues-status [part~="summary"]'), /逾期未交\s*¥0\.00/);
    assert.equal(await page.locator('pb-dues-status [part~="notice"]').count(), 0);
    await page.locator('pb-dues-status [part~="history"] summary').click();
    assert.match(await textOf(page, 'pb-dues-status [part~="history"]'), /支付成功/);
    // The server agrees: one payment, paid.
    const payments = demo.server.db.prepare("SELECT status FROM payments WHERE member_id = 'm0001'").pluck().all();
    assert.deepEqual(payments, ['paid']);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('demo-member leaves a payment at the gateway, comes back, cancels it, and can pay at once', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-member');
    const errors = watchErrors(page);
    await page.goto(`${demo.url}/dues.html`);
    await page.locator('pb-dues-status [part~="pay-button"]').waitFor();
    await Promise.all([page.waitForURL(/\/pay\/pay_/), page.locator('pb-dues-status [part~="pay-button"]').click()]);
    // Not paid: back to the dues page, where the payment waits and can be cancelled.
    await page.goto(`${demo.url}/dues.html`);
    const cancel = page.locator('pb-dues-status [part~="cancel-button"]');
    await cancel.waitFor();
    assert.match(await textOf(page, 'pb-dues-status [part~="pending"]'), /待支付 ¥48\.00（2026年9月）/);
    await cancel.click();
    const outcome = page.locator('pb-dues-status [part~="outcome"]');
    await outcome.waitFor();
    assert.match(await outcome.innerText(), /已取消支付，2026年9月仍为未交，可重新缴纳/);
    assert.equal(await page.locator('pb-dues-status [part~="pay-button"]').isEnabled(), true);
    const statuses = demo.server.db.prepare("SELECT status FROM payments WHERE member_id = 'm0001' ORDER BY created_at").pluck().all();
    assert.deepEqual(statuses, ['paid', 'cancelled']);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('demo-secretary sees the branch summary with the 6+ month member first', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-secretary');
    const errors = watchErrors(page);
    await page.goto(`${demo.url}/dues.html`);
    const first = page.locator('pb-dues-summary [part~="arrear"]').first();
    await first.waitFor();
    const row = await first.innerText();
    assert.match(row, new RegExp(behind.name));
    assert.match(row, /逾期 7 个月/);
    assert.match(row, /已连续 7 个月未交，请及时谈话提醒/);
    assert.equal(await first.getAttribute('data-level'), 'serious');
    assert.match(await textOf(page, 'pb-dues-summary [part~="overview"]'), /全年交纳率/);
    assert.equal(await page.locator('pb-dues-summary [part~="months"] tbody tr').count(), 12);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('demo-member asking for the branch summary is refused with a plain "no permission"', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-member');
    await page.goto(`${demo.url}/dues.html`);
    await page.locator('pb-dues-status [part~="summary"]').waitFor();
    // The page shows the panel only to secretaries; a member who finds it anyway is refused by the server.
    await page.evaluate(() => {
      const summary = document.querySelector('pb-dues-summary')!;
      summary.closest<HTMLElement>('[data-role]')!.hidden = false;
      summary.setAttribute('branch-id', 'b01');
    });
    const forbidden = page.locator('pb-dues-summary [part~="forbidden"]');
    await forbidden.waitFor();
    assert.match(await forbidden.innerText(), /无权查看/);
    assert.equal(await page.locator('pb-dues-summary [part~="arrears"]').count(), 0);
    await context.close();
  });
});
