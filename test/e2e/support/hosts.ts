/**
 * Shared by the host-page tests (test/e2e/hosts-*.test.ts): building the React and Vue
 * pages, reading what is inside the widgets' shadow roots, and collecting the CSP
 * violations a page reports.
 */
import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';

/** Builds demo/hosts (React 19 + Vue 3) into dist/hosts, as `npm run build:hosts` does. */
export function buildHostApps(): void {
  const result = spawnSync('npx', ['vite', 'build', '--config', 'demo/hosts/vite.config.ts', '--logLevel', 'warn'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`the host pages did not build:\n${result.stdout}\n${result.stderr}`);
}

/**
 * Records every `securitypolicyviolation` of the page (and its shadow roots: the event is
 * composed) in `window.__violations`, from before any script of the page runs.
 */
export async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`.trim()), true);
  });
}

export const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

/** Waits until no widget on the page is loading (no `aria-busy="true"` in any shadow root). */
export async function widgetsSettled(page: Page, tags: string[]): Promise<void> {
  await page.waitForFunction((list) => {
    return list.every((tag) =>
      [...document.querySelectorAll(tag)].every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[aria-busy="true"]')),
    );
  }, tags);
}
