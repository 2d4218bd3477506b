/**
 * Two copies of the CDN bundle on one page (demo/hosts/two-copies.html: the site's theme
 * and a CMS plugin each load one; the plugin's from /hosts/second-copy/ and, here, of
 * another version): no uncaught error, exactly one console warning naming both versions,
 * and the first copy's widgets keep working, writes included.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { signIn, withDemo, type Demo } from './support/demo';
import { widgetsSettled } from './support/hosts';

describe('two copies of the library on one page', () => {
  let demo: Demo;
  let browser: Browser;

  withDemo((up) => ({ demo, browser } = up));

  it('warns once naming both versions, throws nothing, and the first copy keeps working', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-member');
    const uncaught: string[] = [];
    const warnings: string[] = [];
    const consoleErrors: string[] = [];
    page.on('pageerror', (error) => uncaught.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
      if (message.type() === 'error' && !/Failed to load resource: .*\b404\b/.test(message.text())) consoleErrors.push(message.text());
    });
    // The plugin's copy is the same build under another URL, claiming another version
    // (which its main chunk, the code the bundle runs, carries).
    let secondCopyServed = false;
    await page.route('**/hosts/second-copy/**/*.js', async (route) => {
      const original = await route.fetch();
      const body = await original.text();
      if (!body.includes('`0.1.0`')) return route.fulfill({ response: original, body });
      secondCopyServed = true;
      await route.fulfill({ response: original, body: body.replace('`0.1.0`', '`0.0.9-plugin`') });
    });

    await page.goto(`${demo.url}/hosts/two-copies.html`);
    await widgetsSettled(page, ['pb-leaderboard', 'pb-questionnaire']);
    assert.equal(secondCopyServed, true);
    // Both copies ran: the second one's warning comes when it finds the tags taken.
    await page.waitForTimeout(500);

    assert.deepEqual(uncaught, []);
    assert.deepEqual(consoleErrors, []);
    const ours = warnings.filter((w) => w.includes('party-building-widgets'));
    assert.equal(ours.length, 1, ours.join('\n'));
    assert.match(ours[0]!, /0\.1\.0/);
    assert.match(ours[0]!, /0\.0\.9-plugin/);

    // The first copy's classes are the registered ones, and they work: a switcher reloads the
    // ranking, and a survey is submitted and stored once.
    assert.equal(await page.evaluate(() => (customElements.get('pb-leaderboard') as unknown as { pbVersion: string }).pbVersion), '0.1.0');
    const board = page.locator('pb-leaderboard');
    await board.locator('select[name="period"]').selectOption('year');
    await board.locator('[part~="row"]').first().waitFor();
    const survey = page.locator('pb-questionnaire');
    await survey.locator('[data-question="overall"] input[value="4"]').check();
    await survey.locator('[data-question="best"] input[value="care"]').check();
    await survey.locator('[part~="submit"]').click();
    await survey.getByText(/感谢|已提交/).first().waitFor();
    const mine = await page.evaluate(async () => (await (await fetch('/api/v1/questionnaires/q-satisfaction')).json()).mine);
    assert.equal(mine.submitted, true);
    await page.screenshot({ path: 'test-results/hosts-two-copies.png', fullPage: true });
    assert.deepEqual(uncaught, []);
    await context.close();
  });
});
