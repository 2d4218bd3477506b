/**
 * Credit hours, certificates and receipts end to end (issue 19): the real reference server
 * (its own seeded database), the demo pages with the CDN bundle, Chromium as demo-member.
 * Finishing a course shows the same 学时 in the player, on the home page's leaderboard and in
 * the year's tally of 为你安排; its certificate's code checks on the public verification
 * page; a paid payment's receipt downloads as a PDF whose Chinese text reads back.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { addShortHeartbeatCourse, signIn, watchErrors, withDemo, type Demo } from './support/demo';

const COURSE = { id: 'c-e2e-credit', title: '端到端学时课程' };
const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

const waitFor = async (check: () => Promise<boolean> | boolean, what: string, timeoutMs = 30_000) => {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

/** 学时 on the home page's members-by-study-hours leaderboard, the member's own row ("我的排名 第 n 名 x 学时"). */
async function boardHours(page: Page, demo: Demo): Promise<number> {
  await page.goto(`${demo.url}/`);
  await page.waitForFunction(() => document.querySelectorAll('pb-leaderboard')[1]?.shadowRoot?.querySelector('[part~="mine"]'));
  const mine = await page.evaluate(() => document.querySelectorAll('pb-leaderboard')[1]!.shadowRoot!.querySelector('[part~="mine"]')!.textContent!.replace(/\s+/g, ' '));
  const found = /([\d.,]+) 学时/.exec(mine);
  assert.ok(found, mine);
  return Number(found[1]!.replace(/,/g, ''));
}

/** The year's 学时 in 为你安排 ("1.5 / 24 学时"). */
async function tallyHours(page: Page, demo: Demo): Promise<number> {
  await page.goto(`${demo.url}/study.html`);
  await page.locator('pb-course-catalog [part="plan-hours"]').waitFor();
  const text = await page.locator('pb-course-catalog [part="plan-hours"]').innerText();
  const found = /([\d.]+) \/ [\d.]+ 学时/.exec(text);
  assert.ok(found, text);
  return Number(found[1]);
}

