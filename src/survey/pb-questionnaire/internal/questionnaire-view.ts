import { html, nothing, type ReactiveController } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { coreStrings } from '../../../i18n/strings.js';
import { formatDate } from '../../../i18n/format.js';
import { OutboxController } from '../../../outbox/outbox-controller.js';
import { describeError } from '../../../shared/error-text.js';
import { emptyState, syncNote } from '../../../shared/states.js';
import { answerOf } from '../../../contract/rules/conditions.js';
import type { CountdownController } from './quiz/countdown-controller.js';
import { DraftSync } from './draft-sync.js';
import { adoptFeatureStyles, features } from './features.js';
import type { Loaded } from './loaded.js';
import { pageNav, progressBar } from './page-nav.js';
import { statusPanel } from './status.js';
import type { QuestionnaireHost } from './host.js';
import type { Phase } from './machine.js';
import { partRequest, up, type PartRequest } from './requests.js';
import { renderQuestion } from './questions/index.js';
import type { FieldContext } from './questions/types.js';
import { richText } from './rich-text.js';
import type { QuestionDef } from './shapes.js';
import { questionnaireStrings } from '../strings/index.js';
import { SessionController, type SessionPorts } from './session-controller.js';
import type { QuestionStates } from '../../../contract/rules/visibility.js';

/**
 * Questions in the first frame of a long page (more than a tall screen shows), then per
 * frame after it: the first paint comes sooner and no frame's work grows long.
 */
const FIRST = 10;
const CHUNK = 25;

/**
 * Everything `<pb-questionnaire>` shows once a questionnaire has loaded: the header, the
 * whole-widget states, the form with its pages, and the focus that follows the member.
 * It lives in the lazy chunk (`questionnaire.lazy.ts`) the element loads alongside the definition, so a
 * page that only registers the tag does not download it. The element owns the data
 * (its `Resource`); the session decides; this renders.
 */
export class QuestionnaireView implements ReactiveController, SessionPorts {
  private readonly outbox: OutboxController;
  private readonly drafts: DraftSync;
  /** Made for the first timed attempt: its controller comes with the quiz chunk, as timed questionnaires load it. */
  private countdown: CountdownController | undefined;
  private readonly session: SessionController;
  private pendingFocus: ((root: ShadowRoot) => HTMLElement | null | undefined) | undefined;
  /**
   * How many questions of the step are rendered. A long page renders its first questions
   * at once and the rest over the next frames, so the member sees the page as fast as a
   * short one; it starts again with each new step.
   */
  private rendered = { step: '', count: Infinity };
  private growing = 0;

  /** What the parts send up (`requests.ts`): words and focus are the view's, the rest goes to the session. */
  private readonly onRequest = (event: Event) => {
    const request = (event as CustomEvent<PartRequest>).detail;
    if (request.type === 'announce') this.host.announce(request.text);
    else if (request.type === 'focus') this.focusAfterRender((root) => request.selectors.reduce<HTMLElement | null>((found, selector) => found ?? root.querySelector(selector), null));
    else this.session.send(request);
  };

  constructor(private readonly host: QuestionnaireHost) {
    host.addController(this);
    this.outbox = new OutboxController(host);
    this.drafts = new DraftSync(host, this.outbox);
    // The view is the session's ports: it focuses after rendering, and keeps the countdown it shows.
    this.session = new SessionController(host, this.drafts, this.outbox, this);
  }

  /** A timed attempt's countdown, made on its first start (with the quiz chunk); at zero it submits. */
  readonly timer = {
    start: (deadline: string, skewMs: number) =>
      (this.countdown ??= features.quiz!.quizClock(this.host, () => this.session.send({ type: 'submit', auto: true }))).start(deadline, skewMs),
    stop: () => this.countdown?.stop(),
  };

  private get strings() {
    return questionnaireStrings(this.host.settings.locale);
  }

  /** Focuses what `find` returns once the next render is done. */
  focusAfterRender(find: (root: ShadowRoot) => HTMLElement | null | undefined): void {
    this.pendingFocus = find;
    // What needs focus may be further down a page still being rendered.
    this.rendered.count = Infinity;
    this.host.requestUpdate();
  }

