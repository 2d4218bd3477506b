import type { ReactiveControllerHost } from 'lit';
import type { Backend } from '../../../api/backend.js';
import type { Course, Lesson, ProgressReceipt } from '../../../api/types.js';
import type { ResolvedSettings } from '../../../config/settings.js';
import type { PlayerState } from './player-machine.js';
import type { PlayerEvent } from './stage/study-machine.js';

/**
 * What the lesson stage and the saving code know of `<pb-course-player>`: its settings and
 * data, read-only ("state down"). They never call the element back; they ask with
 * `request()` ("requests up"), which the element handles.
 */
export interface PlayerHost extends ReactiveControllerHost {
  readonly settings: ResolvedSettings;
  readonly backend: Backend;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly audioOnly: boolean;
  readonly lessonId: string;
  /** What the element decided: the open lesson, the progress the server confirmed, the saved copy shown. */
  readonly player: PlayerState;
  /** The course and lesson open now. */
  openLesson(): { course: Course; lesson: Lesson } | undefined;
}

/** What a part, the stage or the saving code asks of the element. */
export type PlayerAsk =
  /** Open the lesson at `index` (the lesson list; the element refuses a locked one). */
  | { type: 'open'; index: number }
  /** The server confirmed a batch of a lesson's study time: take it in and fire `events`. */
  | { type: 'receipt'; lessonId: string; receipt: ProgressReceipt; events: PlayerEvent[] }
  /** The server refused a study record for good; something the stage needed failed to load. */
  | { type: 'refused' | 'failed'; error: unknown }
  /** Fire these events (the member started the open lesson). */
  | { type: 'events'; events: PlayerEvent[] }
  /** The audio-only rendition on or off. */
  | { type: 'audio-only'; on: boolean }
  /** Show the keyboard help. */
  | { type: 'help' }
  /** The course shown is the copy saved on the device (`at`), or the page is online again and should load it from the network (`reload`). */
  | { type: 'saved-copy'; at: number }
  | { type: 'reload' };

/** The event a request travels in; it stays inside the player's shadow root (not composed). */
export const PLAYER_ASK = 'player-ask';

/** Sends a request up from `from` (a part's element, or the player's shadow root) to the element. */
export function ask(from: EventTarget, detail: PlayerAsk): void {
  from.dispatchEvent(new CustomEvent(PLAYER_ASK, { bubbles: true, detail }));
}
