/**
 * A scriptable in-page backend for `<pb-questionnaire>` tests: it stores drafts and
 * submissions like the reference server (one submission per member, idempotency keys
 * replayed), can go "offline", and records every call. Each backend is a new member, so
 * drafts kept in IndexedDB never leak from one test into another.
 */
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../../../test/browser/support/wait.js';
import type { Backend } from '../../../api/backend.js';
import { NetworkError, ProblemError } from '../../../api/errors.js';
import type { Draft, Questionnaire, Submission, SubmissionRequest } from '../../../api/types.js';
import '../../../define/pb-config.js';
import '../../../define/pb-questionnaire.js';
// The element loads the rest of itself on first use; the dev server compiles that chunk
// on request, which on a busy machine can outlast the first test's wait. Load it up front.
import '../internal/questionnaire.lazy.js';
import type { PbQuestionnaire } from '../pb-questionnaire.js';

export interface Call {
  operation: string;
  args: unknown[];
  key?: string | undefined;
}

export interface FakeOptions {
  result?: Submission['result'];
  timeLimitMs?: number;
  /** Answers the server refuses with 422, by question id. */
  refuse?: Record<string, string>;
  draft?: Draft | null;
  /** A backend written before running attempts were in the contract: no `mine.attempt`, no `serverTime`. */
  legacy?: boolean;
  /** How far the server's clock is ahead of this device's. */
  serverAheadMs?: number;
  /** An attempt started on another device `agoMs` before (86 s), `leftMs` before its deadline, with `answers` saved there ({ k1: 'a' }). */
  running?: { leftMs: number; agoMs?: number; answers?: Draft['answers'] };
}

export function fakeBackend(definition: Questionnaire, options: FakeOptions = {}) {
  const memberId = `m-${Math.random().toString(36).slice(2)}`;
  const calls: Call[] = [];
  // Like the reference server, a key belongs to the first request with it, refusals included.
  const replies = new Map<string, { body: string; reply: Submission | ProblemError }>();
  const state = {
    offline: false,
    draft: options.draft ?? (null as Draft | null),
    submissions: [] as Array<{ body: SubmissionRequest; submission: Submission }>,
    definition: structuredClone(definition),
    /** The member's open attempt (closed by a submission). */
    attempt: undefined as { id: string; startedAt: string; deadline: string | null } | undefined,
    attempts: 0,
  };
  const serverNow = () => Date.now() + (options.serverAheadMs ?? 0);
  if (options.running) {
    const { leftMs, agoMs = 86_000, answers = { k1: 'a' } } = options.running;
    const now = serverNow();
    state.attempt = { id: 'att_phone', startedAt: new Date(now - agoMs).toISOString(), deadline: new Date(now + leftMs).toISOString() };
    state.attempts = 1;
    state.draft = { answers, pageIndex: 0, attemptId: 'att_phone', updatedAt: new Date(now - 5000).toISOString() };
  }
  /** The attempt as the server answers it now (one clock reading per request, as a server has). */
  const withTime = <T extends object>(attempt: T, now = serverNow()) => (options.legacy ? attempt : { ...attempt, serverTime: new Date(now).toISOString() });
  const record = (operation: string, args: unknown[], key?: string) => {
    calls.push({ operation, args: structuredClone(args), key });
    if (state.offline) throw new NetworkError(`fake ${operation}`);
  };
  const backend: Partial<Backend> = {
    async me() {
      if (state.offline) throw new NetworkError('fake me');
      return { id: memberId, name: '李明', branchId: 'b01', branchName: '第一党支部', roles: ['member'], category: 'in-service', migrant: false };
    },
    async getQuestionnaire(id) {
      record('getQuestionnaire', [id]);
      const definition = structuredClone(state.definition);
      if (state.submissions.length) definition.mine = { submitted: true, canSubmit: definition.allowRetake };
      if (!options.legacy) definition.mine.attempt = state.attempt ? withTime(state.attempt) : null;
      return definition;
    },
    async getDraft(id) {
      record('getDraft', [id]);
      return state.draft && structuredClone(state.draft);
    },
    async saveDraft(id, body, { idempotencyKey }) {
      record('saveDraft', [id, body], idempotencyKey);
      state.draft = { answers: body.answers, pageIndex: body.pageIndex, attemptId: body.attemptId ?? null, updatedAt: new Date().toISOString() };
      return structuredClone(state.draft);
    },
    async startAttempt(id, { idempotencyKey }) {
      record('startAttempt', [id], idempotencyKey);
      const now = serverNow();
      state.attempt ??= {
        id: `att_${++state.attempts}`,
        startedAt: new Date(now).toISOString(),
        deadline: new Date(now + (options.timeLimitMs ?? (state.definition.timeLimitSeconds ?? 600) * 1000)).toISOString(),
      };
      return withTime(state.attempt, now);
    },
    async submitResponse(id, body, { idempotencyKey }) {
      record('submitResponse', [id, body], idempotencyKey);
      const replay = replies.get(idempotencyKey);
      if (replay && replay.body !== JSON.stringify(body)) {
        throw new ProblemError({ status: 422, title: 'This Idempotency-Key was used for a different request', type: '/problems/idempotency-key-reused' });
      }
      if (replay?.reply instanceof ProblemError) throw replay.reply;
      if (replay) return replay.reply;
      const refuse = (error: ProblemError) => {
        replies.set(idempotencyKey, { body: JSON.stringify(body), reply: error });
        return error;
      };
      if (state.submissions.length && !state.definition.allowRetake) {
        throw refuse(new ProblemError({ status: 409, title: 'Already submitted', type: '/problems/already-submitted' }));
      }
      const refused = Object.entries(options.refuse ?? {}).filter(([q]) => q in body.answers);
      if (refused.length) {
        throw refuse(new ProblemError({ status: 422, title: 'Some answers are not valid', type: '/problems/invalid-answers', fieldErrors: refused.map(([q, detail]) => ({ pointer: `/answers/${q}`, detail })) }));
      }
      const submission: Submission = { id: `sub_${state.submissions.length + 1}`, submittedAt: new Date().toISOString(), late: false, result: options.result ?? null };
      if (body.attemptId && body.attemptId !== state.attempt?.id) {
        throw new ProblemError({ status: 422, title: 'Some answers are not valid', type: '/problems/invalid-answers', fieldErrors: [{ pointer: '/attemptId', detail: 'is not an open attempt of yours' }] });
      }
      state.submissions.push({ body, submission });
      replies.set(idempotencyKey, { body: JSON.stringify(body), reply: submission });
      state.draft = null;
      state.attempt = undefined;
      return submission;
    },
    async getMyResponses(id) {
      record('getMyResponses', [id]);
      return { items: state.submissions.map((s) => s.submission).reverse() };
    },
  };
  return { backend, calls, state, memberId, of: (operation: string) => calls.filter((c) => c.operation === operation) };
}

