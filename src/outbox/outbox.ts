import type { Backend, WriteOperation, WriteOptions } from '../api/backend.js';
import { PbError, ProblemError, StorageError, isAbort } from '../api/errors.js';
import { randomId } from '../api/keys.js';
import { backoffDelay } from '../api/retry.js';
import type { LocalStore } from '../storage/local-store.js';

/** A write method's arguments without its trailing options. */
export type ArgsOf<K extends WriteOperation> = Parameters<Backend[K]> extends [...infer A, WriteOptions] ? A : never;
export type ResultOf<K extends WriteOperation> = Awaited<ReturnType<Backend[K]>>;

/** One write waiting to reach the backend: an operation, not a raw HTTP request. */
export interface QueuedWrite {
  /** Also the `Idempotency-Key`: the same on every attempt, in every page that replays it. */
  id: string;
  /** `apiBase|memberId`: whose session may send it. */
  namespace: string;
  operation: WriteOperation;
  args: unknown[];
  /** A newer write with the same coalesce key replaces this one (drafts: only the latest counts). */
  coalesce?: string | undefined;
  createdAt: number;
  attempts: number;
}

/** What widgets show about queued writes. */
export interface OutboxState {
  /** Writes not yet confirmed by the backend. */
  pending: number;
  /** The last attempt failed for want of a connection; writes will be sent when it returns. */
  offline: boolean;
  /** The backend answered 401: the member must sign in again before writes can go. */
  signedOut: boolean;
  /** Storage refused to keep the queue: writes live only as long as this page. */
  storageError: StorageError | undefined;
}

export interface EnqueueOptions {
  /** Reuse a key kept elsewhere (the questionnaire keeps its submit key with the draft). */
  key?: string | undefined;
  coalesce?: string | undefined;
}

interface Waiter {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  promise: Promise<unknown>;
}

/**
 * A durable queue of writes for one member of one backend. Each write is stored before it
 * is sent, sent in order through the `Backend` with its own idempotency key, and removed
 * only when the backend confirmed it; transient failures wait with backoff, a 401 waits for
 * the member to sign in again, and a permanent refusal (400, 403, 422…) is reported to
 * whoever queued it. Flushes in several tabs are serialised with a Web Lock.
 */
export class Outbox extends EventTarget {
  private queue: QueuedWrite[] = [];
  private waiters = new Map<string, Waiter>();
  private flushing: Promise<void> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private loaded: Promise<void>;
  private exiting = false;
  private disposed = false;
  private verifiedAt = -Infinity;
  private _state: OutboxState = { pending: 0, offline: false, signedOut: false, storageError: undefined };

  constructor(
    /** The backend writes go through; the registry keeps it current. */
    public backend: Backend,
    /** `apiBase|memberId`. */
    readonly namespace: string,
    private readonly store: LocalStore<QueuedWrite>,
    /** Asks the backend who is signed in now; writes go only while that is the namespace's member. */
    private readonly currentMember: () => Promise<string>,
  ) {
    super();
    this.loaded = this.load();
  }

  get state(): OutboxState {
    return this._state;
  }

  /** The writes waiting, oldest first: a widget shows what waits after a reload (read only). */
  get writes(): readonly QueuedWrite[] {
    return this.queue;
  }

  /** The backend's answer to a waiting write (one an earlier page queued, too); undefined when none waits with that id. */
  outcome(id: string): Promise<unknown> | undefined {
    return this.queue.some((w) => w.id === id) ? this.waiterFor(id).promise : undefined;
  }

  /** Writes already stored for this namespace (by this page or an earlier one). */
  private async load(): Promise<void> {
    try {
      const stored = (await this.store.values()).filter((write) => write.namespace === this.namespace);
      const known = new Set(this.queue.map((write) => write.id));
      this.queue = [...stored.filter((write) => !known.has(write.id)), ...this.queue].sort((a, b) => a.createdAt - b.createdAt);
    } catch (error) {
      this.update({ storageError: error as StorageError });
    }
    this.update({});
  }

  /**
   * Queues a write and resolves with the backend's answer once it is sent (while this
   * page lives; after a reload the write is still sent, and the widget reads the result
   * from the server). Queuing the same key twice queues it once: a double click submits once.
   */
  enqueue<K extends WriteOperation>(operation: K, args: ArgsOf<K>, options: EnqueueOptions = {}): Promise<ResultOf<K>> {
    const id = options.key ?? randomId();
    const existing = this.waiters.get(id);
    if (existing) return existing.promise as Promise<ResultOf<K>>;

    const write: QueuedWrite = {
      id,
      namespace: this.namespace,
      operation,
      args: args as unknown[],
      coalesce: options.coalesce,
      createdAt: Date.now(),
      attempts: 0,
    };
    const replaced = options.coalesce ? this.queue.filter((w) => w.coalesce === options.coalesce) : [];
    this.queue = [...this.queue.filter((w) => !replaced.includes(w)), write];
    const waiter = this.waiterFor(id);
    for (const old of replaced) {
      void this.store.delete(old.id).catch(() => undefined);
      this.waiters.get(old.id)?.resolve(waiter.promise);
    }
    this.update({});
    void this.store.set(id, write).then(
      () => this.update({ storageError: undefined }),
      (error: StorageError) => this.update({ storageError: error }),
    );
    if (this.exiting && !this.disposed) this.sendWithKeepalive(write);
    else queueMicrotask(() => void this.flush());
    return waiter.promise as Promise<ResultOf<K>>;
  }

