/**
 * A jQuery-era portal (demo/hosts/legacy.html): table layout, `<font>` and `<center>`,
 * and a hostile global theme (Bootstrap 3 resets, `* { box-sizing: content-box }`,
 * `button { display: none !important }`, a 30 px uppercase nowrap bold body, table rules,
 * `img`, `a`, `input` rules). The widgets must look and work as without the theme: the
 * same boxes for every control, the same text styles inside, and the main task done by
 * keyboard. Only the font family is inherited, on purpose (docs/host-pages.md).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { signIn, watchErrors, withDemo, type Demo } from './support/demo';
import { widgetsSettled } from './support/hosts';

const widgets = ['pb-leaderboard', 'pb-questionnaire', 'pb-dues-status', 'pb-course-catalog'];

interface Box {
  key: string;
  width: number;
  height: number;
  visible: boolean;
}

/** Every control and row inside the widgets: its size and whether it can be seen. */
function measure(page: Page): Promise<Box[]> {
  return page.evaluate((tags) => {
    return tags.flatMap((tag) => {
      const root = document.querySelector(tag)!.shadowRoot!;
      const nodes = [...root.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [part~="row"], [role="heading"], svg')];
      return nodes.map((node, i) => {
        const rect = node.getBoundingClientRect();
        const label = (node.getAttribute('aria-label') ?? node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 16);
        return { key: `${tag} ${node.localName}[${i}] ${label}`, width: Math.round(rect.width), height: Math.round(rect.height), visible: node.checkVisibility() };
      });
    });
  }, widgets);
}

/** The text styles a widget's first paragraph of text ends up with. */
function textStyles(page: Page) {
  return page.evaluate((tags) => {
    return tags.map((tag) => {
      const host = document.querySelector(tag)!;
      const text = [...host.shadowRoot!.querySelectorAll<HTMLElement>('*')].find((el) => el.childElementCount === 0 && el.textContent?.trim());
      const s = getComputedStyle(text ?? host);
      return {
        tag,
        fontSize: s.fontSize,
        lineHeight: s.lineHeight,
        fontWeight: s.fontWeight,
        fontStyle: s.fontStyle,
        letterSpacing: s.letterSpacing,
        wordSpacing: s.wordSpacing,
        textTransform: s.textTransform,
        textIndent: s.textIndent,
        whiteSpace: s.whiteSpace,
        wordBreak: s.wordBreak,
        textShadow: s.textShadow,
        textAlign: s.textAlign,
      };
    });
  }, widgets);
}

/** The focused element, looking through shadow roots. */
const deepFocus = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const question = el?.closest('[data-question]')?.getAttribute('data-question') ?? '';
    return { tag: el?.localName ?? '', type: (el as HTMLInputElement | null)?.type ?? '', part: el?.getAttribute('part') ?? '', question, checked: (el as HTMLInputElement | null)?.checked ?? false, value: (el as HTMLInputElement | null)?.value ?? '' };
  });

/** Presses Tab until the focused element matches, at most 25 times. */
async function tabTo(page: Page, want: (f: Awaited<ReturnType<typeof deepFocus>>) => boolean, what: string) {
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    if (want(await deepFocus(page))) return;
  }
  assert.fail(`Tab never reached ${what}; focus is on ${JSON.stringify(await deepFocus(page))}`);
}