export type Fake = ReturnType<typeof fakeBackend>;

/** A questionnaire inside a `<pb-config>` with the fake backend, loaded. */
export async function questionnaire(fake: Fake, attrs: { locale?: string; oneAtATime?: boolean; delay?: number; id?: string } = {}) {
  const config = await fixture<HTMLElement>(html`<pb-config .backend=${fake.backend} .retry=${{ retries: 0 }} locale=${attrs.locale ?? 'zh-CN'}>
    <pb-questionnaire questionnaire-id=${attrs.id ?? fake.state.definition.id} ?one-at-a-time=${attrs.oneAtATime} autosave-delay=${attrs.delay ?? 50}></pb-questionnaire>
  </pb-config>`);
  const element = config.querySelector('pb-questionnaire')!;
  await settled(element);
  return element;
}

/** Waits until the element shows something other than the loading skeleton. */
export async function settled(element: PbQuestionnaire): Promise<void> {
  await waitUntil(() => element.shadowRoot?.querySelector('form, [part~="status"], [part~="intro"], [part~="resume"], [part~="error"], [part~="empty"]'), 'never settled');
  await element.updateComplete;
}

export const $ = <T extends Element = HTMLElement>(element: PbQuestionnaire, selector: string) => element.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(element: PbQuestionnaire, selector: string) => [...element.shadowRoot!.querySelectorAll<T>(selector)];
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The question `id` as the member sees it. */
export const question = (element: PbQuestionnaire, id: string) => $(element, `[data-question="${id}"]:not([hidden])`);

/** Clicks the choice labelled `label` in question `id` (as a member taps it). */
export async function choose(element: PbQuestionnaire, id: string, label: string): Promise<void> {
  const labels = [...question(element, id)!.querySelectorAll('label')];
  // A rating's box shows its number; its accessible name says more ("4 分（满分 5 分）").
  const option = labels.find((l) => text(l) === label) ?? labels.find((l) => l.querySelector('input')?.value === label);
  if (!option) throw new Error(`no option "${label}" in ${id}: ${text(question(element, id))}`);
  option.querySelector('input')!.click();
  await element.updateComplete;
}

/** Types into the text field of question `id`, firing input events like a keyboard. */
export async function type(element: PbQuestionnaire, id: string, value: string): Promise<void> {
  const input = question(element, id)!.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

/** Presses Next or Submit. */
export async function next(element: PbQuestionnaire): Promise<void> {
  $(element, '[part~="next"], [part~="submit"]')!.click();
  await element.updateComplete;
}

export function shadowFocus(element: PbQuestionnaire): Element | null {
  return element.shadowRoot!.activeElement;
}
