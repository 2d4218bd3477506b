/**
 * Support for the tests of lessons saved on the device: the files cache as the member's
 * browser holds it, a file whose download the test feeds chunk by chunk, and saving a
 * lesson the way a member does.
 */
import { clear, createStore } from 'idb-keyval';
import type { PbCoursePlayer } from '../../education/pb-course-player/pb-course-player.js';
import { FILES_CACHE } from '../../education/pb-course-player/internal/saved-courses.js';
import { $, until } from './helpers.js';

/** The URLs of the files saved on this device. */
export async function savedFiles(): Promise<string[]> {
  const cache = await caches.open(FILES_CACHE);
  return (await cache.keys()).map((request) => new URL(request.url).pathname);
}

/** Forgets every lesson saved on this device: the files, and every member's records (which keep files they use). */
export async function forgetSaved(): Promise<void> {
  await caches.delete(FILES_CACHE);
  await clear(createStore('pb-saved-lessons', 'records'));
}

/**
 * The download of the file whose path ends with `suffix` (GET only: its size is still
 * asked of the server) answers with a body the test feeds: `push` sends the next bytes,
 * `end` finishes it, `fail` drops the connection.
 */
export function feedDownload(suffix: string) {
  const real = window.fetch;
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let started = false;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.endsWith(suffix) || (init?.method ?? 'GET') !== 'GET') return real(input, init);
    started = true;
    return Promise.resolve(new Response(body, { headers: { 'content-type': 'video/mp4' } }));
  };
  return {
    get started() {
      return started;
    },
    push: (bytes: Uint8Array) => controller.enqueue(bytes),
    end: () => controller.close(),
    fail: () => controller.error(new TypeError('network error')),
    restore: () => void (window.fetch = real),
  };
}

/** The control under the lesson (save, its steps, the saved mark). */
export const control = (player: PbCoursePlayer) => $(player, '[part~="offline"]');
export const controlText = (player: PbCoursePlayer) => control(player)?.innerText.replace(/\s+/g, ' ').trim() ?? '';

/**
 * A click on a button of the control. Not at coordinates: an article's text or a PDF page
 * arriving moves the control down at any moment (the keyboard test presses the keys).
 */
export async function click(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  (element as HTMLElement).click();
}

/** Saves the open lesson as a member does: Save for offline, then Save once the size shows. */
export async function saveLesson(player: PbCoursePlayer): Promise<void> {
  await confirmSave(player);
  await until(() => control(player)?.classList.contains('saved'), `the lesson was not saved: ${controlText(player)}`, 15_000);
}

/** Save for offline, then Save once the size shows; does not wait for the outcome. */
export async function confirmSave(player: PbCoursePlayer): Promise<void> {
  await until(() => $(player, '[part="save"]'), 'no Save for offline');
  await click($(player, '[part="save"]')!);
  await until(() => control(player)?.querySelector('.primary'), `the size was not shown with a Save button: ${controlText(player)}`);
  await click(control(player)!.querySelector('.primary')!);
}
