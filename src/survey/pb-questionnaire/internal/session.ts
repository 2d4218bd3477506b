import { ProblemError, ShapeError } from '../../../api/errors.js';
import { randomId } from '../../../api/keys.js';
import type { AnswerValue, Answers, Submission, SubmissionRequest } from '../../../api/types.js';
import type { OutboxController } from '../../../outbox/outbox-controller.js';
import type { OutboxState } from '../../../outbox/outbox.js';
import { answerOf, isAnswered } from '../../../contract/rules/conditions.js';
import type { CountdownController } from './quiz/countdown-controller.js';
import type { DraftSync } from './draft-sync.js';
import { newDraft } from './drafts.js';
import { features } from './features.js';
import type { Loaded } from './load.js';
import { problemText } from './messages.js';
import { buildSteps, locateStep, type Step } from './navigation.js';
import type { PbQuestionnaire } from '../pb-questionnaire.js';
import type { QuestionDef } from './shapes.js';
import { questionnaireStrings } from '../strings/index.js';
import { parseNumber, questionProblem, type Problem } from './validation.js';
import { pruneAnswers, questionStates, type QuestionStates } from '../../../contract/rules/visibility.js';

/** `el`, focusable from script if it is not already (a title, a message: `tabindex=-1`). */
function focusable(el: HTMLElement | null): HTMLElement | null {
  if (el && el.tabIndex < 0) el.tabIndex = -1;
  return el;
}

/** What the widget shows instead of, or as, the questions. */
export type Phase =
  | { kind: 'not-open' }
  | { kind: 'closed' }
  /** Open, but not for this member (the backend says they may not submit). */
  | { kind: 'not-allowed' }
  | { kind: 'submitted'; latest: Submission | undefined; message?: string }
  | { kind: 'intro'; starting: boolean; error: string | undefined }
  /** A timed attempt found running (started on this device or another): time left and Continue, or that time is up. */
  | { kind: 'resume'; elsewhere: boolean }
  | { kind: 'answering' }
  | { kind: 'sending'; auto: boolean }
  | { kind: 'done'; submission: Submission | null; answers: Answers; afterWaiting: boolean };

/** The screens and states of the current answers, computed once per change. */
export interface View {
  steps: Step[];
  index: number;
  states: QuestionStates;
  answered: number;
}

/**
 * A member's session with one questionnaire: which state it is in, the answers (kept by
 * `DraftSync`), moving between steps with validation, starting a timed attempt, and
 * submitting exactly once through the outbox. The element renders; this decides.
 */
export class Session {
  loaded: Loaded | undefined;
  phase: Phase = { kind: 'answering' };
  /** Why the last submission failed, shown above the buttons. */
  submitError: unknown;
  /** Text typed in number fields that is not a number yet. */
  readonly raws = new Map<string, string>();

  private questions: QuestionDef[] = [];
  private byId = new Map<string, QuestionDef>();
  /** Questions whose problems are shown: the member tried to go past them. */
  private readonly checked = new Set<string>();
  /** The server's objections to answers (422), until the answer changes. */
  private readonly serverProblems = new Map<string, string>();
  private waitedWhileSending = false;
  /** The member started or submitted on this page (see `setPhase`). */
  private acted = false;
  private cache: { answers: Answers; oneAtATime: boolean; view: View } | undefined;

  constructor(
    private readonly host: PbQuestionnaire,
    private readonly drafts: DraftSync,
    private readonly outbox: OutboxController,
    /** The timed quiz's countdown (its controller comes with the quiz chunk). */
    private readonly countdown: Pick<CountdownController, 'start' | 'stop'>,
  ) {}

  private get strings() {
    return questionnaireStrings(this.host.settings.locale);
  }

  get answers(): Answers {
    return this.drafts.draft?.answers ?? {};
  }

  question(id: string): QuestionDef | undefined {
    return this.byId.get(id);
  }

  /**
   * Once the member has acted here (Start, Submit), focus follows to each new view when
   * the widget holds it (`holdsFocus`). Never on load.
   */
  private setPhase(phase: Phase): void {
    const follow = this.acted && phase.kind !== this.phase.kind && this.host.holdsFocus;
    this.phase = phase;
    this.host.requestUpdate();
    if (!follow) return;
    this.host.announce('');
    this.host.focusAfterRender((root) => focusable(root.querySelector('.submit-error') ?? root.querySelector('#step-heading, [part~="start"], .state-title')));
  }

