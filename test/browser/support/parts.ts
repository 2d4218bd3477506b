import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';

/** The text a member reads in an element's shadow root, whitespace collapsed. */
export function text(element: Element): string {
  return (element.shadowRoot ?? element).textContent!.replace(/\s+/g, ' ').trim();
}

export function part<T extends HTMLElement = HTMLElement>(element: Element, name: string): T | null {
  return element.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

export function parts<T extends HTMLElement = HTMLElement>(element: Element, name: string): T[] {
  return [...element.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`)];
}

export async function untilPart(element: Element, name: string, timeout = 5000): Promise<HTMLElement> {
  await waitUntil(() => part(element, name), `no [part=${name}] appeared`, { timeout });
  return part(element, name)!;
}

export async function untilText(element: Element, wanted: string, timeout = 5000): Promise<void> {
  await waitUntil(() => text(element).includes(wanted), `"${wanted}" never appeared in: ${text(element).slice(0, 300)}`, { timeout });
}

/** No element of the shadow tree carries a style attribute (a strict CSP would block it). */
export function styleAttributes(element: Element): string[] {
  return [...element.shadowRoot!.querySelectorAll('[style]')].map((e) => e.outerHTML.slice(0, 80));
}

/** Errors that escape into the host page while a test runs. */
export function pageErrors(): { errors: string[]; stop(): void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/**
 * Inside a describe: each test fails when an error or an unhandled rejection escaped into the
 * page while it ran (no exception may reach the host page).
 */
export function failOnPageErrors(): void {
  let watch: ReturnType<typeof pageErrors>;
  beforeEach(() => (watch = pageErrors()));
  afterEach(() => {
    watch.stop();
    expect(watch.errors, 'errors escaped into the page').to.deep.equal([]);
  });
}
