import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ viewport: { width: 375, height: 900 } });
const page = await context.newPage();
await page.goto('http://127.0.0.1:4321/login.html');
await page.fill('input[name="username"]', 'demo-member');
await page.fill('input[name="password"]', 'demo');
await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
await page.goto('http://127.0.0.1:4321/hosts/strict.html');
await page.waitForTimeout(4000);
console.log(await page.evaluate(() => {
  const root = document.querySelector('pb-leaderboard').shadowRoot;
  const r = (sel) => { const e = root.querySelector(sel); if (!e) return sel + ' none'; const b = e.getBoundingClientRect(); return `${sel} ${b.left}-${b.right} ${getComputedStyle(e).scrollbarGutter} ${getComputedStyle(e).overflow} ${e.className}`; };
  return ['.mine', '.table', '.head', '.body', '.head .row', '.body .row', '.footer'].map(r).join('\n');
}));
await browser.close();
