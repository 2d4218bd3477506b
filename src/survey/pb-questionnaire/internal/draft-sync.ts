import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OutboxController } from '../../../outbox/outbox-controller.js';
import { openLocalStore } from '../../../storage/local-store.js';
import type { LocalDraft } from './drafts.js';

export const draftStore = () => openLocalStore<LocalDraft>('questionnaire-drafts');

/** The questionnaire whose draft is kept (a loaded questionnaire is one). */
interface Target {
  /** The device's record (`draftKey`). */
  key: string;
  definition: { id: string };
  /** Whether drafts also go to the server (a backend is configured). */
  server: boolean;
}

/**
 * Keeps a member's answers safe: every change is written to IndexedDB at once (the latest
 * state wins when writes pile up), and the server's draft follows after a pause in
 * typing, through the outbox with one coalescing key so only the newest draft is ever
 * sent. When the page is hidden or left, a waiting draft goes at once (the outbox sends
 * it with `keepalive`).
 *
 * @example
 * private drafts = new DraftSync(this, this.outbox);
 * this.drafts.begin(loaded, loaded.draft);
 * this.drafts.change({ answers });
 */
export class DraftSync implements ReactiveController {
  /** The member's work as it stands. */
  draft: LocalDraft | undefined;
  /** When the device last stored it (local time), for the "saved" line. */
  savedAt: number | undefined;
  /** The device refused to store it (full, private mode): the element warns. */
  storageError: unknown;
  /** Milliseconds of quiet before the server's draft is updated. */
  delayMs = 2000;

  private target: Target | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private chain: Promise<void> = Promise.resolve();
  private writeQueued = false;
  private readonly onHide = () => {
    if (document.visibilityState === 'hidden') this.flush();
  };
  private readonly onPageHide = () => this.flush();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly outbox: OutboxController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onHide);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('visibilitychange', this.onHide);
    this.flush();
  }

  /** Starts keeping `draft` for a questionnaire (after a load, a retake). */
  begin(target: Target, draft: LocalDraft): void {
    this.flush();
    this.target = target;
    this.draft = draft;
    this.savedAt = undefined;
  }

  /**
   * A change by the member: stored on the device now, on the server after `delayMs`.
   * Resolves when the device has it.
   */
  change(patch: Partial<LocalDraft>): Promise<void> {
    if (!this.draft || !this.target) return Promise.resolve();
    this.draft = { ...this.draft, ...patch, updatedAt: Date.now(), dirty: this.target.server };
    if (this.target.server) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.flush(), this.delayMs);
    }
    return this.persist();
  }

  /** A change only this device keeps (the pending submission, the attempt's clock): stored now, not sent. */
  keep(patch: Partial<LocalDraft>): Promise<void> {
    if (!this.draft) return Promise.resolve();
    this.draft = { ...this.draft, ...patch };
    return this.persist();
  }

  /** Sends a waiting draft to the server now. */
  flush(): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.send();
  }

  /** Drops a waiting server draft (the answers are being submitted instead). */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Forgets the draft on this device (after the server confirmed the submission). */
  async clear(): Promise<void> {
    this.cancel();
    const target = this.target;
    this.draft = undefined;
    this.target = undefined;
    await this.chain;
    if (target) await draftStore().delete(target.key).catch(() => undefined);
  }

  private send(): void {
    const target = this.target;
    const draft = this.draft;
    if (!target?.server || !draft) return;
    const body = { answers: draft.answers, pageIndex: draft.pageIndex, attemptId: draft.attemptId };
    this.outbox.enqueue('saveDraft', [target.definition.id, body], { coalesce: `draft|${target.key}` }).then(
      (saved) => {
        if (this.target !== target || !this.draft) return;
        // Newer changes stay dirty; either way the server has now moved to `saved`.
        const current = this.draft.updatedAt === draft.updatedAt;
        void this.keep({ serverUpdatedAt: saved.updatedAt, dirty: current ? false : this.draft.dirty });
      },
      // Refused for good (submitted elsewhere, closed): the device copy stays and submit says why.
      () => undefined,
    );
  }

  /** Writes the current draft; writes asked for while one runs collapse into one. */
  private persist(): Promise<void> {
    if (!this.writeQueued) {
      this.writeQueued = true;
      this.chain = this.chain.then(async () => {
        this.writeQueued = false;
        const { target, draft } = this;
        if (!target || !draft) return;
        try {
          await draftStore().set(target.key, draft);
          this.savedAt = Date.now();
          this.storageError = undefined;
        } catch (error) {
          this.storageError = error;
        }
        this.host.requestUpdate();
      });
    }
    return this.chain;
  }
}
