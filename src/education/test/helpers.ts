import { fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../../test/browser/support/wait.js';
import { sendMouse } from '@web/test-runner-commands';
import type { Backend } from '../../api/backend.js';
import '../../define/pb-config.js';
import '../../define/pb-course-player.js';
import type { PbCoursePlayer } from '../../education/pb-course-player/pb-course-player.js';

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

/** A player over a page backend, once its lesson stage is ready. */
export async function mountPlayer(
  study: { backend: Partial<Backend>; courseId: string },
  attrs: { lessonId?: string; locale?: string; audioOnly?: boolean; wait?: boolean } = {},
): Promise<PbCoursePlayer> {
  const wrapper = await fixture<HTMLElement>(html`<pb-config .backend=${study.backend} .retry=${{ retries: 0 }} locale=${attrs.locale ?? 'zh-CN'}>
    <pb-course-player course-id=${study.courseId} lesson-id=${attrs.lessonId ?? ''} ?audio-only=${attrs.audioOnly}></pb-course-player>
  </pb-config>`);
  const player = wrapper.querySelector('pb-course-player')!;
  if (attrs.wait === false) return player;
  await waitUntil(() => $(player, '.stage video, .stage .reading-area, .stage .problem'), 'the lesson stage did not render');
  return player;
}

/** The open media element, once the stage attached its source. */
export async function mediaOf(player: PbCoursePlayer): Promise<HTMLVideoElement> {
  await waitUntil(() => $(player, 'video')?.getAttribute('preload') !== null && ($(player, 'video') as HTMLVideoElement).src, 'no media source');
  return $<HTMLVideoElement>(player, 'video')!;
}

/** A real click at the middle (or `x` fraction across) of an element: a user gesture, as the member's. */
export async function realClick(element: Element, x = 0.5, type: 'click' | 'dblclick' = 'click'): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  const position: [number, number] = [Math.round(box.left + box.width * x), Math.round(box.top + box.height / 2)];
  await sendMouse({ type: 'click', position });
  if (type === 'dblclick') await sendMouse({ type: 'click', position });
}

/** Presses play as a member would and waits until the media plays. */
export async function play(player: PbCoursePlayer): Promise<HTMLVideoElement> {
  const media = await mediaOf(player);
  await realClick($(player, '[part="play"]')!);
  await waitUntil(() => !media.paused && media.currentTime > 0, 'the media did not start playing', { timeout: 8000 });
  return media;
}

export const until = (predicate: () => unknown, message: string, timeout = 8000) => waitUntil(predicate, message, { timeout, interval: 50 });
