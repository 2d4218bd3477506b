import { ProblemError } from '../../../api/errors.js';
import type { Answers, Submission, SubmissionRequest } from '../../../api/types.js';
import type { QuestionnaireChangeDetail, QuestionnaireSubmitDetail, QuestionnaireSubmittedDetail } from '../events.js';
import { answerOf, isAnswered } from '../../../contract/rules/conditions.js';
import { pruneAnswers, questionStates, type QuestionStates } from '../../../contract/rules/visibility.js';
import { newDraft, type LocalDraft } from './drafts.js';
import type { Loaded } from './loaded.js';
import { buildSteps, locateStep, type Step } from './navigation.js';
import type { PartAsk } from './requests.js';
import type { QuestionDef } from './shapes.js';
import { parseNumber, questionProblem, type Problem } from './validation.js';

/**
 * The questionnaire's decisions, without DOM, Lit, timers or a clock: a state and a
 * request give the next state and the effects to carry out (store the draft, send, start
 * the timer, fire an event, move focus). The session controller carries them out and
 * sends what comes back (a send's answer, a stored draft) in as the next request; the
 * time and the random keys a request needs come in with it.
 */

/** What the widget shows instead of, or as, the questions. */
export type Phase =
  | { kind: 'not-open' }
  | { kind: 'closed' }
  /** Open, but not for this member (the backend says they may not submit). */
  | { kind: 'not-allowed' }
  | { kind: 'submitted'; latest: Submission | undefined; message?: 'already' }
  | { kind: 'intro'; starting: boolean; error: unknown }
  /** A timed attempt found running (started on this device or another): time left and Continue, or that time is up. */
  | { kind: 'resume'; elsewhere: boolean }
  | { kind: 'answering' }
  | { kind: 'sending'; auto: boolean }
  | { kind: 'done'; submission: Submission | null; answers: Answers; afterWaiting: boolean };

export interface State {
  loaded: Loaded | undefined;
  phase: Phase;
  /** The member started or submitted on this page: focus follows each new phase from then on. */
  acted: boolean;
  /** Questions whose problems are shown: the member tried to go past them. */
  checked: ReadonlySet<string>;
  /** The server's objections to answers (422) by question, until the answer changes. */
  objections: Readonly<Record<string, string>>;
  /** Text typed in number fields that is not a number yet. */
  raws: Readonly<Record<string, string>>;
  /** Why the last submission failed, shown above the buttons. */
  submitError: unknown;
  /** The submission had to wait (offline, signed out): its confirmation says so. */
  waited: boolean;
}

export const initial: State = { loaded: undefined, phase: { kind: 'answering' }, acted: false, checked: new Set(), objections: {}, raws: {}, submitError: undefined, waited: false };

/** What the member, the page or a finished effect asks of the questionnaire. */
export type Request =
  /** A questionnaire loaded (again: the page switched language or theme). */
  | { type: 'load'; loaded: Loaded }
  /** An answer, Previous, Start, Continue, Retake: what the parts send up (`requests.ts`). */
  | PartAsk
  | { type: 'next' }
  | { type: 'started'; patch: Partial<LocalDraft>; resumed?: boolean }
  | { type: 'start-failed'; error: unknown }
  | { type: 'submit'; auto: boolean }
  | { type: 'send'; request: SubmissionRequest; key: string; auto: boolean }
  /** Sent (or, without a backend, submitted); `cleared`: the device's draft is gone. */
  | { type: 'sent'; submission: Submission | null; answers: Answers; cleared?: boolean }
  | { type: 'send-failed'; error: unknown; auto: boolean }
  | { type: 'shown'; error?: unknown; auto: boolean; objected?: boolean }
  | { type: 'outbox'; waiting: boolean }
  | { type: 'latest'; loaded: Loaded; submission: Submission | undefined }
  | { type: 'ready'; resumed?: boolean };

/** Where focus goes after the next render. */
export type FocusTarget = 'phase' | 'step' | { question: string };

