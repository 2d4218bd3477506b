import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { custom } from 'valibot';
import type { AnswerValue, Answers, Questionnaire, Submission } from '../../api/types.js';
import { describeError } from '../../shared/error-text.js';
import { coreStrings } from '../../i18n/strings.js';
import { formatDate } from '../../i18n/format.js';
import { OutboxController } from '../../outbox/outbox-controller.js';
import { PbElement } from '../../shared/pb-element.js';
import { Resource } from '../../shared/resource.js';
import { emptyState, stateStyles, syncNote } from '../../shared/states.js';
import { answerOf } from './conditions.js';
import { CountdownController } from './countdown-controller.js';
import { DraftSync } from './draft-sync.js';
import { adoptFeatureStyles, features } from './features.js';
import { loadQuestionnaire, type Loaded } from './load.js';
import { pageNav, progressBar } from './parts/page-nav.js';
import { statusPanel } from './parts/status.js';
import { styles } from './pb-questionnaire.styles.js';
import { renderQuestion } from './questions/index.js';
import type { FieldContext } from './questions/types.js';
import { richText } from './rich-text.js';
import type { QuestionDef } from './shapes.js';
import { questionnaireStrings } from './strings.js';
import { Session, type Phase } from './session.js';
import type { QuestionStates } from './visibility.js';

/** Questions rendered per frame on a long page. */
const CHUNK = 25;

/** `pb-questionnaire-change`: the member changed an answer. */
export interface QuestionnaireChangeDetail {
  questionnaireId: string;
  questionId: string;
  /** The new answer; undefined when cleared. */
  value: AnswerValue | undefined;
  answers: Answers;
}

/** `pb-questionnaire-submit`: the member submitted (or time ran out); hidden questions' answers are left out. */
export interface QuestionnaireSubmitDetail {
  questionnaireId: string;
  answers: Answers;
  attemptId: string | null;
}

/** `pb-questionnaire-submitted`: the backend stored the response. */
export interface QuestionnaireSubmittedDetail {
  questionnaireId: string;
  submission: Submission;
}

/**
 * Surveys, quizzes and democratic evaluation (民主评议) from one definition: pages or one
 * question at a time, conditional questions, validation next to each field, a countdown
 * for timed quizzes, the server's result, and answers that are never lost and never
 * submitted twice (saved on the device at once, to the server's draft after a pause, and
 * submitted through the outbox with one idempotency key).
 *
 * @tagname pb-questionnaire
 * @summary A questionnaire, quiz or democratic evaluation with offline-safe, exactly-once submission.
 *
 * @csspart base - The widget's frame.
 * @csspart header - Title, description and dates.
 * @csspart title - The questionnaire's title.
 * @csspart progress - Where the member is and how much is answered.
 * @csspart step - The page (or question) shown.
 * @csspart question - One question (a fieldset, or a labelled field).
 * @csspart label - A question's title.
 * @csspart option - One choice of a choice or rating question.
 * @csspart input - A text, long text or number field.
 * @csspart message - The problem with an answer, next to it.
 * @csspart matrix - A grid question; `row` and `cell` inside it.
 * @csspart counter - The live count of a limited grid column (优秀 ≤ ⌊n/3⌋).
 * @csspart anonymous - The statement that a democratic evaluation is anonymous.
 * @csspart ranking - A ranking question's list; `rank-item` each entry.
 * @csspart nav - Previous / Next / Submit.
 * @csspart timer - The countdown of a timed quiz.
 * @csspart intro - What a timed quiz is, before it starts.
 * @csspart result - The quiz result; `score`, `verdict`, `result-item` inside it.
 * @csspart status - A whole-widget state: not open, closed, submitted, waiting to send.
 *
 * @cssprop --pb-questionnaire-accent - Colour of selected choices and the progress bar (default: the primary colour).
 * @cssprop --pb-questionnaire-gap - Space between questions.
 *
 * @fires {QuestionnaireChangeDetail} pb-questionnaire-change - An answer changed.
 * @fires {QuestionnaireSubmitDetail} pb-questionnaire-submit - The member submitted; fires also without a backend.
 * @fires {QuestionnaireSubmittedDetail} pb-questionnaire-submitted - The backend stored the response.
 */
