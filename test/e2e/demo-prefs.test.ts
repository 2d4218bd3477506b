/**
 * The demo portal's reading settings, as a member uses them: English and 大字版 (large text)
 * from the top bar switch the portal's own text and the widgets together, and are
 * remembered across pages and reloads. A session that ends while a page is open offers
 * "Sign in again" (login-href), which brings the member back to that page.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { signIn, watchErrors, withDemo, type Demo } from './support/demo';

/** The portal's own text nodes (not the widgets', not the member's name) that are Chinese. */
const chinesePortalText = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      const inWidget = [...document.querySelectorAll('*')].some((el) => /^pb-/.test(el.localName) && el.localName !== 'pb-config' && el.contains(parent));
      if (inWidget || parent.closest('[data-user-name], [data-user-branch], [data-no-translate], script, style')) continue;
      if (/[\u3000-\u9fff\uff00-\uffef]/.test(node.nodeValue ?? '')) found.push(node.nodeValue!.trim());
    }
    for (const el of document.querySelectorAll('[aria-label], [title]')) {
      for (const name of ['aria-label', 'title']) {
        const value = el.getAttribute(name);
        if (value && /[\u3000-\u9fff]/.test(value) && !/^pb-/.test(el.localName)) found.push(`${name}="${value}"`);
      }
    }
    if (/[\u3000-\u9fff]/.test(document.title)) found.push(`title: ${document.title}`);
    return found;
  });

/** Font sizes (px) of every visible element of the portal's own that holds text, smallest first. */
const portalTextSizes = (page: Page): Promise<Array<{ size: number; text: string }>> =>
  page.evaluate(() => {
    const sizes: Array<{ size: number; text: string }> = [];
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (/^pb-/.test(el.localName) || el.closest('script, style') || !el.checkVisibility()) continue;
      const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.nodeValue!.trim()).join('');
      if (text) sizes.push({ size: parseFloat(getComputedStyle(el).fontSize), text: text.slice(0, 24) });
    }
    return sizes.sort((a, b) => a.size - b.size);
  });

/** The text a widget shows (its shadow root), whitespace collapsed. */
const widgetText = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));

const boardReady = (page: Page) => page.locator('pb-leaderboard [part~="row"] [part~="name"]').first().waitFor();

describe('the demo portal: language and large text, as a member chooses them', () => {
  let demo: Demo;
  let browser: Browser;

  withDemo((up) => ({ demo, browser } = up));

  it('English switches the portal and the widgets, and stays chosen across pages and reloads', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-member');
    const errors = watchErrors(page);
    await boardReady(page);
    assert.equal(await page.locator('nav.nav a').first().innerText(), '首页');
    assert.match(await widgetText(page, 'pb-leaderboard'), /名次/);

    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('nav.nav a', { hasText: 'Home' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.waitForFunction(() => /Rank/.test(document.querySelector('pb-leaderboard')?.shadowRoot?.textContent ?? ''));
    assert.deepEqual(await chinesePortalText(page), []);
    assert.equal(await page.title(), 'Home - Qingshan Town Party Portal');

    // Remembered: a reload and another page open in English, widgets included. The choice
    // is applied before the widgets start, so each loads once, in English from the first draw.
    const loads: string[] = [];
    page.on('request', (request) => request.url().includes('/api/v1/leaderboard') && loads.push(request.url()));
    await page.reload();
    await boardReady(page);
    await page.waitForLoadState('networkidle');
    assert.equal(loads.length, 2, `two leaderboards, one request each: ${loads.join(', ')}`);
    assert.equal(await page.locator('nav.nav a').first().innerText(), 'Home');
    assert.match(await widgetText(page, 'pb-leaderboard'), /Rank/);
    assert.deepEqual(await chinesePortalText(page), []);
    for (const path of ['/study.html', '/dues.html', '/survey.html', '/notices.html', '/open.html', '/news.html']) {
      await page.goto(demo.url + path);
      assert.deepEqual(await chinesePortalText(page), [], path);
    }
    await page.goto(`${demo.url}/study.html`);
    await page.locator('pb-course-catalog [part~="course"]').first().waitFor();
    assert.match(await widgetText(page, 'pb-course-catalog'), /Required/);

    // And back to Chinese, with the switch now offering English again.
    await page.getByRole('button', { name: '中文' }).click();
    await page.locator('nav.nav a', { hasText: '首页' }).waitFor();
    await page.waitForFunction(() => /必修/.test(document.querySelector('pb-course-catalog')?.shadowRoot?.textContent ?? ''));
    await page.getByRole('button', { name: 'English' }).waitFor();
    assert.deepEqual(errors.filter((e) => e.startsWith('pageerror')), []);
    await context.close();
  });

  it('大字版 grows the portal’s own text (nothing under 18 px) with the widgets’, and stays on after a reload', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-member');
    await page.setViewportSize({ width: 375, height: 800 });
    await boardReady(page);
    const before = await portalTextSizes(page);
    assert.ok(before[0]!.size <= 13, `the portal's smallest text was ${before[0]!.size} px before`);

    const toggle = page.getByRole('button', { name: '大字版' });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    const check = async () => {
      const sizes = await portalTextSizes(page);
      const small = sizes.filter((s) => s.size < 18);
      assert.deepEqual(small, [], 'portal text under 18 px in large text');
      const body = await page.locator('.panel-body .list li a').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      assert.ok(body >= 20, `list text ${body} px`);
      // The widgets: the large-text theme (20 px) on every one.
      for (const theme of await page.locator('pb-leaderboard, pb-stat-chart').evaluateAll((els) => els.map((el) => el.getAttribute('data-theme')))) {
        assert.equal(theme, 'large-text');
      }
      const widgetSize = await page.locator('pb-leaderboard').first().evaluate((el) => parseFloat(getComputedStyle(el.shadowRoot!.querySelector('[part~="row"]')!).fontSize));
      assert.ok(widgetSize >= 20, `leaderboard rows ${widgetSize} px`);
    };
    await page.waitForFunction(() => document.querySelector('pb-leaderboard')?.getAttribute('data-theme') === 'large-text');
    await boardReady(page);
    await check();

    await page.reload();
    await boardReady(page);
    assert.equal(await page.getByRole('button', { name: '大字版' }).getAttribute('aria-pressed'), 'true');
    await check();
    // Nothing wider than the phone: the larger text wraps instead of scrolling sideways.
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 375);
    await context.close();
  });

  it('a session that ended while the page was open: "重新登录" signs in and comes back to the page', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-member');
    await page.goto(`${demo.url}/study.html?course=c-dangzhang`);
    await page.locator('pb-course-catalog [part~="course"]').first().waitFor();
    // The portal's session ends (here: its cookie is gone), then the catalog asks again.
    await context.clearCookies();
    await page.locator('pb-course-catalog').evaluate((el) => el.setAttribute('filter', 'required'));
    const link = page.locator('pb-course-catalog [part~="sign-in"]');
    await link.waitFor();
    assert.equal(await link.innerText(), '重新登录');
    assert.equal(await link.getAttribute('href'), `/login.html?next=${encodeURIComponent('/study.html?course=c-dangzhang')}`);
    await Promise.all([page.waitForURL('**/login.html?next=*'), link.click()]);
    await page.fill('input[name="username"]', 'demo-member');
    await page.fill('input[name="password"]', 'demo');
    await Promise.all([page.waitForURL('**/study.html?course=c-dangzhang'), page.click('button[type="submit"]')]);
    await page.locator('pb-course-player [part~="lesson"]').first().waitFor();
    await context.close();
  });
});