  /** Starts from a fresh load: restores the draft and picks the state to show. */
  begin(loaded: Loaded): void {
    const { definition, draft } = loaded;
    // Loaded again while answering (the page switched language or theme): the same attempt
    // goes on without its panel, which is for arriving at a running attempt.
    const going = this.phase.kind === 'answering' && this.drafts.draft?.attemptId === draft.attemptId;
    this.loaded = loaded;
    this.acted = false;
    this.questions = definition.pages.flatMap((page) => page.questions);
    this.byId = new Map(this.questions.map((q) => [q.id, q]));
    this.checked.clear();
    this.serverProblems.clear();
    this.raws.clear();
    this.submitError = undefined;
    this.countdown.stop();
    this.drafts.begin({ key: loaded.key, questionnaireId: definition.id, server: loaded.server }, draft);
    if (loaded.storageError) this.drafts.storageError = loaded.storageError;

    const { status, mine } = definition;
    // A submission made before a reload (or while offline) is sent again with its key:
    // the server stores it once, or answers the repeat with what it stored.
    if (draft.pending) return void this.send(draft.pending, draft.submitKey, false);
    if (status === 'not-open') return this.setPhase({ kind: 'not-open' });
    if (mine.submitted && !mine.canSubmit) {
      void this.drafts.clear();
      return this.setPhase({ kind: 'submitted', latest: loaded.latest });
    }
    if (status === 'closed') return this.setPhase({ kind: 'closed' });
    if (!mine.canSubmit && !mine.submitted) return this.setPhase({ kind: 'not-allowed' });
    if (mine.submitted && !Object.keys(draft.answers).length && !draft.deadline) return this.setPhase({ kind: 'submitted', latest: loaded.latest });
    this.beginAnswering(going ? undefined : loaded.startedElsewhere);
  }

  /**
   * The questions, or a timed quiz's Start. `elsewhere` is given when a timed attempt was
   * found running (on load, or by Start): it is never entered unannounced, its time left
   * and Continue come first, saying whether another device started it. (When time runs
   * out there, nothing is submitted: `submit` is only for the form.)
   */
  private beginAnswering(elsewhere?: boolean): void {
    const definition = this.loaded!.definition;
    const draft = this.drafts.draft!;
    if (definition.timeLimitSeconds && !draft.deadline) return this.setPhase({ kind: 'intro', starting: false, error: undefined });
    this.setPhase(elsewhere === undefined ? { kind: 'answering' } : { kind: 'resume', elsewhere });
    this.resumeTimer();
  }

  /** Continue on the resume panel: the questions (once time is up, the panel then submits them). */
  continueAttempt(): void {
    if (this.phase.kind !== 'resume') return;
    this.acted = true;
    this.setPhase({ kind: 'answering' });
  }

  /** Remembers that a submission had to wait, to confirm it when it goes. */
  noteOutbox(state: OutboxState | undefined): void {
    if (this.phase.kind === 'sending' && state && (state.offline || state.signedOut)) this.waitedWhileSending = true;
  }

  view(): View | undefined {
    const loaded = this.loaded;
    if (!loaded || !this.drafts.draft) return undefined;
    const answers = this.drafts.draft.answers;
    const oneAtATime = this.host.oneAtATime;
    if (this.cache?.answers === answers && this.cache.oneAtATime === oneAtATime) {
      const draft = this.drafts.draft;
      return { ...this.cache.view, index: locateStep(this.cache.view.steps, draft.stepKey, draft.pageIndex) };
    }
    const states = questionStates(this.questions, answers);
    const steps = buildSteps(loaded.definition.pages, states.visible, oneAtATime);
    const index = locateStep(steps, this.drafts.draft.stepKey, this.drafts.draft.pageIndex);
    let answered = 0;
    for (const id of states.visible) if (isAnswered(answerOf(states.effective, id))) answered++;
    const view = { steps, index, states, answered };
    this.cache = { answers, oneAtATime, view };
    return view;
  }

  private problemOf(question: QuestionDef, states: QuestionStates): Problem | null {
    const raw = this.raws.get(question.id);
    if (question.type === 'number' && raw?.trim() && Number.isNaN(parseNumber(raw))) return { code: 'number' };
    return questionProblem(question, answerOf(states.effective, question.id), states.required.has(question.id));
  }

  /** The words next to a question, once the member tried to go past it. */
  message(question: QuestionDef, states: QuestionStates): string | undefined {
    const server = this.serverProblems.get(question.id);
    if (server) return server;
    if (!this.checked.has(question.id)) return undefined;
    const problem = this.problemOf(question, states);
    return problem ? problemText(this.strings, this.host.settings.locale, problem, question) : undefined;
  }