export class PbQuestionnaire extends PbElement {
  static override styles = [...PbElement.styles, stateStyles, styles];

  /** The questionnaire to load from the backend (`GET /questionnaires/{id}`). */
  @property({ attribute: 'questionnaire-id' }) questionnaireId = '';

  /**
   * A definition given by the page instead of loading one. It is checked against the
   * contract's format; submissions still go to the backend when one is configured.
   */
  @property({ attribute: false }) definition?: Questionnaire;

  /** Show one question per screen (phones) instead of one page per screen. */
  @property({ type: Boolean, reflect: true, attribute: 'one-at-a-time' }) oneAtATime = false;

  /** The heading level of the title (2 by default); the page and result headings are one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Milliseconds without changes before the server's draft is updated. */
  @property({ type: Number, attribute: 'autosave-delay' }) autosaveDelay = 2000;

  @state() private announcement = '';

  private readonly outbox = new OutboxController(this);
  private readonly drafts = new DraftSync(this, this.outbox);
  private readonly countdown = new CountdownController(this, {
    onExpire: () => void this.session.submit(true),
    onMilestone: (minutes) => this.announce(this.strings.minutesLeft(minutes)),
  });
  private readonly session: Session = new Session(this, this.drafts, this.outbox, this.countdown);

  private readonly resource = new Resource(this, {
    args: () => [this.questionnaireId, this.definition] as const,
    operation: 'getQuestionnaire',
    schema: custom<Loaded>(() => true),
    loadingRows: 6,
    isEmpty: (loaded) => loaded.definition.pages.every((page) => !page.questions.length),
    load: (backend, args, signal) => loadQuestionnaire(this.settings, backend, args, signal),
  });

  private pendingFocus: ((root: ShadowRoot) => HTMLElement | null | undefined) | undefined;
  /**
   * How many questions of the step are rendered. A long page renders its first questions
   * at once and the rest over the next frames, so the member sees the page as fast as a
   * short one; it starts again with each new step.
   */
  private rendered = { step: '', count: Infinity };
  private growing = 0;

  private get strings() {
    return questionnaireStrings(this.settings.locale);
  }

