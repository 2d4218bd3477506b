import type { ReactiveController } from 'lit';
import type { WriteOperation } from '../api/backend.js';
import type { ResolvedSettings } from '../config/settings.js';
import type { PbElement } from '../shared/pb-element.js';
import type { ArgsOf, EnqueueOptions, Outbox, OutboxState, ResultOf } from './outbox.js';
import { outboxFor } from './registry.js';

/**
 * Connects a widget that writes to its member's outbox: `value` is the outbox state to
 * render (pending, offline, signed out, storage full), `enqueue` queues a write. Writes
 * left by an earlier page start flushing as soon as the widget connects.
 *
 * @example
 * private outbox = new OutboxController(this);
 * this.outbox.enqueue('reportProgress', [courseId, lessonId, batch]);
 * render() { return syncNote(locale, this.outbox.value); }
 */
export class OutboxController implements ReactiveController {
  /** The state to render; undefined until the outbox is known. */
  value: OutboxState | undefined;
  /** Set when the outbox could not be opened (not signed in, no api-base). */
  error: unknown;

  /** The member's outbox once open: what waits in it (`writes`, after a reload too) and a waiting write's `outcome(id)`. */
  opened: Outbox | undefined;

  private outbox: Promise<Outbox> | undefined;
  private settings: ResolvedSettings | undefined;
  private readonly onChange = (event: Event) => {
    this.value = (event.target as Outbox).state;
    this.host.requestUpdate();
  };

  constructor(private readonly host: PbElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.open();
  }

  hostUpdate(): void {
    if (this.host.settings !== this.settings) this.open();
  }

  hostDisconnected(): void {
    void this.outbox?.then((outbox) => outbox.removeEventListener('change', this.onChange), () => undefined);
    this.outbox = this.opened = undefined;
    this.settings = undefined;
  }

  private open(): void {
    if (this.host.settings.problems.length) return;
    void this.outbox?.then((outbox) => outbox.removeEventListener('change', this.onChange), () => undefined);
    this.settings = this.host.settings;
    const opening = outboxFor(this.settings);
    this.outbox = opening;
    opening.then(
      (outbox) => {
        if (this.outbox !== opening) return;
        outbox.addEventListener('change', this.onChange);
        this.opened = outbox;
        this.value = outbox.state;
        this.error = undefined;
        this.host.requestUpdate();
        void outbox.flush();
      },
      (error: unknown) => {
        this.error = error;
        this.host.requestUpdate();
      },
    );
  }

  /** `apiBase|member`: whose writes the outbox holds, once it is open; undefined when it cannot open. */
  async namespace(): Promise<string | undefined> {
    return (await this.outbox?.catch(() => undefined))?.namespace;
  }

  /** Queues a write in the member's outbox; resolves with the backend's answer once sent. */
  async enqueue<K extends WriteOperation>(operation: K, args: ArgsOf<K>, options?: EnqueueOptions): Promise<ResultOf<K>> {
    if (!this.outbox) this.open();
    if (!this.outbox) throw this.host.settings.problems[0];
    const outbox = await this.outbox;
    return outbox.enqueue(operation, args, options);
  }
}
