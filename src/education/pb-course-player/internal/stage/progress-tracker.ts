import type { ReactiveController } from 'lit';
import { expectAnswers } from '../../../../api/answers.js';
import { randomId } from '../../../../api/keys.js';
import type { HeartbeatBatch, Lesson, ProgressReceipt } from '../../../../api/types.js';
import type { OutboxController } from '../../../../outbox/outbox-controller.js';
import { openLocalStore } from '../../../../storage/local-store.js';
import type { Interval } from '../../../../contract/rules/intervals.js';
import { ms, PlayRecorder } from '../intervals.js';
import { enoughInView, ReadingClock } from '../reading-clock.js';
import type { PlayerHost } from '../player-host.js';
import type { ResumeRecord } from '../resume.js';
import { heartbeatMs, studyStep, worthSending, type StudyRequest, type StudyState } from './study-machine.js';
import { reportProgress } from '../../../../contract/shapes/ProgressReceipt.gen.js';

// The outbox's answers to these reports are checked by the port before the callbacks see them.
expectAnswers({ reportProgress });

/** The lesson a session reports on. */
export interface TrackedLesson {
  courseId: string;
  lessonId: string;
  kind: Lesson['kind'];
  /** `policy.heartbeatSeconds`: batches go at most this often while studying. */
  heartbeatSeconds: number;
  /** The lesson's length as the course gives it; a longer file's extra time is not reported. */
  durationSeconds: number | null;
  /**
   * A session the server already heard of, to continue rather than open a new one: a
   * lesson saved on the device opened its session while online, so what is studied
   * offline is credited in full when it arrives. `next()` gives each batch's seq.
   */
  session?: { id: string; next(): number } | undefined;
}

export interface TrackerCallbacks {
  /** The server confirmed a batch: what it credited and the progress after it. */
  receipt(receipt: ProgressReceipt, lesson: TrackedLesson): void;
  /** The server refused a batch for good (403 lesson locked, 422 impossible report). */
  refused(error: unknown, lesson: TrackedLesson): void;
}

/** A member who has not touched the page for this long is not counted as reading. */
const IDLE_MS = 120_000;
/** How often the observer reports how much of a reading lesson is on screen (every 5 %). */
const IN_VIEW_STEPS = Array.from({ length: 21 }, (_, i) => i / 20);

const resumeStore = () => openLocalStore<ResumeRecord>('resume');

/** The key of a lesson's resume record on this device. */
export function resumeKey(host: Pick<PlayerHost, 'settings'>, courseId: string, lessonId: string): string {
  return `${host.settings.apiBase ?? 'custom'}|${courseId}|${lessonId}`;
}

/** This device's record of a lesson, or undefined (none, or storage unavailable). */
export function readResume(host: Pick<PlayerHost, 'settings'>, courseId: string, lessonId: string): Promise<ResumeRecord | undefined> {
  return resumeStore()
    .get(resumeKey(host, courseId, lessonId))
    .catch(() => undefined);
}

/**
 * Study-time tracking for the open lesson, as the server's credit rule expects it: one
 * session per lesson opened, batches with an increasing `seq`, the media intervals
 * actually played (not just the position) or the seconds a reading lesson was shown,
 * on screen in a visible page, and the member active (`ReadingClock`). A batch goes at
 * most every `heartbeatSeconds` while studying, and at once on pause, end, a hidden tab
 * and `pagehide`; each goes through the outbox with its own idempotency key, so it
 * survives being offline and reloads and is never credited twice. Credit shown to the
 * member comes from the server's receipts.
 *
 * @example
 * tracker.open(lesson, { media: video, furthest: 42 });   // or { reading: articleElement, shown: () => pdf.shown }
 * tracker.furthest;  // how far the member may seek under `allowSeek: "watched"`
 */
export class ProgressTracker implements ReactiveController {
  /** Counting reading time right now (shown, in view, page visible, member active). */
  reading = false;

