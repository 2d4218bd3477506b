/**
 * The strict-policy page (demo/hosts/strict.html), served with
 * `default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none';
 * base-uri 'none'; require-trusted-types-for 'script'; trusted-types party-building-widgets lit-html`:
 * every widget loading, failing, offline and done, with not one `securitypolicyviolation`
 * (no style attributes, Chart.js styling through the CSSOM, DOMPurify parsing through our
 * Trusted Types policy), and hostile markup never run.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { STRICT_HOST_CSP } from '../../demo/server/http/host-pages';
import { signIn, watchErrors, withDemo, type Demo } from './support/demo';
import { recordViolations, violations, widgetsSettled } from './support/hosts';

const apiWidgets = ['pb-course-catalog', 'pb-course-player', 'pb-questionnaire#survey', 'pb-dues-status', 'pb-dues-summary', 'pb-leaderboard', 'pb-stat-chart'];
const allWidgets = ['pb-course-catalog', 'pb-course-player', 'pb-questionnaire', 'pb-dues-status', 'pb-dues-summary', 'pb-leaderboard', 'pb-stat-chart'];

/** Waits until every API widget shows `part` (loading or error) in its shadow root. */
async function everyWidgetShows(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    ([tags, sel]) => (tags as string[]).every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector(sel as string)),
    [apiWidgets, selector] as const,
    { timeout: 90_000 },
  );
}