describe('legacy portal with a hostile theme', () => {
  let demo: Demo;
  let browser: Browser;

  withDemo((up) => ({ demo, browser } = up));

  it('the widgets have the same controls, sizes and text styles with and without the theme', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-member');
    const errors = watchErrors(page);
    const warnings: string[] = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    const entries: string[] = [];
    page.on('request', (request) => /\/party-building-widgets\.js/.test(request.url()) && entries.push(new URL(request.url()).search));
    await page.goto(`${demo.url}/hosts/legacy.html?plain`);
    await widgetsSettled(page, widgets);
    assert.equal(await page.evaluate(() => (document.getElementById('hostile-theme') as HTMLLinkElement).disabled), true);
    const plain = await measure(page);
    const plainText = await textStyles(page);

    await page.goto(`${demo.url}/hosts/legacy.html`);
    await widgetsSettled(page, widgets);
    // The theme is really there: the page's own button is gone and body text is 30 px uppercase.
    assert.equal(await page.locator('td.menu button').isVisible(), false);
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).textTransform), 'uppercase');
    const hostile = await measure(page);
    const hostileText = await textStyles(page);
    await page.screenshot({ path: 'test-results/hosts-legacy.png', fullPage: true });

    assert.ok(plain.length > 20, `expected many controls, found ${plain.length}`);
    assert.deepEqual(hostile.map((b) => b.key), plain.map((b) => b.key));
    for (const [i, box] of hostile.entries()) {
      const before = plain[i]!;
      assert.equal(box.visible, before.visible, `${box.key}: visible ${before.visible} → ${box.visible}`);
      assert.ok(Math.abs(box.width - before.width) <= 1 && Math.abs(box.height - before.height) <= 1, `${box.key}: ${before.width}×${before.height} → ${box.width}×${box.height}`);
    }
    assert.deepEqual(hostileText, plainText);
    // The font family is the one thing inherited on purpose.
    const families = await page.evaluate(() => [getComputedStyle(document.body).fontFamily, getComputedStyle(document.querySelector('pb-questionnaire')!).fontFamily]);
    assert.equal(families[1], families[0]);
    assert.deepEqual(errors.filter((e) => !/Failed to load resource: .*\b404\b/.test(e)), []);
    // The page loads the bundle as `party-building-widgets.js?v=…`: the lazy chunks (the
    // questionnaire's body) never import it again by its bare name, which would run it twice.
    assert.deepEqual([...new Set(entries)], ['?v=20120601']);
    assert.deepEqual(warnings.filter((w) => /party-building-widgets/.test(w)), [], 'a second copy of the library ran');
    // The page's own script gets configure() and the error classes from the same bundle.
    const exported = await page.evaluate(async () => {
      const src = document.querySelector<HTMLScriptElement>('script[src*="party-building-widgets.js"]')!.src;
      const bundle = await import(src);
      return { configure: typeof bundle.configure, problem: typeof bundle.ProblemError, notOffered: typeof bundle.NotOfferedError, ruoyi: bundle.presets?.ruoyi?.envelope, version: bundle.VERSION };
    });
    assert.deepEqual(exported, { configure: 'function', problem: 'function', notOffered: 'function', ruoyi: 'code-msg-data', version: JSON.parse(readFileSync('package.json', 'utf8')).version });
    assert.deepEqual([...new Set(entries)], ['?v=20120601']);
    await context.close();
  });

  it('a member answers the satisfaction survey by keyboard alone on the hostile page', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-member');
    const errors = watchErrors(page);
    await page.goto(`${demo.url}/hosts/legacy.html`);
    await widgetsSettled(page, ['pb-questionnaire']);
    await page.focus('#before-survey');

    await tabTo(page, (f) => f.question === 'overall' && f.type === 'radio', 'the rating');
    await page.keyboard.press('Space');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    assert.equal((await deepFocus(page)).value, '4');
    await tabTo(page, (f) => f.question === 'best' && f.type === 'radio', 'the single choice');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    assert.deepEqual(await deepFocus(page).then((f) => [f.value, f.checked]), ['care', true]);
    await tabTo(page, (f) => f.question === 'improve' && f.tag === 'textarea', 'the comment');
    await page.keyboard.type('希望多组织实地学习');
    await tabTo(page, (f) => f.part.split(' ').includes('submit'), 'the submit button');
    await page.keyboard.press('Enter');

    await page.locator('pb-questionnaire').getByText(/已提交|感谢/).first().waitFor();
    const mine = await page.evaluate(async () => (await (await fetch('/api/v1/questionnaires/q-satisfaction')).json()).mine);
    assert.equal(mine.submitted, true);
    assert.deepEqual(errors.filter((e) => !/Failed to load resource: .*\b404\b/.test(e)), []);
    await context.close();
  });
});