/** What the controller carries out, in order. A draft write with `then` is awaited, then `then` is sent in. */
export type Effect =
  /** Keep `draft` for the questionnaire loaded (on this device, and on the server when it has one). */
  | { type: 'draft'; op: 'begin'; draft: LocalDraft }
  | { type: 'draft'; op: 'change' | 'keep'; patch: Partial<LocalDraft>; then?: Request }
  | { type: 'draft'; op: 'clear'; then?: Request }
  | { type: 'draft'; op: 'cancel' }
  | { type: 'send'; request: SubmissionRequest; key: string; auto: boolean }
  | { type: 'start-attempt' }
  | { type: 'fetch-latest' }
  | { type: 'timer'; deadline?: string; skewMs?: number }
  /** One of the element's events; the controller adds the questionnaire's id to `detail`. */
  | { type: 'emit'; name: 'pb-questionnaire-change'; detail: Omit<QuestionnaireChangeDetail, 'questionnaireId'> }
  | { type: 'emit'; name: 'pb-questionnaire-submit'; detail: Omit<QuestionnaireSubmitDetail, 'questionnaireId'> }
  | { type: 'emit'; name: 'pb-questionnaire-submitted'; detail: Omit<QuestionnaireSubmittedDetail, 'questionnaireId'> }
  /** Points the member at what to fix: this question (one at a time), or `count` questions of the page. */
  | { type: 'announce'; fix: number | 'question' }
  /** `held`: only when the widget holds focus (then what was announced is cleared too). */
  | { type: 'focus'; on: FocusTarget; held?: boolean };

/** The screens and states of the current answers. */
export interface View {
  steps: Step[];
  index: number;
  states: QuestionStates;
  answered: number;
}

/** The steps, where the draft is, and how much is answered. */
export function viewOf(loaded: Loaded, draft: LocalDraft, oneAtATime: boolean): View {
  const states = questionStates(questionsOf(loaded), draft.answers);
  const steps = buildSteps(loaded.definition.pages, states.visible, oneAtATime);
  let answered = 0;
  for (const id of states.visible) if (isAnswered(answerOf(states.effective, id))) answered++;
  return { steps, index: locateStep(steps, draft.stepKey, draft.pageIndex), states, answered };
}

export function questionsOf(loaded: Loaded): QuestionDef[] {
  return loaded.definition.pages.flatMap((page) => page.questions);
}

/** What is wrong with a question's answer as it stands (a number field's text counts). */
export function problemOf(state: State, question: QuestionDef, states: QuestionStates): Problem | null {
  const raw = state.raws[question.id];
  if (question.type === 'number' && raw?.trim() && Number.isNaN(parseNumber(raw))) return { code: 'number' };
  return questionProblem(question, answerOf(states.effective, question.id), states.required.has(question.id), state.loaded?.rules);
}

/** The problem shown next to a question: the server's, or one the member tried to go past. */
export function shownProblem(state: State, question: QuestionDef, states: QuestionStates): Problem | null {
  const detail = state.objections[question.id];
  if (detail !== undefined) return { code: 'server', detail };
  return state.checked.has(question.id) ? problemOf(state, question, states) : null;
}

/** What a request comes with: the draft as it stands, the layout, and the clock and a random key should it need them. */
export interface Context {
  draft: LocalDraft | undefined;
  oneAtATime: boolean;
  /** This device's time. */
  now: number;
  /** An unused idempotency key, for the next submission after one the server answered. */
  newKey: string;
  /** A timed quiz's decisions (`quiz/quiz-machine.ts`), given once the quiz chunk is loaded. */
  quiz?: QuizDecisions;
}

/** The requests only a timed quiz sends: Start and what it brings back, Continue on the resume panel. */
export type QuizRequest = Extract<Request, { type: 'start' | 'started' | 'ready' | 'start-failed' | 'continue' }>;

/** What `transition` lends a quiz's decisions: the state as it stands and its own helpers, so they decide alike. */
export interface Deciding {
  state: State;
  loaded: Loaded | undefined;
  draft: LocalDraft | undefined;
  effects: Effect[];
  set(patch: Partial<State>): void;
  /** Shows `next`, focus following it once the member acted. */
  phase(next: Phase): void;
  write(op: 'change' | 'keep', patch: Partial<LocalDraft>, then?: Request): void;
  /** The questions, or the running attempt's panel (`elsewhere` given). */
  answering(elsewhere?: boolean): void;
  /** Whether `error` refuses the questionnaire itself (submitted, closed); then shown. */
  refused(error: unknown): boolean;
}

/** Decides a quiz's request with what `transition` lends; a request returned is decided next. */
export type QuizDecisions = (request: QuizRequest, deciding: Deciding) => Request | void;

