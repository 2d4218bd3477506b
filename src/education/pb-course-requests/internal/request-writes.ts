import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WriteOperation } from '../../../api/backend.js';
import { ProblemError } from '../../../api/errors.js';
import { randomId } from '../../../api/keys.js';
import type { CourseRequest, CourseRequestCreate } from '../../../api/types.js';
import type { ArgsOf, EnqueueOptions, ResultOf } from '../../../outbox/outbox.js';
import type { Emitter } from '../events.js';
import { unseen, type Overlays } from './request-list.js';
import { chinaDay } from './request-status.js';

/** What the writes need besides a host to render: the member's outbox, the element's events, and a fresh list. */
export interface WritesPorts extends Emitter {
  enqueue<K extends WriteOperation>(operation: K, args: ArgsOf<K>, options?: EnqueueOptions): Promise<ResultOf<K>>;
  /** The list is out of date (a request moved on meanwhile): load it again. */
  stale(): void;
}

/**
 * Every write of `<pb-course-requests>`, through the member's outbox: stored before it is
 * sent, sent once with its own idempotency key, replayed after a reload or when the
 * connection is back. What waits is shown at once (`overlays`); what the backend answered
 * replaces its row; a refusal is kept per request for the row to say.
 *
 * A voice is a state (`{voiced}`), so only the latest one per request needs to go: a
 * member who taps twice offline sends one write, and a replay changes nothing.
 *
 * @example
 * private writes = new RequestWrites(this, { enqueue: (...a) => this.outbox.enqueue(...a), emit: (n, d) => emit(this, n, d) });
 * this.writes.voice(request, true);
 * showRequests(items, this.writes.overlays, filter);
 */
export class RequestWrites implements ReactiveController {
  private readonly voices = new Map<string, boolean>();
  /** The latest voice write per request: an older one's answer is not the state to show. */
  private readonly voiceTokens = new Map<string, object>();
  private readonly answered = new Map<string, CourseRequest>();
  private created: CourseRequest[] = [];
  private asking: Overlays['asking'] = [];
  private readonly answering = new Set<string>();
  private readonly marked = new Set<string>();
  /** Why the backend refused a write about a request, by its id. */
  readonly refusals = new Map<string, unknown>();
  /** Writes of this page not yet confirmed. */
  outstanding = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly ports: WritesPorts,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get overlays(): Overlays {
    return { voices: this.voices, answered: this.answered, created: this.created, asking: this.asking, answering: this.answering };
  }

  /** The server's list came again: its rows are the truth now; what still waits stays laid over them. */
  fresh(): void {
    this.answered.clear();
    this.created = [];
  }

  /** Counts a write of this page while it waits. Whoever awaits it changes what shows and calls `done()`. */
  private track<T>(write: Promise<T>): Promise<T> {
    this.outstanding++;
    this.host.requestUpdate();
    return write.finally(() => this.outstanding--);
  }

  /** The outcome of a write is laid over the list: render it. */
  private done(): void {
    this.host.requestUpdate();
  }

  /** A refusal is kept for its row; a conflict (the request moved on meanwhile) also loads the list again, so the row shows where it is now. */
  private refused(id: string, error: unknown): void {
    this.refusals.set(id, error);
    if (error instanceof ProblemError && error.status === 409) this.ports.stale();
  }

  /** Adds (`true`) or withdraws the member's voice. */
  voice(request: CourseRequest, voiced: boolean): void {
    const id = request.id;
    const token = {};
    this.voices.set(id, voiced);
    this.voiceTokens.set(id, token);
    this.refusals.delete(id);
    this.track(this.ports.enqueue('setCourseRequestVoice', [id, { voiced }], { coalesce: `request-voice|${id}` })).then(
      (result) => {
        if (this.voiceTokens.get(id) !== token) return;
        this.settleVoice(id);
        this.answered.set(id, result);
        this.done();
        this.ports.emit('pb-request-voice', { requestId: id, voiced: result.mine.voiced, request: result });
      },
      (error: unknown) => {
        if (this.voiceTokens.get(id) !== token) return;
        this.settleVoice(id);
        this.refused(id, error);
        this.done();
      },
    );
  }

  private settleVoice(id: string): void {
    this.voices.delete(id);
    this.voiceTokens.delete(id);
  }

  /**
   * Asks for a course: shown first at once, as waiting, then as the backend answers.
   * Rejects with the backend's refusal (the form opens again with it).
   */
  async ask(draft: CourseRequestCreate): Promise<CourseRequest> {
    const key = randomId();
    this.asking = [{ key, draft, day: chinaDay() }, ...this.asking];
    try {
      const request = await this.track(this.ports.enqueue('createCourseRequest', [draft], { key }));
      this.created = [request, ...this.created];
      this.ports.emit('pb-request-create', { request });
      return request;
    } finally {
      this.asking = this.asking.filter((a) => a.key !== key);
      this.done();
    }
  }

  /**
   * Another change of one request (the secretary's answer): its row shows it waiting, the
   * backend's answer replaces the row, a refusal is kept for the row and rejects.
   */
  async change(id: string, write: () => Promise<CourseRequest>): Promise<CourseRequest> {
    this.answering.add(id);
    this.refusals.delete(id);
    try {
      const result = await this.track(write());
      this.answered.set(id, result);
      return result;
    } catch (error) {
      this.refused(id, error);
      throw error;
    } finally {
      this.answering.delete(id);
      this.done();
    }
  }

  /** Marks the changes the member has seen among `shown` (each revision once); the backend keeps a newer change unread. */
  markSeen(shown: readonly CourseRequest[]): void {
    const seen = unseen(shown, this.marked).slice(0, 100);
    if (!seen.length) return;
    for (const s of seen) this.marked.add(`${s.id}@${s.revision}`);
    this.track(this.ports.enqueue('markCourseRequestsSeen', [{ seen }])).then(
      ({ unread }) => {
        this.done();
        this.ports.emit('pb-request-seen', { seen, unread });
      },
      // Refused for good (the request went away): nothing to show the member.
      () => this.done(),
    );
  }
}