  private waiterFor(id: string): Waiter {
    let waiter = this.waiters.get(id);
    if (!waiter) {
      let resolve!: Waiter['resolve'];
      let reject!: Waiter['reject'];
      const promise = new Promise<unknown>((res, rej) => ((resolve = res), (reject = rej)));
      // Nobody may be listening (the widget was removed): an unobserved rejection must
      // not reach the host page as an "unhandled rejection".
      promise.catch(() => undefined);
      waiter = { resolve, reject, promise };
      this.waiters.set(id, waiter);
    }
    return waiter;
  }

  /**
   * Sends queued writes in order until one fails for a transient reason. Safe to call at
   * any time; concurrent calls share one run.
   */
  flush(): Promise<void> {
    this.flushing ??= this.withLock(() => this.drain()).finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  private async withLock(run: () => Promise<void>): Promise<void> {
    const locks = globalThis.navigator?.locks;
    if (!locks) return run();
    await locks.request(`pb-outbox:${this.namespace}`, run);
  }

  /**
   * Confirms that the signed-in member is still the one whose writes these are. Another
   * tab may have signed in someone else; that needs this tab hidden or 30 s, so a
   * confirmation lasts until the next visibility change or 30 s.
   */
  private async sameMember(): Promise<boolean> {
    if (Date.now() - this.verifiedAt < 30_000) return true;
    const member = await this.currentMember();
    if (`${this.namespace.slice(0, this.namespace.lastIndexOf('|'))}|${member}` !== this.namespace) return false;
    this.verifiedAt = Date.now();
    return true;
  }

  /** Forget the last confirmation of who is signed in (the tab was hidden). */
  recheckMember(): void {
    this.verifiedAt = -Infinity;
  }

  private async drain(): Promise<void> {
    await this.loaded;
    clearTimeout(this.retryTimer);
    if (!this.queue.length || this.disposed) return;
    try {
      if (!(await this.sameMember())) return this.update({ signedOut: true });
    } catch (error) {
      this.failed(error);
      return;
    }
    while (this.queue.length) {
      const write = this.queue[0]!;
      try {
        const result = await this.send(write, false);
        this.failures = 0;
        this.finish(write)?.resolve(result);
        this.update({ offline: false, signedOut: false });
        this.dispatchEvent(new CustomEvent('sent', { detail: { write, result } }));
      } catch (error) {
        if (isAbort(error)) return;
        write.attempts += 1;
        void this.store.set(write.id, write).catch(() => undefined);
        if (this.failed(error)) return;
        // The backend refused this write for good; keeping it would block every later one.
        this.finish(write)?.reject(error);
        this.dispatchEvent(new CustomEvent('rejected', { detail: { write, error } }));
      }
    }
  }

  /** Handles a failure that leaves the queue as it is; false when the write was refused for good. */
  private failed(error: unknown): boolean {
    this.recheckMember();
    if (error instanceof ProblemError && error.status === 401) {
      this.update({ signedOut: true });
      return true;
    }
    if (error instanceof PbError && error.retryable) {
      this.update({ offline: true });
      this.scheduleRetry();
      return true;
    }
    return false;
  }

  private send(write: QueuedWrite, keepalive: boolean): Promise<unknown> {
    const method = this.backend[write.operation] as (...args: unknown[]) => Promise<unknown>;
    return method.call(this.backend, ...write.args, { idempotencyKey: write.id, keepalive });
  }

  /** Removes a write that is done with; returns whoever waits for its outcome. */
  private finish(write: QueuedWrite): Waiter | undefined {
    const waiter = this.waiters.get(write.id);
    this.queue = this.queue.filter((w) => w.id !== write.id);
    this.waiters.delete(write.id);
    void this.store.delete(write.id).catch(() => undefined);
    this.update({});
    return waiter;
  }

  private scheduleRetry(): void {
    clearTimeout(this.retryTimer);
    const wait = 1000 + backoffDelay(this.failures++, { retries: Infinity, baseMs: 2000, capMs: 60_000, maxRetryAfterMs: 0 });
    this.retryTimer = setTimeout(() => void this.flush(), wait);
  }

  /**
   * The page is going away: hand every queued write to the browser with `keepalive` so it
   * can outlive the page. They stay stored; a later page replays any that did not arrive,
   * with the same keys, and the backend answers those repeats from its idempotency store.
   */
  exit(): void {
    this.exiting = true;
    for (const write of this.queue) this.sendWithKeepalive(write);
  }

  /** Stops retrying; the stored writes stay for the next page (or outbox) to send. */
  dispose(): void {
    clearTimeout(this.retryTimer);
    this.exiting = true;
    this.disposed = true;
  }

  /** The page is back (bfcache restore, tab shown again). */
  resume(): void {
    if (this.disposed) return;
    this.exiting = false;
    void this.flush();
  }

  private sendWithKeepalive(write: QueuedWrite): void {
    this.send(write, true).catch(() => undefined);
  }

  private update(change: Partial<OutboxState>): void {
    this._state = { ...this._state, ...change, pending: this.queue.length };
    this.dispatchEvent(new Event('change'));
  }
}