/** The next state and the effects of `request` (the same state, no effects: nothing to do). */
export function transition(state: State, request: Request, context: Context): { state: State; effects: Effect[] } {
  const effects: Effect[] = [];
  let draft = context.draft;
  let loaded = state.loaded;
  const { newKey } = context;
  const set = (patch: Partial<State>) => void (state = { ...state, ...patch });
  const write = (op: 'change' | 'keep', patch: Partial<LocalDraft>, then?: Request) => {
    if (draft) draft = { ...draft, ...patch };
    effects.push({ type: 'draft', op, patch, then });
  };
  const phase = (next: Phase) => {
    if (state.acted && next.kind !== state.phase.kind) effects.push({ type: 'focus', on: 'phase', held: true });
    set({ phase: next });
  };
  const timer = () => {
    if (loaded?.definition.timeLimitSeconds && draft?.deadline) effects.push({ type: 'timer', deadline: draft.deadline, skewMs: draft.skewMs });
  };
  // The questions, or a timed quiz's Start; a running attempt found (`elsewhere` given) shows its panel first.
  const answering = (elsewhere?: boolean) => {
    if (loaded!.definition.timeLimitSeconds && !draft!.deadline) return phase({ kind: 'intro', starting: false, error: undefined });
    phase(elsewhere === undefined ? { kind: 'answering' } : { kind: 'resume', elsewhere });
    timer();
  };
  const go = (index: number, question?: string) => {
    const step = viewOf(loaded!, draft!, context.oneAtATime).steps[index];
    if (!step) return;
    write('change', { stepKey: step.key, pageIndex: step.pageIndex });
    effects.push({ type: 'focus', on: question ? { question } : 'step' });
  };
  const send = (request: SubmissionRequest, key: string, auto: boolean) => {
    set({ waited: false });
    phase({ kind: 'sending', auto });
    effects.push({ type: 'send', request, key, auto });
  };
  // The server said no for a reason about the questionnaire itself: submitted already (or
  // the attempt was, on another device: it is no longer open), or closed.
  const refused = (error: unknown) => {
    if (!(error instanceof ProblemError)) return false;
    if (error.type.endsWith('already-submitted') || error.fieldErrors.some((f) => f.pointer === '/attemptId')) {
      effects.push({ type: 'draft', op: 'clear' });
      phase({ kind: 'submitted', latest: undefined, message: 'already' });
      effects.push({ type: 'fetch-latest' });
      return true;
    }
    if (error.type.endsWith('not-open')) {
      write('keep', { pending: null, submitKey: newKey });
      phase({ kind: 'closed' });
      return true;
    }
    return false;
  };
  const fresh = { checked: new Set<string>(), objections: {}, raws: {}, submitError: undefined };

  switch (request.type) {
    case 'load': {
      const next = request.loaded;
      const { definition, draft: restored } = next;
      // Loaded again while answering (the page switched language or theme): the same attempt
      // goes on without its panel, which is for arriving at a running attempt.
      const going = state.phase.kind === 'answering' && draft?.attemptId === restored.attemptId;
      state = { ...state, ...fresh, loaded: next, acted: false };
      effects.push({ type: 'timer' }, { type: 'draft', op: 'begin', draft: restored });
      draft = restored;
      loaded = next;
      return { state: decide(), effects };
      function decide(): State {
        const { status, mine } = definition;
        // A submission made before a reload (or while offline) is sent again with its key:
        // the server stores it once, or answers the repeat with what it stored.
        if (restored.pending) send(restored.pending, restored.submitKey, false);
        else if (status === 'not-open') phase({ kind: 'not-open' });
        else if (mine.submitted && !mine.canSubmit) {
          effects.push({ type: 'draft', op: 'clear' });
          phase({ kind: 'submitted', latest: next.latest });
        } else if (status === 'closed') phase({ kind: 'closed' });
        else if (!mine.canSubmit && !mine.submitted) phase({ kind: 'not-allowed' });
        else if (mine.submitted && !Object.keys(restored.answers).length && !restored.deadline) phase({ kind: 'submitted', latest: next.latest });
        else answering(going ? undefined : next.startedElsewhere);
        return state;
      }
    }
    case 'answer': {
      if (!draft || state.phase.kind !== 'answering') break;
      const { questionId, value, raw } = request;
      const raws = { ...state.raws };
      if (raw === undefined) delete raws[questionId];
      else raws[questionId] = raw;
      const objections = { ...state.objections };
      delete objections[questionId];
      const answers = { ...draft.answers };
      if (value === undefined) delete answers[questionId];
      else answers[questionId] = value;
      set({ raws, objections });
      write('change', { answers });
      effects.push({ type: 'emit', name: 'pb-questionnaire-change', detail: { questionId, value, answers } });
      break;
    }
    case 'go':
      if (loaded && draft) go(request.index, request.question);
      break;
    case 'next': {
      if (!loaded || !draft || state.phase.kind !== 'answering') break;
      const view = viewOf(loaded, draft, context.oneAtATime);
      const last = view.index === view.steps.length - 1;
      // Every step before submitting; the step shown before moving on.
      const checked = new Set(state.checked);
      const byId = new Map(questionsOf(loaded).map((q) => [q.id, q]));
      for (let s = last ? 0 : view.index; s <= view.index; s++) {
        const ids = view.steps[s]!.questionIds;
        for (const id of ids) checked.add(id);
        set({ checked });
        const invalid = ids.filter((id) => problemOf(state, byId.get(id)!, view.states));
        if (!invalid.length) continue;
        effects.push({ type: 'announce', fix: context.oneAtATime ? 'question' : invalid.length });
        if (s !== view.index) go(s, invalid[0]);
        else effects.push({ type: 'focus', on: { question: invalid[0]! } });
        return { state, effects };
      }
      if (!last) go(view.index + 1);
      else return transition(state, { type: 'submit', auto: false }, { ...context, draft });
      break;
    }
    case 'submit': {
      // Only from the form: a second click, or the timer while sending, finds another phase.
      if (!loaded || !draft || state.phase.kind !== 'answering') break;
      set({ acted: true, submitError: undefined });
      const submission: SubmissionRequest = { answers: pruneAnswers(questionsOf(loaded), draft.answers), attemptId: draft.attemptId };
      effects.push({ type: 'timer' }, { type: 'emit', name: 'pb-questionnaire-submit', detail: { answers: submission.answers, attemptId: submission.attemptId ?? null } });
      if (!loaded.server) {
        set({ waited: false });
        effects.push({ type: 'draft', op: 'clear', then: { type: 'sent', submission: null, answers: submission.answers, cleared: true } });
        break;
      }
      effects.push({ type: 'draft', op: 'cancel' });
      phase({ kind: 'sending', auto: request.auto });
      // Stored before it is sent: after a reload the same body goes again with the same key.
      write('keep', { pending: submission }, { type: 'send', request: submission, key: draft.submitKey, auto: request.auto });
      break;
    }
    case 'send':
      if (loaded) send(request.request, request.key, request.auto);
      break;
    case 'sent':
      if (!request.cleared) {
        effects.push({ type: 'draft', op: 'clear', then: { ...request, cleared: true } });
        break;
      }
      phase({ kind: 'done', submission: request.submission, answers: request.answers, afterWaiting: state.waited });
      if (request.submission) effects.push({ type: 'emit', name: 'pb-questionnaire-submitted', detail: { submission: request.submission } });
      break;
    case 'send-failed': {
      const { error, auto } = request;
      if (refused(error)) break;
      const fields = error instanceof ProblemError && error.status === 422 ? error.fieldErrors.filter((f) => f.pointer.startsWith('/answers/')) : [];
      if (fields.length) {
        const objections: Record<string, string> = { ...state.objections };
        for (const f of fields) {
          const id = f.pointer.slice('/answers/'.length).split('/')[0]!;
          if (questionsOf(loaded!).some((q) => q.id === id)) objections[id] = f.detail;
        }
        set({ objections });
        write('keep', { pending: null, submitKey: newKey }, { type: 'shown', auto, objected: true });
        break;
      }
      // A key belongs to the request the server answered, refusal included: the next try
      // is a new request with a new key. Not while the first one is still running there.
      const answered = error instanceof ProblemError && !error.type.endsWith('idempotency-key-in-use');
      write('keep', { pending: null, ...(answered ? { submitKey: newKey } : {}) }, { type: 'shown', error, auto });
      break;
    }
    case 'shown': {
      if (!loaded || !draft) break;
      if (!request.objected) set({ submitError: request.error });
      phase({ kind: 'answering' });
      if (request.objected) {
        const steps = viewOf(loaded, draft, context.oneAtATime).steps;
        const index = steps.findIndex((s) => s.questionIds.some((id) => id in state.objections));
        if (index >= 0) go(index, steps[index]!.questionIds.find((id) => id in state.objections));
      }
      if (!request.auto) timer();
      break;
    }
    case 'outbox':
      if (state.phase.kind === 'sending' && request.waiting && !state.waited) set({ waited: true });
      break;
    case 'latest':
      if (state.phase.kind === 'submitted' && loaded === request.loaded) set({ phase: { ...state.phase, latest: request.submission } });
      break;
    case 'retake':
      // Answers again (quizzes that allow retakes): a new draft with a new submission key.
      if (!loaded) break;
      set(fresh);
      draft = newDraft(context.now, newKey);
      effects.push({ type: 'draft', op: 'begin', draft });
      write('keep', {});
      answering();
      // The questions' heading or Start, as after any new state, but whether or not the widget holds focus: Retake was pressed in it.
      effects.push({ type: 'focus', on: 'phase' });
      break;
    default: {
      // A timed quiz's Start and Continue: decided by the quiz chunk, loaded with a quiz.
      const next = context.quiz?.(request, { state, loaded, draft, effects, set, phase, write, answering, refused });
      if (next) return transition(state, next, { ...context, draft });
    }
  }
  return { state, effects };
}