  /** Called from the element's `willUpdate`, before each render. */
  willUpdate(loaded: Loaded | undefined): void {
    this.drafts.delayMs = this.host.autosaveDelay;
    if (loaded && loaded !== this.session.state.loaded) {
      adoptFeatureStyles(this.host);
      this.session.send({ type: 'load', loaded });
    }
    const outbox = this.outbox.value;
    this.session.send({ type: 'outbox', waiting: !!outbox && (outbox.offline || outbox.signedOut) });
  }

  hostConnected(): void {
    this.host.renderRoot.addEventListener(partRequest, this.onRequest);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener(partRequest, this.onRequest);
    cancelAnimationFrame(this.growing);
    this.growing = 0;
  }

  hostUpdated(): void {
    const host = this.host;
    if (this.rendered.count < Infinity && !this.growing) {
      // After the next paint (a task queued in the frame runs once it is painted), so the
      // questions rendered so far show before more are added.
      this.growing = requestAnimationFrame(() =>
        setTimeout(() => {
          if (!this.growing) return;
          this.growing = 0;
          this.rendered.count += CHUNK;
          host.requestUpdate();
        }),
      );
    }
    const find = this.pendingFocus;
    this.pendingFocus = undefined;
    const target = find?.(host.shadowRoot!);
    if (target) {
      if (host.getBoundingClientRect().top < 0) host.scrollIntoView();
      target.focus({ preventScroll: host.getBoundingClientRect().top >= 0 && target.getBoundingClientRect().top >= 0 });
    }
  }

  render(loaded: Loaded) {
    const { definition } = loaded;
    const strings = this.strings;
    const locale = this.host.settings.locale;
    if (definition.pages.every((page) => !page.questions.length)) return emptyState(locale, strings.noQuestions);
    const phase = this.session.state.phase;
    const closes = definition.closesAt && (phase.kind === 'answering' || phase.kind === 'intro') ? strings.closesAt(formatDate(locale, definition.closesAt, { dateStyle: 'medium', timeStyle: 'short' })) : '';
    const outbox = this.outbox.value;
    // Drafts in flight are routine; only say something when they cannot go.
    const note = outbox && (outbox.offline || outbox.signedOut || outbox.storageError) && phase.kind !== 'sending' ? syncNote(locale, outbox) : nothing;
    return html`<div class="header" part="header">
        <div class="title" part="title" role="heading" aria-level=${this.host.headingLevel}>${definition.title}</div>
        ${definition.description ? html`<div class="description">${richText(definition.description)}</div>` : nothing}
        ${closes ? html`<p class="meta">${closes}</p>` : nothing}
      </div>
      ${phase.kind === 'answering' && this.countdown?.remaining !== undefined ? features.quiz?.quizTimer(locale, this.countdown.remaining) : nothing} ${note}
      ${this.drafts.storageError && phase.kind === 'answering' ? html`<p class="warning" role="alert">${strings.notSaved}</p>` : nothing}
      ${this.renderPhase(loaded, phase)}`;
  }

  private renderPhase(loaded: Loaded, phase: Phase) {
    const { definition } = loaded;
    const strings = this.strings;
    const locale = this.host.settings.locale;
    const date = (iso: string) => formatDate(locale, iso, { dateStyle: 'long', timeStyle: 'short' });
    const retake = definition.allowRetake && definition.mine.canSubmit && definition.status === 'open'
      ? html`<button type="button" class="button" part="retake" @click=${up({ type: 'retake' })}>${strings.retake}</button>`
      : nothing;
    switch (phase.kind) {
      case 'not-open':
        return statusPanel('info', strings.notOpenTitle, [definition.opensAt ? strings.notOpen(date(definition.opensAt)) : strings.notOpenSoon]);
      case 'closed':
        return statusPanel('info', strings.closedTitle, [definition.closesAt ? strings.closed(date(definition.closesAt)) : strings.closedNoDate]);
      case 'not-allowed':
        return statusPanel('info', strings.notAllowedTitle, [strings.notAllowed]);
      case 'submitted': {
        const anonymous = definition.anonymous || definition.mode === 'evaluation';
        return html`${statusPanel(
            'success',
            definition.mode === 'evaluation' ? strings.votedTitle : strings.submittedTitle,
            [phase.latest ? strings.submittedAt(date(phase.latest.submittedAt)) : '', anonymous ? strings.voted : '', phase.message ? strings.alreadySubmitted : ''],
            retake,
          )}
          ${phase.latest ? features.quiz?.resultView(locale, definition, phase.latest, undefined, this.host.headingLevel + 1) : nothing}`;
      }
      case 'intro':
        return features.quiz?.quizIntro(locale, definition, { starting: phase.starting, error: phase.error === undefined ? undefined : features.quiz.startError(locale, phase.error) });
      case 'resume':
        return features.quiz?.resumePanel(locale, phase, this.countdown?.remaining, this.session.view()?.answered ?? 0, this.host.headingLevel + 1);
      case 'sending': {
        const outbox = this.outbox.value;
        // Signed out: the answers wait for the member to sign in again, and must say so.
        if (outbox?.signedOut) return statusPanel('warning', strings.queuedTitle, [coreStrings(locale).signIn]);
        return outbox?.offline
          ? statusPanel('waiting', strings.queuedTitle, [strings.queued])
          : statusPanel('waiting', phase.auto ? features.quiz!.quizStrings(locale).timeUp : strings.sending, []);
      }
      case 'done': {
        const message = phase.afterWaiting ? strings.sentNow : definition.mode === 'evaluation' ? strings.evaluationDone : strings.thanks;
        return html`${statusPanel('success', strings.doneTitle, [message], retake)}
          ${phase.submission ? features.quiz?.resultView(locale, definition, phase.submission, phase.answers, this.host.headingLevel + 1) : nothing}`;
      }
      case 'answering':
        return this.renderForm(loaded);
    }
  }

