/**
 * Support for the `<pb-course-requests>` element tests: the widget mounted under a
 * `<pb-config>` with a page backend (the fake of `fixtures/course-requests.ts`,
 * which keeps the server's rules), each mount with its own api-base so what one test queued
 * in the outbox never reaches the next.
 */
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../define/pb-config.js';
import '../../../define/pb-course-requests.js';
import type { Backend } from '../../../api/backend.js';
import type { Member } from '../../../api/types.js';
import type { PbCourseRequests } from '../pb-course-requests.js';

import { waitUntil } from '../../../../test/browser/support/wait.js';

export { failOnPageErrors, styleAttributes, text, untilText } from '../../../../test/browser/support/parts.js';

/** The first `[part~=name]` in an element's shadow root, or inside a node of it (a row). */
export function part<T extends HTMLElement = HTMLElement>(element: Element, name: string): T | null {
  return (element.shadowRoot ?? element).querySelector<T>(`[part~="${name}"]`);
}

export function parts<T extends HTMLElement = HTMLElement>(element: Element, name: string): T[] {
  return [...(element.shadowRoot ?? element).querySelectorAll<T>(`[part~="${name}"]`)];
}

export async function untilPart(element: Element, name: string, timeout = 8000): Promise<HTMLElement> {
  await waitUntil(() => part(element, name), `no [part=${name}] appeared`, { timeout });
  return part(element, name)!;
}

export const member = (roles: Member['roles'] = ['member']): Member => ({ id: 'm0001', name: '张建国', branchId: 'b01', branchName: '第一党支部', roles, category: 'in-service', migrant: false });

let mounts = 0;

/** The widget under a `<pb-config>` whose backend is `backend` (with `me`), and the config around it. */
export async function mount(backend: Partial<Backend>, widget: (base: string) => TemplateResult = () => html`<pb-course-requests></pb-course-requests>`, locale = 'zh-CN') {
  const apiBase = `/requests-test/${Date.now()}-${++mounts}`;
  const full: Partial<Backend> = { me: async () => member(), ...backend };
  const config = await fixture<HTMLElement>(html`<pb-config api-base=${apiBase} locale=${locale} .backend=${full} .retry=${{ retries: 0 }}>${widget(apiBase)}</pb-config>`);
  const element = config.querySelector<PbCourseRequests>('pb-course-requests')!;
  return { config, element, apiBase };
}

/** The row of the request titled `title` (its `[part~="request"]`). */
export function row(element: Element, title: string): HTMLElement {
  const found = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="request"]')].find((r) => r.querySelector('[part~="title"]')?.textContent?.trim() === title);
  if (!found) throw new Error(`no row titled ${title}`);
  return found;
}

/** Rows' titles in order. */
export const titles = (element: Element) => [...element.shadowRoot!.querySelectorAll('[part~="request"] [part~="title"]')].map((t) => t.textContent!.trim());

/** Sets a form control's value as a member does (typing or choosing), so its listeners run. */
export function setValue(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
}
