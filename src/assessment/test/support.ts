/** Helpers of the assessment widgets' browser tests: reading the shadow DOM as a member would. */
import { waitUntil } from '../../../test/browser/support/wait.js';

/**
 * The virtualizer measures rows with a ResizeObserver, which can report "loop completed
 * with undelivered notifications": harmless, but mocha would take it for an error.
 */
window.addEventListener(
  'error',
  (event) => {
    if (String(event.message).includes('ResizeObserver loop')) event.stopImmediatePropagation();
  },
  true,
);

export const text = (node: Element | ShadowRoot | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export function shadow(element: Element): ShadowRoot {
  return element.shadowRoot!;
}

export function part(element: Element, name: string): HTMLElement | null {
  return shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
}

export function parts(element: Element, name: string): HTMLElement[] {
  return [...shadow(element).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

/** Waits until `[part~=name]` exists in the element's shadow root. */
export async function settled(element: Element, name: string, timeout = 10_000): Promise<HTMLElement> {
  await waitUntil(() => part(element, name), `no [part~="${name}"] appeared`, { timeout });
  return part(element, name)!;
}

/** The rows of the ranking with their cells' visible text (screen-reader-only text left out). */
export function rows(element: Element): Array<{ index: number; cells: string[]; current: boolean; row: HTMLElement }> {
  return [...shadow(element).querySelectorAll<HTMLElement>('[part~="body"] [role="row"]')].map((row) => ({
    index: Number(row.getAttribute('aria-rowindex')),
    current: row.getAttribute('aria-current') === 'true',
    row,
    cells: [...row.querySelectorAll('[role="cell"]')].map((cell) => {
      const copy = cell.cloneNode(true) as Element;
      copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
      return text(copy);
    }),
  }));
}

/** What a screen reader reads for a cell: all its text, visible or not, without the aria-hidden parts. */
export function spoken(cell: Element): string {
  const copy = cell.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return text(copy);
}

export const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
