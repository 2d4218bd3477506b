/**
 * The widgets inside a React 19 app and a Vue 3 app (demo/hosts/react, demo/hosts/vue,
 * built with Vite): object properties (`<pb-config>.backend`, `<pb-questionnaire>.definition`),
 * `pb-*` events reaching the framework's state, a locale switched by the framework, and
 * an element whose tag is defined only after the framework rendered it.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { signIn, watchErrors, withDemo, type Demo } from './support/demo';
import { buildHostApps, widgetsSettled } from './support/hosts';

describe('React and Vue host pages', () => {
  let demo: Demo;
  let browser: Browser;

  before(() => buildHostApps());
  withDemo((up) => ({ demo, browser } = up));

  for (const framework of ['react', 'vue'] as const) {
    it(`${framework}: properties, events, locale and a late-defined element all work`, async () => {
      const { context, page } = await signIn(browser, demo, 'demo-member');
      const errors = watchErrors(page);
      await page.goto(`${demo.url}/hosts/${framework}/`);
      await widgetsSettled(page, ['pb-leaderboard', 'pb-stat-chart']);

      // The real server's ranking, through <pb-config api-base>.
      const board = page.locator('pb-leaderboard');
      await board.locator('[part~="row"] [part~="name"]', { hasText: '支部' }).first().waitFor();

      // <pb-config>.backend (an object) served getStats from the page: its numbers in the table.
      const chart = page.locator('pb-stat-chart');
      await chart.locator('table').waitFor();
      assert.match(await chart.locator('table').innerText(), /流动党员支部[\s\S]*61/);

      // A pb-* event reaches the framework's state.
      await board.locator('select[name="period"]').selectOption('year');
      await page.locator('#period', { hasText: 'year' }).waitFor();

      // The framework switches the locale through <pb-config>'s property.
      await page.locator('#toggle-locale').click();
      await board.locator('select[name="period"] option', { hasText: 'Year' }).first().waitFor({ state: 'attached' });

      // pb-questionnaire is not defined yet: the framework rendered an unknown element.
      const survey = page.locator('pb-questionnaire');
      assert.equal(await page.evaluate(() => customElements.get('pb-questionnaire') === undefined), true);
      assert.equal(await survey.evaluate((el) => el.shadowRoot), null);
      await page.locator('#load-sign-up').click();
      await survey.getByText('主题党日活动报名').waitFor();
      // The object went in as a property, never as an "[object Object]" attribute.
      assert.equal(await survey.evaluate((el) => el.hasAttribute('definition')), false);
      // The choice the member sees (the reason question waits, hidden, with its own label).
      await survey.locator('label:visible', { hasText: '请假' }).click();
      await survey.locator('[data-question="reason"] input').fill('值班');
      await survey.locator('[part~="submit"]').click();
      await page.locator('#answers', { hasText: '值班' }).waitFor();
      assert.deepEqual(JSON.parse(await page.locator('#answers').innerText()), { attend: 'no', reason: '值班' });

      await page.screenshot({ path: `test-results/hosts-${framework}.png`, fullPage: true });
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
