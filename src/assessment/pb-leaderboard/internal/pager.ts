import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbort } from '../../../api/errors.js';
import type { RankList } from './rank-list.js';
import type { RankPage } from './shapes.js';

/** Lets the browser paint and handle input between pages (no 4 ms timer clamp). */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Fetches the pages after the first, with the cursor, as far as the member has scrolled.
 * Cursors are opaque, so pages come one after another; between pages the browser gets a
 * turn, so a member dragging to the end of 100,000 entries never freezes the page.
 * A failed page stops the run and keeps its error for the element to show with a retry.
 *
 * @example
 * pager = new CursorPager(this, (cursor, signal) => fetchPage(cursor, signal));
 * pager.reset(list); pager.want(lastVisibleRow + 50);
 */
export class CursorPager implements ReactiveController {
  list?: RankList;
  /** The error of the last page asked for, until a retry. */
  error: unknown;
  private wanted = -1;
  private running?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fetchPage: (cursor: string, signal: AbortSignal) => Promise<RankPage>,
    /** Whether rows `from…to` are on screen (only then does a page need a render). */
    private readonly inView: (from: number, to: number) => boolean = () => true,
  ) {
    host.addController(this);
  }

  /** Whether a page is being fetched. */
  get busy(): boolean {
    return !!this.running;
  }

  /** Starts over with a new first page (new metric, period, or a refresh). */
  reset(list: RankList): void {
    this.stop();
    this.list = list;
    this.error = undefined;
    this.wanted = -1;
  }

  /** Makes sure rows up to `index` get loaded. */
  want(index: number): void {
    this.wanted = Math.max(this.wanted, index);
    if (!this.running && this.error === undefined) void this.run();
  }

  /** Tries the failed page again. */
  retry(): void {
    this.error = undefined;
    this.host.requestUpdate();
    void this.run();
  }

  private async run(): Promise<void> {
    const list = this.list;
    if (!list) return;
    const controller = (this.running = new AbortController());
    try {
      while (!list.complete && list.entries.length <= this.wanted && this.list === list) {
        const from = list.entries.length;
        const page = await this.fetchPage(list.nextCursor!, controller.signal);
        if (controller.signal.aborted) return;
        const added = list.append(page);
        if (list.complete || this.inView(from, from + added)) this.host.requestUpdate();
        await nextTask();
      }
    } catch (error) {
      if (!controller.signal.aborted && !isAbort(error)) {
        this.error = error;
        this.host.requestUpdate();
      }
    } finally {
      if (this.running === controller) this.running = undefined;
    }
  }

  private stop(): void {
    this.running?.abort();
    this.running = undefined;
  }

  hostConnected(): void {
    if (this.list && this.wanted >= this.list.entries.length) this.want(this.wanted);
  }

  hostDisconnected(): void {
    this.stop();
  }
}