  /** The member changed an answer: kept at once, events and messages follow. */
  answer(questionId: string, value: AnswerValue | undefined, raw?: string): void {
    const draft = this.drafts.draft;
    if (!draft || this.phase.kind !== 'answering') return;
    if (raw === undefined) this.raws.delete(questionId);
    else this.raws.set(questionId, raw);
    const answers = { ...draft.answers };
    if (value === undefined) delete answers[questionId];
    else answers[questionId] = value;
    this.serverProblems.delete(questionId);
    void this.drafts.change({ answers });
    this.host.requestUpdate();
    this.host.emit('pb-questionnaire-change', { questionnaireId: this.loaded!.definition.id, questionId, value, answers });
  }

  /** Moves to step `index`; focus goes to its heading, or to a question that needs attention. */
  goTo(index: number, focusQuestion?: string): void {
    const step = this.view()?.steps[index];
    if (!step) return;
    void this.drafts.change({ stepKey: step.key, pageIndex: step.pageIndex });
    if (focusQuestion) this.focusQuestion(focusQuestion);
    else this.host.focusAfterRender((root) => root.getElementById('step-heading'));
  }

  private focusQuestion(id: string): void {
    this.host.focusAfterRender((root) => {
      const field = root.querySelector(`[data-question="${id}"]`);
      return (
        field?.querySelector<HTMLElement>('.matrix-row:not([data-answered]) input:not(:disabled)') ??
        field?.querySelector<HTMLElement>('input:checked') ??
        field?.querySelector<HTMLElement>('input:not(:disabled), textarea, button:not(:disabled)')
      );
    });
  }

  /** The first question on steps `from`…`to` that is not answered well enough to go on. */
  private firstInvalid(view: View, from: number, to: number): { step: number; question: string; count: number } | undefined {
    for (let s = from; s <= to; s++) {
      const ids = view.steps[s]!.questionIds;
      for (const id of ids) this.checked.add(id);
      const invalid = ids.filter((id) => this.problemOf(this.byId.get(id)!, view.states) !== null);
      if (invalid.length) return { step: s, question: invalid[0]!, count: invalid.length };
    }
    return undefined;
  }

  /** Next or Submit: checks the step (or, to submit, every step) and moves on or points at the problem. */
  onNext(event: Event): void {
    event.preventDefault();
    const view = this.view();
    if (!view || this.phase.kind !== 'answering') return;
    const last = view.index === view.steps.length - 1;
    const invalid = this.firstInvalid(view, last ? 0 : view.index, view.index);
    if (invalid) {
      this.host.announce(this.host.oneAtATime ? this.strings.fixQuestion : this.strings.fixBeforeNext(invalid.count));
      if (invalid.step !== view.index) this.goTo(invalid.step, invalid.question);
      else this.focusQuestion(invalid.question);
      this.host.requestUpdate();
      return;
    }
    if (last) void this.submit(false);
    else this.goTo(view.index + 1);
  }

  /** Starts a timed quiz (the quiz chunk asks the server for the attempt). */
  async start(): Promise<void> {
    const loaded = this.loaded;
    if (!loaded || this.phase.kind !== 'intro' || this.phase.starting) return;
    this.acted = true;
    this.setPhase({ kind: 'intro', starting: true, error: undefined });
    try {
      const { patch, resumed } = await features.quiz!.startAttempt(this.host, loaded);
      await this.drafts.change(patch);
      this.beginAnswering(resumed);
    } catch (error) {
      if (error instanceof ProblemError && error.status === 409 && this.refused(error)) return;
      this.setPhase({ kind: 'intro', starting: false, error: features.quiz!.startError(this.host.settings.locale, error) });
    }
  }

  /**
   * Submits: checks every step (not when time ran out), leaves out hidden questions'
   * answers, fires `pb-questionnaire-submit`, stores the submission on the device with its
   * key, then sends it through the outbox.
   */
  async submit(auto: boolean): Promise<void> {
    const loaded = this.loaded;
    const draft = this.drafts.draft;
    // Only from the form: a second click, or the timer while sending, finds another phase.
    if (!loaded || !draft || this.phase.kind !== 'answering') return;
    this.acted = true;
    const request: SubmissionRequest = { answers: pruneAnswers(this.questions, draft.answers), attemptId: draft.attemptId };
    this.countdown.stop();
    this.submitError = undefined;
    this.host.emit('pb-questionnaire-submit', { questionnaireId: loaded.definition.id, answers: request.answers, attemptId: request.attemptId ?? null });
    if (!loaded.server) {
      await this.drafts.clear();
      return this.setPhase({ kind: 'done', submission: null, answers: request.answers, afterWaiting: false });
    }
    this.drafts.cancel();
    this.setPhase({ kind: 'sending', auto });
    // Stored before it is sent: after a reload the same body goes again with the same key.
    await this.drafts.keep({ pending: request });
    await this.send(request, draft.submitKey, auto);
  }