  private renderForm(loaded: Loaded) {
    const strings = this.strings;
    const locale = this.host.settings.locale;
    const view = this.session.view();
    if (!view) return nothing;
    const { steps, index, states } = view;
    const step = steps[index]!;
    const page = loaded.definition.pages[step.pageIndex]!;
    const numbers = new Map([...states.visible].map((id, i) => [id, i + 1]));
    // Focus on the way (a problem further down): render all of it now.
    if (this.rendered.step !== step.key) this.rendered = { step: step.key, count: this.pendingFocus ? Infinity : FIRST };
    // A page keeps its hidden questions in place (see FieldContext.hidden); one at a time shows one.
    const all = this.host.oneAtATime ? page.questions.filter((q) => step.questionIds.includes(q.id)) : page.questions;
    if (this.rendered.count >= all.length) this.rendered.count = Infinity;
    const questions = all.slice(0, this.rendered.count);
    const error = this.session.state.submitError;
    // The same for every question: looked up once per render, not once per question.
    const shared = { strings, locale, evaluation: loaded.definition.mode === 'evaluation' };
    const heading = page.title ?? (this.host.oneAtATime ? strings.questionOf(index + 1, steps.length) : strings.pageOf(index + 1, steps.length));
    return html`<form class="form" novalidate @submit=${(event: Event) => {
      event.preventDefault();
      this.session.send({ type: 'next' });
    }}>
      ${steps.length > 1 || this.host.oneAtATime ? progressBar(strings, { index, total: steps.length, answered: view.answered, questions: states.visible.size, oneAtATime: this.host.oneAtATime }) : nothing}
      <section class="step" part="step" aria-labelledby="step-heading">
        <div class="step-title" id="step-heading" role="heading" aria-level=${this.host.headingLevel + 1} tabindex="-1" ?data-quiet=${!page.title}>${heading}</div>
        ${questions.map((q) => keyed(q.id, renderQuestion(this.field(q, states, numbers.get(q.id) ?? 0, shared))))}
      </section>
      ${error
        ? html`<div class="submit-error" role="alert">
            <p class="state-title">${strings.submitFailedTitle}</p>
            <p>${describeError(coreStrings(locale), error).message}</p>
          </div>`
        : nothing}
      ${pageNav(strings, {
        index,
        last: index === steps.length - 1,
        oneAtATime: this.host.oneAtATime,
        busy: false,
        saved: this.drafts.savedAt ? strings.savedAt(formatDate(locale, this.drafts.savedAt, { timeStyle: 'short' })) : undefined,
      })}
    </form>`;
  }

  private field(question: QuestionDef, states: QuestionStates, number: number, shared: Pick<FieldContext, 'strings' | 'locale' | 'evaluation'>): FieldContext {
    const session = this.session;
    return {
      ...shared,
      question,
      hidden: !states.visible.has(question.id),
      value: answerOf(session.answers, question.id),
      required: states.required.has(question.id),
      message: session.message(question, states),
      number,
      raw: session.state.raws[question.id],
    };
  }
}