  /** Says `text` to screen readers through the widget's polite live region. */
  announce(text: string): void {
    // The same words twice must still be heard: make the second differ invisibly.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  /** Focuses what `find` returns once the next render is done. */
  focusAfterRender(find: (root: ShadowRoot) => HTMLElement | null | undefined): void {
    this.pendingFocus = find;
    // What needs focus may be further down a page still being rendered.
    this.rendered.count = Infinity;
    this.requestUpdate();
  }

  /** Fires one of the widget's events. */
  emit<K extends keyof QuestionnaireEvents>(name: K, detail: QuestionnaireEvents[K]): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.drafts.delayMs = this.autosaveDelay;
    const loaded = this.resource.value;
    if (loaded && loaded !== this.session.loaded) {
      adoptFeatureStyles(this);
      this.session.begin(loaded);
    }
    this.session.noteOutbox(this.outbox.value);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.growing);
    this.growing = 0;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.rendered.count < Infinity && !this.growing) {
      this.growing = requestAnimationFrame(() => {
        this.growing = 0;
        this.rendered.count += CHUNK;
        this.requestUpdate();
      });
    }
    const find = this.pendingFocus;
    this.pendingFocus = undefined;
    const target = find?.(this.shadowRoot!);
    if (target) {
      if (this.getBoundingClientRect().top < 0) this.scrollIntoView();
      target.focus({ preventScroll: this.getBoundingClientRect().top >= 0 && target.getBoundingClientRect().top >= 0 });
    }
  }

  protected override render() {
    const locale = this.settings.locale;
    return html`<div part="base" class="base" lang=${locale}>
      ${this.resource.render({
        complete: (loaded) => this.renderLoaded(loaded),
        empty: () => emptyState(locale, this.strings.noQuestions),
      })}
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderLoaded(loaded: Loaded) {
    const { definition } = loaded;
    const strings = this.strings;
    const phase = this.session.phase;
    const locale = this.settings.locale;
    const closes = definition.closesAt && (phase.kind === 'answering' || phase.kind === 'intro') ? strings.closesAt(formatDate(locale, definition.closesAt, { dateStyle: 'medium', timeStyle: 'short' })) : '';
    const outbox = this.outbox.value;
    // Drafts in flight are routine; only say something when they cannot go.
    const note = outbox && (outbox.offline || outbox.signedOut || outbox.storageError) && phase.kind !== 'sending' ? syncNote(locale, outbox) : nothing;
    return html`<div class="header" part="header">
        <div class="title" part="title" role="heading" aria-level=${this.headingLevel}>${definition.title}</div>
        ${definition.description ? html`<div class="description">${richText(definition.description)}</div>` : nothing}
        ${closes ? html`<p class="meta">${closes}</p>` : nothing}
      </div>
      ${phase.kind === 'answering' && this.countdown.remaining !== undefined ? features.quiz?.quizTimer(locale, this.countdown.remaining) : nothing} ${note}
      ${this.drafts.storageError && phase.kind === 'answering' ? html`<p class="warning" role="alert">${strings.notSaved}</p>` : nothing}
      ${this.renderPhase(loaded, phase)}`;
  }

  private renderPhase(loaded: Loaded, phase: Phase) {
    const { definition } = loaded;
    const strings = this.strings;
    const locale = this.settings.locale;
    const date = (iso: string) => formatDate(locale, iso, { dateStyle: 'long', timeStyle: 'short' });
    const retake = definition.allowRetake && definition.mine.canSubmit && definition.status === 'open'
      ? html`<button type="button" class="button primary" part="retake" @click=${() => this.session.retake()}>${strings.retake}</button>`
      : nothing;
    switch (phase.kind) {
      case 'not-open':
        return statusPanel('info', strings.notOpenTitle, [definition.opensAt ? strings.notOpen(date(definition.opensAt)) : strings.notOpenSoon]);
      case 'closed':
        return statusPanel('info', strings.closedTitle, [definition.closesAt ? strings.closed(date(definition.closesAt)) : strings.closedNoDate]);
      case 'submitted': {
        const anonymous = definition.anonymous || definition.mode === 'evaluation';
        return html`${statusPanel(
            'success',
            definition.mode === 'evaluation' ? strings.votedTitle : strings.submittedTitle,
            [phase.latest ? strings.submittedAt(date(phase.latest.submittedAt)) : '', anonymous ? strings.voted : '', phase.message ?? ''],
            retake,
          )}
          ${phase.latest ? features.quiz?.resultView(locale, definition, phase.latest, undefined, this.headingLevel + 1) : nothing}`;
      }
      case 'intro':
        return features.quiz?.quizIntro(locale, definition, { starting: phase.starting, error: phase.error, onStart: () => void this.session.start() });
      case 'sending': {
        const outbox = this.outbox.value;
        // Signed out: the answers wait for the member to sign in again, and must say so.
        if (outbox?.signedOut) return statusPanel('warning', strings.queuedTitle, [coreStrings(locale).signIn]);
        return outbox?.offline
          ? statusPanel('waiting', strings.queuedTitle, [strings.queued])
          : statusPanel('waiting', phase.auto ? strings.timeUp : strings.sending, []);
      }
      case 'done': {
        const message = phase.afterWaiting ? strings.sentNow : definition.mode === 'evaluation' ? strings.evaluationDone : strings.thanks;
        return html`${statusPanel('success', strings.doneTitle, [message], retake)}
          ${phase.submission ? features.quiz?.resultView(locale, definition, phase.submission, phase.answers, this.headingLevel + 1) : nothing}`;
      }
      case 'answering':
        return this.renderForm(loaded);
    }
  }

  private renderForm(loaded: Loaded) {
    const strings = this.strings;
    const locale = this.settings.locale;
    const view = this.session.view();
    if (!view) return nothing;
    const { steps, index, states } = view;
    const step = steps[index]!;
    const page = loaded.definition.pages[step.pageIndex]!;
    const numbers = new Map([...states.visible].map((id, i) => [id, i + 1]));
    // Focus on the way (a problem further down): render all of it now.
    if (this.rendered.step !== step.key) this.rendered = { step: step.key, count: this.pendingFocus ? Infinity : CHUNK };
    if (this.rendered.count >= step.questionIds.length) this.rendered.count = Infinity;
    const questions = step.questionIds.slice(0, this.rendered.count).map((id) => this.session.question(id)!);
    const error = this.session.submitError;
    const heading = page.title ?? (this.oneAtATime ? strings.questionOf(index + 1, steps.length) : strings.pageOf(index + 1, steps.length));
    return html`<form class="form" novalidate @submit=${(event: Event) => this.session.onNext(event)}>
      ${steps.length > 1 || this.oneAtATime ? progressBar(strings, { index, total: steps.length, answered: view.answered, questions: states.visible.size, oneAtATime: this.oneAtATime }) : nothing}
      <section class="step" part="step" aria-labelledby="step-heading">
        <div class="step-title" id="step-heading" role="heading" aria-level=${this.headingLevel + 1} tabindex="-1" ?data-quiet=${!page.title}>${heading}</div>
        ${repeat(questions, (q) => q.id, (q) => renderQuestion(this.field(q, states, numbers.get(q.id) ?? 0, loaded)))}
      </section>
      ${error
        ? html`<div class="submit-error" role="alert">
            <p class="status-title">${strings.submitFailedTitle}</p>
            <p>${describeError(coreStrings(locale), error).message}</p>
          </div>`
        : nothing}
      ${pageNav(strings, {
        first: index === 0,
        last: index === steps.length - 1,
        oneAtATime: this.oneAtATime,
        busy: false,
        saved: this.drafts.savedAt ? strings.savedAt(formatDate(locale, this.drafts.savedAt, { timeStyle: 'short' })) : undefined,
        onPrevious: () => this.session.goTo(index - 1),
      })}
    </form>`;
  }

  private field(question: QuestionDef, states: QuestionStates, number: number, loaded: Loaded): FieldContext {
    const session = this.session;
    return {
      question,
      value: answerOf(session.answers, question.id),
      required: states.required.has(question.id),
      message: session.message(question, states),
      number,
      strings: this.strings,
      locale: this.settings.locale,
      evaluation: loaded.definition.mode === 'evaluation',
      raw: session.raws.get(question.id),
      set: (value) => session.answer(question.id, value),
      setRaw: (raw, value) => session.answer(question.id, value, raw),
      announce: (text) => this.announce(text),
      focusAfterRender: (find) => this.focusAfterRender(find),
    };
  }
}

/** The widget's events by name. */
export interface QuestionnaireEvents {
  'pb-questionnaire-change': QuestionnaireChangeDetail;
  'pb-questionnaire-submit': QuestionnaireSubmitDetail;
  'pb-questionnaire-submitted': QuestionnaireSubmittedDetail;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-questionnaire-change': CustomEvent<QuestionnaireChangeDetail>;
    'pb-questionnaire-submit': CustomEvent<QuestionnaireSubmitDetail>;
    'pb-questionnaire-submitted': CustomEvent<QuestionnaireSubmittedDetail>;
  }
}
