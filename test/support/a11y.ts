/**
 * Accessibility helpers for the browser tests: axe-core limited to WCAG 2.1 A and AA
 * (the conformance target; best-practice rules are left to the per-widget tests), and
 * keyboard-only walking through shadow roots with real key presses.
 */
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { sendKeys } from '@web/test-runner-commands';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

export const WCAG21AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe over `element` (its shadow DOM included) with the WCAG 2.1 AA rules and
 * returns each violation as one readable line: rule, impact, help, and the nodes.
 */
export async function wcagViolations(element: Element): Promise<string[]> {
  const result = await window.axe.run(element, { runOnly: { type: 'tag', values: WCAG21AA }, resultTypes: ['violations'] });
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${n.target.join(' > ')}${n.failureSummary ? ` [${n.failureSummary.replace(/\s+/g, ' ')}]` : ''}`).join('; ')}`,
  );
}

/** The element that has the focus, looking through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Presses Tab (or `key`) until the focused element matches `match`, as a keyboard user
 * looking for a control would; fails naming where the focus got stuck.
 */
export async function tabTo(match: (element: Element) => boolean, what: string, limit = 40, key = 'Tab'): Promise<Element> {
  for (let i = 0; i < limit; i++) {
    const focused = deepActive();
    if (focused && match(focused)) return focused;
    await sendKeys({ press: key });
  }
  throw new Error(`the keyboard never reached ${what}; the focus is on ${deepActive()?.outerHTML.slice(0, 160)}`);
}

/** Puts the focus before `element`, as if the member tabbed in from the host page. */
export function focusBefore(element: Element): void {
  const start = document.createElement('button');
  start.textContent = 'start';
  element.before(start);
  start.focus();
}

/** A read that never answers until the widget gives up on it: the loading state. */
export function never(...args: unknown[]): Promise<never> {
  const signal = args.map((a) => (a as { signal?: AbortSignal } | undefined)?.signal).find(Boolean);
  return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
}
