import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, TemplateResult } from 'lit';
import type { Backend } from '../api/backend.js';
import { ConfigError, PbError, isAbort } from '../api/errors.js';
import type { PbElement } from './pb-element.js';
import { emptyState, errorState, loadingState } from './states.js';

export interface ResourceOptions<T, A extends readonly unknown[]> {
  /** The inputs; the resource loads again whenever one of them changes. */
  args: () => A;
  /**
   * The attribute the inputs still lack (an id), if any. Until it is set the resource asks
   * nothing and stays loading: pages often set an id from their own script, once they know
   * who is signed in. Still missing a second after the page loaded (or after the element
   * was shown), it is a configuration error naming the attribute.
   */
  missing?: (args: A) => string | undefined;
  /**
   * Asks the backend. Pass `signal` on: it aborts when the element leaves the page. The
   * backend checked the answer against the contract (`expectAnswers`), so it is typed.
   */
  load: (backend: Backend, args: A, signal: AbortSignal) => Promise<T>;
  /** When the data counts as "nothing to show". */
  isEmpty?: (value: T) => boolean;
  /** Skeleton lines while loading, to hold the space of the data. */
  loadingRows?: number;
}

export interface ResourceRenderers<T> {
  complete: (value: T) => unknown;
  empty?: () => unknown;
  pending?: () => unknown;
  error?: (error: unknown) => unknown;
}

/**
 * Loads one thing from the backend for an element, on `@lit/task`: stale runs are
 * aborted, the element leaving the page aborts the request and coming back loads again,
 * wrong settings and wrong data (the backend checks every answer) become errors the
 * element shows. `render()` gives the shared loading, empty and error (with retry) states
 * unless the element brings its own.
 *
 * @example
 * private course = new Resource(this, {
 *   args: () => [this.courseId],
 *   load: (backend, [id], signal) => backend.getCourse(id, { signal }),
 * });
 * render() { return this.course.render({ complete: (course) => html`…` }); }
 */
export class Resource<T, A extends readonly unknown[]> implements ReactiveController {
  private readonly task: Task<[unknown, ...A], T>;
  private abortedByDisconnect = false;

  constructor(
    private readonly host: PbElement,
    private readonly options: ResourceOptions<T, A>,
  ) {
    // The settings object is an argument too: a new api-base or <pb-config> reloads.
    this.task = new Task<[unknown, ...A], T>(host, {
      args: () => [host.settings, ...options.args()] as [unknown, ...A],
      task: ([, ...args], { signal }) => this.run(args as unknown as A, signal),
    });
    host.addController(this);
  }

  private async run(args: A, signal: AbortSignal): Promise<T> {
    try {
      const [problem] = this.host.settings.problems;
      if (problem) throw problem;
      const missing = this.options.missing?.(args);
      if (missing) {
        // New inputs abort this wait. A hidden widget (a panel some members never see)
        // without its id is no mistake until it is shown.
        do await pageSettled(signal);
        while (this.host.checkVisibility?.() === false);
        throw new ConfigError(missing, 'is missing');
      }
      return await this.options.load(this.host.backend, args, signal);
    } catch (error) {
      if (error instanceof ConfigError) this.host.reportProblem(error);
      throw error;
    }
  }

  get value(): T | undefined {
    return this.task.value;
  }

  get status(): TaskStatus {
    return this.task.status;
  }

  get error(): unknown {
    return this.task.error;
  }

  /** Loads again with the same inputs (the retry button). */
  reload(): Promise<void> {
    return this.task.run();
  }

  /** Back online after a load failed for a passing reason: load again without waiting for Retry. */
  private readonly onOnline = () => {
    if (this.task.status === TaskStatus.ERROR && this.task.error instanceof PbError && this.task.error.retryable) void this.reload();
  };

  hostConnected(): void {
    addEventListener('online', this.onOnline);
    if (this.abortedByDisconnect) {
      this.abortedByDisconnect = false;
      void this.task.run();
    }
  }

  hostDisconnected(): void {
    removeEventListener('online', this.onOnline);
    if (this.task.status === TaskStatus.PENDING) {
      this.abortedByDisconnect = true;
      this.task.abort();
    }
  }

  /** The element's template for each state, with the shared ones as defaults. */
  render(renderers: ResourceRenderers<T>): unknown {
    const locale = this.host.settings.locale;
    const pending = renderers.pending ?? (() => loadingState(locale, this.options.loadingRows));
    return this.task.render({
      initial: pending,
      pending: () => (this.task.value !== undefined && !this.abortedByDisconnect ? renderers.complete(this.task.value) : pending()),
      complete: (value) => (this.options.isEmpty?.(value) ? (renderers.empty ?? (() => emptyState(locale)))() : renderers.complete(value)),
      error: (error) =>
        isAbort(error) ? pending() : (renderers.error ?? ((e: unknown) => errorState(this.host.settings, e, () => void this.reload())))(error),
    }) as TemplateResult;
  }
}

/**
 * Resolves a second after the page has loaded: by then a page's own script has set what it
 * sets (an id read from the address, the member's branch). Rejects when `signal` aborts.
 */
export function pageSettled(signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const wait = () => setTimeout(resolve, 1000);
    if (document.readyState === 'complete') wait();
    else addEventListener('load', wait, { once: true });
    // New inputs (perhaps come already): a promise settles once, so the timer then does nothing.
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}
