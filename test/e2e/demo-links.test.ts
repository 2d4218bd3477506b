/**
 * Every link on the demo site leads somewhere: a link checker that starts at the portal's
 * pages and the host pages, follows every same-site page it finds (the widgets' own links
 * too: course cards, attachments), and asks for each link's target as the signed-in member.
 * A target must answer 200 (not the sign-in page), and a `#fragment` must name an element
 * of that page; a link off the site must at least be an http(s) address. Nav links to "#notices" on pages without it, "#news" and "#notice" led nowhere.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { signIn, watchErrors, withDemo, type Demo } from './support/demo';

interface Link {
  href: string;
  text: string;
  /** `shadow` when inside a widget. */
  where: 'page' | 'shadow';
}

/** Every `<a href>` of the page, in shadow roots as well. */
const linksOf = (page: Page): Promise<Link[]> =>
  page.evaluate(() => {
    // A stack, not a named helper: the test's compiler would wrap one in a __name() the page lacks.
    const found: Array<{ href: string; text: string; where: 'page' | 'shadow' }> = [];
    const roots: Array<Document | ShadowRoot> = [document];
    for (let root = roots.pop(); root; root = roots.pop()) {
      const where = root === document ? 'page' : 'shadow';
      for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
        found.push({ href: a.href, text: (a.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40), where });
      }
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    }
    return found;
  });

/** Waits (a while, not forever) for the widgets to show what they load. */
async function settle(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('*')]
          .filter((el) => /^pb-/.test(el.localName) && el.localName !== 'pb-config')
          .every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[aria-busy="true"]')),
      null,
      { timeout: 15_000 },
    )
    .catch(() => undefined);
}

const hasAnchor = (html: string, id: string) => new RegExp(`\\s(?:id|name)="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).test(html);

describe('links on the demo site', () => {
  let demo: Demo;
  let browser: Browser;

  withDemo((up) => ({ demo, browser } = up));

  it('every link on every demo page resolves to a 200 page, and every #fragment to an element of it', { timeout: 300_000 }, async () => {
    const { context, page } = await signIn(browser, demo, 'demo-member');
    const errors = watchErrors(page);
    const origin = new URL(demo.url).origin;
    const queue = ['/', '/login.html', '/hosts/legacy.html', '/hosts/strict.html', '/hosts/two-copies.html'];
    const visited = new Set<string>();
    const checked = new Map<string, { status: number; html: string; landed: string }>();
    const broken: string[] = [];
    let links = 0;

    const target = async (url: URL) => {
      const key = url.pathname + url.search;
      if (!checked.has(key)) {
        const response = await page.request.get(origin + key);
        const type = response.headers()['content-type'] ?? '';
        checked.set(key, { status: response.status(), html: type.includes('html') ? await response.text() : '', landed: new URL(response.url()).pathname });
      }
      return checked.get(key)!;
    };

    while (queue.length && visited.size < 40) {
      const path = queue.shift()!;
      if (visited.has(path)) continue;
      visited.add(path);
      await page.goto(origin + path);
      await settle(page);
      for (const link of await linksOf(page)) {
        links += 1;
        const url = new URL(link.href);
        const from = `${path} "${link.text}" (${link.where}) → ${link.href.replace(origin, '')}`;
        if (url.origin !== origin) {
          // Course content may link out (an article's source); the test runs offline, so
          // only its form is checked. A phone or mail link (the dues contact) is one a member
          // can follow too.
          if (!/^(https?|tel|mailto):$/.test(url.protocol)) broken.push(`${from}: not a web address`);
          continue;
        }
        if (url.href === `${origin}${path}#` || (url.hash === '' && link.href.endsWith('#'))) {
          broken.push(`${from}: an empty fragment leads nowhere`);
          continue;
        }
        const answer = await target(url);
        if (answer.status !== 200) broken.push(`${from}: ${answer.status}`);
        else if (answer.landed === '/login.html' && url.pathname !== '/login.html') broken.push(`${from}: sends a signed-in member to the sign-in page`);
        else if (url.hash && !hasAnchor(answer.html, decodeURIComponent(url.hash.slice(1)))) broken.push(`${from}: no element with id or name "${url.hash.slice(1)}"`);
        const page = url.pathname + url.search;
        if (answer.html && !/^\/(lib|assets|api)\//.test(url.pathname) && !visited.has(page) && !queue.includes(page)) queue.push(page);
      }
    }

    assert.deepEqual(broken, [], `${broken.length} of ${links} links lead nowhere`);
    // The checker really went through the site: the new pages, a course and a questionnaire.
    for (const page of ['/news.html', '/notices.html', '/open.html', '/study.html?course=c-dangzhang', '/survey.html?q=q-evaluation-2026']) {
      assert.ok(visited.has(page), `${page} was never reached from a link`);
    }
    assert.ok(links > 150, `only ${links} links checked`);
    // Failed requests are other tests' subject (a locked lesson answers 403); nothing may throw.
    assert.deepEqual(errors.filter((e) => e.startsWith('pageerror')), []);
    await context.close();
  });

  it('the legacy host page: a course card opens that course on the study page', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-member');
    await page.goto(`${demo.url}/hosts/legacy.html`);
    const catalog = page.locator('pb-course-catalog');
    const card = catalog.locator('a[href*="/study.html?course="]').first();
    await card.waitFor();
    const href = (await card.getAttribute('href'))!;
    const courseId = new URL(href, demo.url).searchParams.get('course')!;
    await Promise.all([page.waitForURL(`**/study.html?course=${courseId}`), card.click()]);
    const player = page.locator('pb-course-player');
    assert.equal(await player.getAttribute('course-id'), courseId);
    await player.locator('[part~="lesson"]').first().waitFor();
    await context.close();
  });
});