describe('credit hours, certificates and receipts on the demo site', () => {
  let demo: Demo;
  let browser: Browser;

  withDemo((up) => {
    ({ demo, browser } = up);
    addShortHeartbeatCourse(demo, COURSE, { id: 'l-e2e-credit-1', title: '学时课程第一讲' });
  });

  it('demo-member finishes a course: the same 学时 in the player, the leaderboard and the year’s tally; its certificate verifies', { timeout: 150_000 }, async () => {
    const { context, page } = await signIn(browser, demo, 'demo-member');
    const errors = watchErrors(page);
    const before = { board: await boardHours(page, demo), tally: await tallyHours(page, demo) };

    await page.goto(`${demo.url}/study.html?course=${COURSE.id}`);
    await page.locator('pb-course-player video').waitFor({ state: 'attached' });
    await page.locator('pb-course-player [part="play"]').click();
    await page.locator('pb-course-player select.rate').selectOption('1.5');
    await waitFor(() => page.evaluate(() => document.querySelector('pb-course-player')!.shadowRoot!.querySelector('video')!.ended), 'the end of the lesson', 60_000);
    await page.locator('pb-course-player .banner').waitFor({ timeout: 30_000 });
    // The test course is worth 0.5 学时.
    assert.match(await page.locator('pb-course-player .banner').innerText(), /获得 0\.5 学时/);
    await page.locator('pb-course-player [part="sync"]').waitFor({ state: 'detached', timeout: 30_000 });

    // The certificate, from the completion banner.
    await page.locator('pb-course-player .banner button').click();
    const certificate = page.locator('pb-course-player [part="certificate"]');
    await certificate.waitFor();
    const code = (await certificate.locator('[data-code]').innerText()).trim();
    assert.match(code, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    assert.match(await certificate.innerText(), /李明 同志完成《端到端学时课程》课程学习/);

    const after = { board: await boardHours(page, demo), tally: await tallyHours(page, demo) };
    assert.equal(Math.round((after.board - before.board) * 10) / 10, 0.5, `leaderboard ${before.board} → ${after.board}`);
    assert.equal(Math.round((after.tally - before.tally) * 10) / 10, 0.5, `year's tally ${before.tally} → ${after.tally}`);
    assert.deepEqual(errors, []);
    await context.close();

    // Anyone checks the code, signed in or not.
    const visitor = await browser.newContext();
    const open = await visitor.newPage();
    await open.goto(`${demo.url}/verify.html?code=${code}`);
    await open.locator('#verify-result.verify-ok', { hasText: '持证人' }).waitFor();
    const checked = await open.locator('#verify-result').innerText();
    assert.match(checked, /证书有效/);
    assert.match(checked, /持证人：李明/);
    assert.match(checked, /项目：端到端学时课程/);
    assert.match(checked, /学时：0\.5/);
    await open.goto(`${demo.url}/verify.html?code=ZZZZ-ZZZZ-ZZZZ`);
    await open.locator('#verify-result.error').waitFor();
    assert.match(await open.locator('#verify-result').innerText(), /不存在/);
    await visitor.close();
  });

  it('demo-member pays, opens the receipt and downloads it as a PDF whose Chinese text reads back', { timeout: 90_000 }, async () => {
    const { context, page } = await signIn(browser, demo, 'demo-member');
    const errors = watchErrors(page);
    await page.goto(`${demo.url}/dues.html`);
    await page.locator('pb-dues-status [part~="pay-button"]').waitFor();
    await Promise.all([page.waitForURL(/\/pay\/pay_/), page.locator('pb-dues-status [part~="pay-button"]').click()]);
    await Promise.all([page.waitForURL(/\/dues\.html\?payment=/), page.locator('button.confirm').click()]);
    await page.locator('pb-dues-status [part~="outcome"]').waitFor();
    await page.locator('pb-dues-status [part~="history"] summary').click();
    await page.locator('pb-dues-status [part~="history"] li[data-status="paid"] button').first().click();
    const receipt = page.locator('pb-dues-status [part="receipt"]');
    await receipt.waitFor();
    const shown = await receipt.innerText();
    assert.match(shown, /党费收据/);
    assert.match(shown, /李明/);
    assert.match(shown, /月基数 4,800\.00 元 × 1%/);

    const [download] = await Promise.all([page.waitForEvent('download'), receipt.getByRole('button', { name: '下载 PDF' }).click()]);
    assert.match(download.suggestedFilename(), /^党费收据-PB-\d{4}-\d{6}\.pdf$/);
    const bytes = new Uint8Array(readFileSync((await download.path())!));
    const doc = await getDocument({ data: bytes, cMapUrl: join(pdfjsRoot, 'cmaps') + '/', cMapPacked: true, standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/', verbosity: 0 }).promise;
    const lines = (await (await doc.getPage(1)).getTextContent()).items.flatMap((item) => ('str' in item && item.str ? [item.str] : []));
    await doc.destroy();
    const paid = demo.server.db.prepare("SELECT id, amount_fen FROM payments WHERE member_id = 'm0001' AND status = 'paid' ORDER BY paid_at DESC LIMIT 1").get() as { id: string; amount_fen: number };
    assert.equal(lines[0], '党费收据');
    assert.ok(lines.includes('党员：李明'), JSON.stringify(lines));
    assert.ok(lines.includes(`支付单号：${paid.id}`), JSON.stringify(lines));
    assert.ok(lines.includes(`金额：¥${(paid.amount_fen / 100).toFixed(2)}`), JSON.stringify(lines));
    assert.ok(lines.includes('计算依据：月基数 4,800.00 元 × 1%'), JSON.stringify(lines));
    assert.deepEqual(errors, []);
    await context.close();
  });
});