  private async send(request: SubmissionRequest, key: string, auto: boolean): Promise<void> {
    const id = this.loaded!.definition.id;
    this.waitedWhileSending = false;
    this.setPhase({ kind: 'sending', auto });
    let submission: Submission | null = null;
    try {
      submission = await this.outbox.enqueue('submitResponse', [id, request], { key });
    } catch (error) {
      if (!(error instanceof ShapeError)) return this.failed(error, auto);
      // Stored all the same (the server said so); only the result cannot be shown.
      this.host.reportProblem(error);
    }
    await this.drafts.clear();
    this.setPhase({ kind: 'done', submission, answers: request.answers, afterWaiting: this.waitedWhileSending });
    if (submission) this.host.emit('pb-questionnaire-submitted', { questionnaireId: id, submission });
  }

  /**
   * The server said no for a reason about the questionnaire itself: submitted already (or
   * the attempt was, on another device: it is no longer open), or closed.
   */
  private refused(error: ProblemError): boolean {
    if (error.type.endsWith('already-submitted') || error.fieldErrors.some((f) => f.pointer === '/attemptId')) {
      void this.drafts.clear();
      this.setPhase({ kind: 'submitted', latest: undefined, message: this.strings.alreadySubmitted });
      void this.refreshLatest();
      return true;
    }
    if (error.type.endsWith('not-open')) {
      void this.drafts.keep({ pending: null, submitKey: randomId() });
      this.setPhase({ kind: 'closed' });
      return true;
    }
    return false;
  }

  private async failed(error: unknown, auto: boolean): Promise<void> {
    if (error instanceof ProblemError) {
      if (this.refused(error)) return;
      const answers = error.fieldErrors.filter((f) => f.pointer.startsWith('/answers/'));
      if (error.status === 422 && answers.length) {
        for (const f of answers) {
          const id = f.pointer.slice('/answers/'.length).split('/')[0]!;
          const question = this.byId.get(id);
          if (question) this.serverProblems.set(id, problemText(this.strings, this.host.settings.locale, { code: 'server', detail: f.detail }, question));
        }
        await this.drafts.keep({ pending: null, submitKey: randomId() });
        this.setPhase({ kind: 'answering' });
        const view = this.view()!;
        const step = view.steps.findIndex((s) => s.questionIds.some((id) => this.serverProblems.has(id)));
        if (step >= 0) this.goTo(step, view.steps[step]!.questionIds.find((id) => this.serverProblems.has(id)));
        if (!auto) this.resumeTimer();
        return;
      }
    }
    // A key belongs to the request the server answered, refusal included: the next try
    // is a new request with a new key. Not while the first one is still running there.
    const answered = error instanceof ProblemError && !error.type.endsWith('idempotency-key-in-use');
    await this.drafts.keep({ pending: null, ...(answered ? { submitKey: randomId() } : {}) });
    this.submitError = error;
    this.setPhase({ kind: 'answering' });
    if (!auto) this.resumeTimer();
  }

  private resumeTimer(): void {
    const draft = this.drafts.draft;
    if (this.loaded?.definition.timeLimitSeconds && draft?.deadline) this.countdown.start(draft.deadline, draft.skewMs);
  }

  private async refreshLatest(): Promise<void> {
    const loaded = this.loaded;
    if (!loaded?.server) return;
    try {
      const list = await this.host.backend.getMyResponses(loaded.definition.id);
      if (this.phase.kind === 'submitted' && this.loaded === loaded) this.setPhase({ ...this.phase, latest: list.items[0] });
    } catch {
      // The state says "submitted" without a date; nothing more to do.
    }
  }

  /** Answers again (quizzes that allow retakes): a new draft with a new submission key. */
  retake(): void {
    const loaded = this.loaded;
    if (!loaded) return;
    this.checked.clear();
    this.serverProblems.clear();
    this.raws.clear();
    this.submitError = undefined;
    this.drafts.begin({ key: loaded.key, questionnaireId: loaded.definition.id, server: loaded.server }, newDraft(Date.now()));
    void this.drafts.keep({});
    this.beginAnswering();
    this.host.focusAfterRender((root) => root.querySelector<HTMLElement>('#step-heading, [part~="start"]'));
  }
}
