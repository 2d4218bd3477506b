import type { AnswerValue } from '../../../api/types.js';

/**
 * What a part of the form asks of the element, sent up as a DOM event from where the
 * member acted (state comes down as arguments; no part holds a callback into the
 * element). The event bubbles inside the widget's shadow root and stops there: the page
 * never sees it. The view that renders the parts handles it.
 */
export type PartRequest =
  /** Say something to screen readers (a reorder, a limit reached). */
  | { type: 'announce'; text: string }
  /** After the next render, focus the first element matching one of `selectors` (focus follows a moved item). */
  | { type: 'focus'; selectors: string[] }
  | PartAsk;

/** What the parts ask the session's machine to decide; it takes these requests as they are. */
export type PartAsk =
  /** Set (or, with `undefined`, clear) an answer; `raw`: what was typed in a number field. */
  | { type: 'answer'; questionId: string; value: AnswerValue | undefined; raw?: string }
  /** Go to step `index` (Previous), focusing `question` on it, or its heading. */
  | { type: 'go'; index: number; question?: string }
  /** A timed quiz's Start. */
  | { type: 'start' }
  /** Continue on the resume panel; `submit`: time is up there, and the answers saved go as they stand (as the form's do at zero). */
  | { type: 'continue'; submit?: boolean }
  /** Answer again (quizzes that allow retakes). */
  | { type: 'retake' };

export const partRequest = 'questionnaire-request';

/** Sends `request` up from the element the member used (`event.target` of their input). */
export function sendUp(from: EventTarget | null, request: PartRequest): void {
  from?.dispatchEvent(new CustomEvent<PartRequest>(partRequest, { detail: request, bubbles: true }));
}

/** The handler of a control that sends `request` up when used (`@click=${up({ type: 'start' })}`). */
export const up = (request: PartRequest) => (event: Event) => sendUp(event.target, request);

/** Sends up the member's answer to `questionId` from the control they used. */
export function answer(from: EventTarget | null, questionId: string, value: AnswerValue | undefined, raw?: string): void {
  sendUp(from, { type: 'answer', questionId, value, raw });
}