  private lesson: TrackedLesson | undefined;
  private sessionId = '';
  private seq = 0;
  /** The session as the study machine keeps it: opened, when the last batch went. */
  private study: StudyState = { opened: false, lastSent: 0 };
  private recorder = new PlayRecorder();
  private media: HTMLMediaElement | undefined;
  private readingArea: Element | undefined;
  private shown: (() => boolean) | undefined;
  private inView = false;
  private clock = new ReadingClock();
  private lastInput = 0;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private stop: AbortController | undefined;
  private observer: IntersectionObserver | undefined;

  constructor(
    private readonly host: PlayerHost,
    private readonly outbox: OutboxController,
    private readonly callbacks: TrackerCallbacks,
  ) {
    host.addController(this);
  }

  /** The furthest point played (or confirmed by the server) in this lesson. */
  get furthest(): number {
    return this.recorder.furthest;
  }

  /** The server confirmed more than this page saw (another device): the member may seek that far. */
  raiseFurthest(seconds: number): void {
    this.recorder.furthest = Math.max(this.recorder.furthest, seconds);
  }

  hostDisconnected(): void {
    this.close();
  }

  /** A render may have shown or hidden what is read (a document loaded, or failed): checked once it is done. */
  hostUpdated(): void {
    queueMicrotask(() => this.checkReading());
  }