describe('strict CSP with Trusted Types', () => {
  let demo: Demo;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  withDemo((up) => ({ demo, browser } = up));
  before(async () => {
    ({ context, page } = await signIn(browser, demo, 'demo-secretary'));
    errors = watchErrors(page);
    await recordViolations(page);
  });

  const clean = async (state: string) => {
    assert.deepEqual(await violations(page), [], `CSP violations while ${state}`);
    assert.equal(await page.evaluate(() => 'pwned' in window || '__pwned' in window), false);
  };

  it('is served with the strict policy, and every widget shows its data with 0 violations', async () => {
    const response = await page.goto(`${demo.url}/hosts/strict.html`);
    assert.equal(response?.headers()['content-security-policy'], STRICT_HOST_CSP);
    await widgetsSettled(page, allWidgets);
    for (const tag of apiWidgets) {
      const shadow = page.locator(tag);
      assert.equal(await shadow.locator('[part~="error"]').count(), 0, `${tag} shows an error`);
    }
    // The article lesson went through DOMPurify under Trusted Types.
    await page.locator('pb-course-player').getByText('学党章 守规矩').waitFor();
    // The page's own definition: its markup shown, sanitized under Trusted Types.
    const own = page.locator('#page-definition');
    await own.locator('strong', { hasText: '党章学习' }).waitFor();
    assert.equal(await own.locator('a[href="https://www.12371.cn/"][rel~="noopener"]').count(), 1);
    // Chart.js drew on its canvas (sizing it through the CSSOM, which CSP allows).
    await page.locator('pb-stat-chart canvas').waitFor();
    await page.screenshot({ path: 'test-results/hosts-strict.png', fullPage: true });
    await clean('showing data');
    assert.deepEqual(errors, []);
  });

  /** Opens the course's PDF lesson and waits until its page is drawn; gives the workers the page started. */
  const openPdfLesson = async () => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.evaluate(() => document.querySelector('pb-course-player')!.setAttribute('lesson-id', 'l-dangzhang-3'));
    await page.locator('pb-course-player .pdf-page:not([hidden]) canvas').waitFor();
    await page.locator('pb-course-player .pdf-frame[aria-busy="false"]').waitFor();
    assert.match(await page.locator('pb-course-player .pdf-text').innerText(), /党章学习辅导材料/);
    const painted = await page.locator('pb-course-player .pdf-page canvas').evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 200) ink++;
      return ink;
    });
    assert.ok(painted > 1000, `only ${painted} dark pixels on the page`);
    return workers;
  };

  it('a PDF lesson: PDF.js draws it from its worker, a script URL our policy allows, with 0 violations', async () => {
    const workers = await openPdfLesson();
    assert.ok(workers.some((url) => /\/lib\/chunks\/pdf\.worker\.min-[\w-]+\.mjs$/.test(url)), `workers: ${workers.join(', ')}`);
    await clean('showing a PDF');
  });

  it('a PDF lesson on a page that allows no worker: PDF.js runs on the page instead, and only the worker is refused', async () => {
    await page.route('**/hosts/strict.html', async (route) => {
      const response = await route.fetch();
      route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': `${STRICT_HOST_CSP}; worker-src 'none'` } });
    });
    await page.reload();
    await widgetsSettled(page, allWidgets);
    const workers = await openPdfLesson();
    assert.deepEqual(workers, []);
    const reports = await violations(page);
    assert.ok(reports.length > 0 && reports.every((r) => r.startsWith('worker-src')), reports.join('\n'));
    assert.equal(await page.evaluate(() => 'pdfjsLib' in window || 'pdfjsWorker' in window), false, 'PDF.js left its globals on the page');
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.reload();
    await widgetsSettled(page, allWidgets);
  });

  it('switched to English at run time: one chunk of English strings loads and every widget reads in English, with 0 violations', async () => {
    const englishChunks: string[] = [];
    page.on('request', (request) => /strings-en-[\w-]+\.js$/.test(request.url()) && englishChunks.push(request.url()));
    await page.evaluate(() => document.querySelector('pb-config')!.setAttribute('locale', 'en'));
    await page.locator('pb-dues-status').getByText('Monthly dues').waitFor();
    await page.locator('pb-dues-summary').getByText('Collection rate this year').waitFor();
    await page.locator('pb-course-catalog').getByPlaceholder('Title or keyword').waitFor();
    assert.match((await page.locator('pb-questionnaire#survey').locator('button[type="submit"]').textContent()) ?? '', /Next|Submit/);
    assert.equal(englishChunks.length, 1, `English chunks fetched: ${englishChunks.join(', ')}`);
    await clean('switching to English');
    await page.evaluate(() => document.querySelector('pb-config')!.setAttribute('locale', 'zh-CN'));
    await page.locator('pb-dues-status').getByText('每月应交').waitFor();
  });

  it('loading: every widget shows its loading state with 0 violations', async () => {
    await page.route('**/api/v1/**', () => {
      // Never answered.
    });
    await page.reload();
    await everyWidgetShows(page, '[part~="loading"], [aria-busy="true"]');
    await clean('loading');
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });

  it('error: every widget shows a retry with 0 violations', async () => {
    await page.route('**/api/v1/**', (route) =>
      route.fulfill({ status: 503, contentType: 'application/problem+json', body: JSON.stringify({ type: '/problems/unavailable', title: 'Service unavailable', status: 503 }) }),
    );
    await page.reload();
    await everyWidgetShows(page, '[part~="error"]');
    await page.screenshot({ path: 'test-results/hosts-strict-error.png', fullPage: true });
    await clean('failing');
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });

  it('offline: every widget says so with 0 violations', async () => {
    await page.route('**/api/v1/**', (route) => route.abort('internetdisconnected'));
    await page.reload();
    await everyWidgetShows(page, '[part~="error"]');
    await clean('offline');
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });

  it('done: the survey and the page questionnaire are submitted with 0 violations', async () => {
    await page.reload();
    await widgetsSettled(page, allWidgets);
    const survey = page.locator('pb-questionnaire#survey');
    await survey.locator('[data-question="overall"] input[value="5"]').check();
    await survey.locator('[data-question="best"] input[value="openness"]').check();
    await survey.locator('[part~="submit"]').click();
    await survey.getByText(/感谢|已提交/).first().waitFor();
    const own = page.locator('#page-definition');
    await own.locator('textarea').fill('通过学习党章，进一步明确了党员的义务和权利。');
    await own.locator('[part~="submit"]').click();
    await own.getByText(/感谢|已提交/).first().waitFor();
    await clean('done');
  });

  it('hostile markup in a definition never runs; the only reports are the policy refusing its handlers', async () => {
    await page.evaluate(() => {
      const el = document.getElementById('page-definition') as HTMLElement & { definition: unknown };
      el.definition = {
        ...(el.definition as object),
        id: 'strict-hostile',
        description: '<p>正文</p><img src="x" onerror="window.__pwned=1"><a href="javascript:window.__pwned=1">点此</a><svg onload="window.__pwned=1"></svg>',
      };
    });
    const own = page.locator('#page-definition');
    await own.getByText('正文').waitFor();
    assert.equal(await own.locator('[onerror], [onload], [href^="javascript:"]').count(), 0);
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => '__pwned' in window), false);
    // The sanitizer's inert parse meets the handlers before it removes them, and the browser
    // reports that the policy refused them: what a site's CSP reporting should hear about.
    const reports = await violations(page);
    assert.ok(reports.length > 0 && reports.every((r) => r.startsWith('script-src-attr')), reports.join('\n'));
    await context.close();
  });
});