  /**
   * Starts tracking a lesson; a media lesson passes its element, a reading lesson the
   * element read and, when it can be there without its content (a document loading or
   * failed), `shown` to say when the content is there.
   */
  open(lesson: TrackedLesson, source: { media?: HTMLMediaElement; reading?: Element; shown?: () => boolean; furthest?: number }): void {
    this.close();
    this.lesson = lesson;
    this.sessionId = lesson.session?.id ?? randomId();
    this.seq = 0;
    this.study = { opened: !!lesson.session, lastSent: this.study.lastSent };
    this.clock = new ReadingClock();
    this.recorder = new PlayRecorder(source.furthest ?? 0);
    this.stop = new AbortController();
    const on = (target: EventTarget, type: string, listener: (event: Event) => void, capture = false) =>
      target.addEventListener(type, listener, { signal: this.stop!.signal, passive: true, capture });
    on(document, 'visibilitychange', () => {
      this.checkReading();
      if (document.visibilityState === 'hidden') this.step({ type: 'leave' });
    });
    on(window, 'pagehide', () => this.step({ type: 'leave' }));

    const media = (this.media = source.media);
    if (media) {
      const observe = () => !media.paused && !media.seeking && this.recorder.observe(media.currentTime, performance.now(), media.playbackRate);
      on(media, 'playing', () => {
        this.begin();
        this.recorder.cut();
        observe();
      });
      on(media, 'timeupdate', observe);
      on(media, 'seeking', () => this.recorder.cut());
      on(media, 'pause', () => {
        observe();
        this.recorder.cut();
        this.step({ type: 'pause', pending: this.recorder.pendingSeconds });
      });
      on(media, 'ended', () => {
        this.recorder.observe(media.currentTime, performance.now(), media.playbackRate);
        this.recorder.cut();
        this.step({ type: 'ended' });
      });
    }

    this.readingArea = source.reading;
    this.shown = source.shown;
    if (source.reading) {
      this.lastInput = performance.now();
      const touched = () => {
        this.lastInput = performance.now();
        this.checkReading();
      };
      for (const type of ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll', 'focusin']) on(document, type, touched, true);
      this.inView = false;
      this.observer = new IntersectionObserver(
        (entries) => {
          // The latest entry says where it is now; earlier ones in the batch are past.
          const entry = entries[entries.length - 1]!;
          this.inView = enoughInView(entry.intersectionRect.height, entry.boundingClientRect.height, entry.rootBounds?.height ?? window.innerHeight);
          this.checkReading();
        },
        { threshold: IN_VIEW_STEPS },
      );
      this.observer.observe(source.reading);
      this.begin();
    }
    this.ticker = setInterval(() => this.tick(), 1000);
  }

  /** Sends what is left and ends the session (the member leaves the lesson). */
  close(): void {
    if (this.lesson) this.flush();
    this.stop?.abort();
    this.observer?.disconnect();
    clearInterval(this.ticker);
    this.lesson = this.media = this.readingArea = this.observer = this.shown = undefined;
    this.reading = false;
  }

  /** The first batch opens the session: the server's wall clock for it starts there. */
  private begin(): void {
    if (this.lesson) this.step({ type: 'begin' });
  }

  /** Gives the study machine a request and carries out what it says. */
  private step(request: StudyRequest): void {
    if (!this.lesson) return;
    const [study, effects] = studyStep(this.study, request, heartbeatMs(this.lesson.heartbeatSeconds));
    this.study = study;
    for (const effect of effects) {
      if (effect === 'remember') this.saveResume();
      else this.send(effect === 'ended', effect === 'open');
    }
  }

  /**
   * Starts or stops the reading clock when a condition changed: the content shown, enough
   * of it on screen, the page visible, the member active. Idle time stops the clock when
   * the member went idle, not when a tick noticed.
   */
  private checkReading(): void {
    if (!this.readingArea || !this.lesson) return;
    const now = performance.now();
    const idleFrom = this.lastInput + IDLE_MS;
    const reading = document.visibilityState === 'visible' && this.inView && now < idleFrom && (this.shown?.() ?? true);
    this.clock.set(reading ? now : Math.min(now, idleFrom), reading);
    if (reading !== this.reading) {
      this.reading = reading;
      this.host.requestUpdate();
    }
  }

  private tick(): void {
    this.checkReading();
    this.step({ type: 'tick', now: performance.now(), studying: this.reading || (!!this.media && !this.media.paused), stretches: this.recorder.pendingCount() });
  }

  /** Sends what was studied since the last batch, if anything. */
  flush(ended = false): void {
    this.send(ended, false);
  }

  private send(ended: boolean, opening: boolean): void {
    const lesson = this.lesson;
    if (!lesson || (!this.study.opened && !opening)) return;
    // The server refuses an interval that starts past the lesson's end (a file longer than the course says).
    const end = lesson.durationSeconds ?? Infinity;
    const intervals = this.recorder
      .take()
      .filter(([start]) => start < end)
      .map(([start, stop]) => [start, Math.min(stop, end)] as Interval);
    const activeSeconds = ms(Math.min(this.clock.take(performance.now()), 3600));
    if (!worthSending(opening, ended, intervals.length, activeSeconds)) return;
    this.study = studyStep(this.study, { type: 'sent', now: performance.now() }, 0)[0];
    const batch: HeartbeatBatch = {
      sessionId: this.sessionId,
      seq: lesson.session ? lesson.session.next() : this.seq++,
      position: ms(Math.max(0, this.media?.currentTime ?? 0)),
      intervals,
      activeSeconds,
      ended,
    };
    this.saveResume();
    this.outbox
      .enqueue('reportProgress', [lesson.courseId, lesson.lessonId, batch])
      .then((receipt) => this.callbacks.receipt(receipt, lesson))
      // Nothing may reach the host page as an unhandled rejection.
      .catch((error: unknown) => this.callbacks.refused(error, lesson));
  }

  /** Remembers the position on this device, for a reload before the server heard of it. */
  private saveResume(): void {
    const lesson = this.lesson;
    if (!lesson || !this.media) return;
    const record: ResumeRecord = { position: ms(this.media.currentTime), furthest: ms(this.recorder.furthest), at: Date.now() };
    void resumeStore()
      .set(resumeKey(this.host, lesson.courseId, lesson.lessonId), record)
      .catch(() => undefined);
  }
}
