import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { expectAnswers } from '../../api/answers.js';
import type { Questionnaire } from '../../api/types.js';
import { lazy } from '../../shared/lazy.js';
import { PbElement } from '../../shared/pb-element.js';
import { Resource } from '../../shared/resource.js';
import { stateStyles } from '../../shared/states.js';
import { frameStyles } from './pb-questionnaire.styles.js';
import type { QuestionnaireView } from './internal/questionnaire-view.js';

/** The rest of the widget, loaded once per page; a failed load is fetched again on retry. */
const loadBody = lazy(() => import('./internal/questionnaire.lazy.js'));

export type { QuestionnaireChangeDetail, QuestionnaireSubmitDetail, QuestionnaireSubmittedDetail } from './events.js';

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
 * @csspart question - One question (a fieldset, or a labelled field). A question hidden by its condition is there with `hidden`; it stays hidden whatever a page's `::part(question)` rule says.
 * @csspart label - A question's title.
 * @csspart options - The list of choices of a single, multiple or yes/no question.
 * @csspart option - One choice of a choice or rating question.
 * @csspart rating - The scale of a rating question.
 * @csspart input - A text, long text or number field.
 * @csspart message - The problem with an answer, next to it.
 * @csspart matrix - A grid question (democratic evaluation: people × grades).
 * @csspart row - One row of a grid: the person or item being graded.
 * @csspart cell - One grade in a grid row.
 * @csspart fill - The button that gives every ungraded row the same grade.
 * @csspart counter - The live count of a limited grid column (优秀 ≤ ⌊n/3⌋).
 * @csspart anonymous - The statement that a democratic evaluation is anonymous.
 * @csspart ranking - A ranking question's list.
 * @csspart rank-item - One entry of a ranking, with its move up / move down buttons.
 * @csspart keep-order - The button that accepts a ranking's order as it is shown.
 * @csspart nav - Previous / Next / Submit.
 * @csspart previous - The Previous button.
 * @csspart next - The Next button (every page but the last).
 * @csspart submit - The Submit button (the last page).
 * @csspart saved - When the draft was last saved, beside the buttons.
 * @csspart timer - The countdown of a timed quiz.
 * @csspart intro - What a timed quiz is, before it starts.
 * @csspart start - The button that starts a quiz attempt.
 * @csspart resume - A timed attempt found running on load (started on this or another device): its time left and Continue, or that time is up (`data-state`: `normal`, `low`, `critical`, `expired`).
 * @csspart time-left - The running attempt's time left, in the resume panel.
 * @csspart continue - The resume panel's button: Continue, or Submit saved answers once time is up.
 * @csspart result - The quiz result.
 * @csspart score - The points scored out of the total.
 * @csspart verdict - Passed or not passed.
 * @csspart late - The note that the answers arrived after the time limit.
 * @csspart result-item - One question's outcome in the result (`data-correct` says which).
 * @csspart retake - The button for another attempt, when the quiz allows one.
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
  static override styles = [...PbElement.styles, stateStyles, frameStyles];

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

  /** The rendering and the session, from the lazy chunk; made on the first load. */
  private view: QuestionnaireView | undefined;

  private readonly resource = new Resource(this, {
    args: () => [this.questionnaireId, this.definition] as const,
    loadingRows: 6,
    // Neither an id nor a definition: waits for the page's script, and in a hidden panel until shown.
    missing: ([id, given]) => (given === undefined && !id ? 'questionnaire-id' : undefined),
    load: async (backend, [id, given], signal) => {
      // The chunk and the definition load at the same time; the definition's shape comes
      // with the chunk. The request's times let a running quiz attempt's clock be set from
      // the server's (see `mine.attempt`).
      const chunk = loadBody();
      expectAnswers({ getQuestionnaire: chunk.then((body) => body.definitionAnswer, () => undefined) });
      const sentAt = Date.now();
      const response = given === undefined && id ? backend.getQuestionnaire(id, { signal }).then((value) => ({ value, sentAt, receivedAt: Date.now() })) : undefined;
      response?.catch(() => undefined);
      const body = await chunk;
      this.view ??= new body.QuestionnaireView(this);
      return body.loadQuestionnaire(this.settings, backend, given, signal, response);
    },
  });

  /** Says `text` to screen readers through the widget's polite live region. */
  announce(text: string): void {
    // The same words twice must still be heard: make the second differ invisibly.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.view?.willUpdate(this.resource.value);
  }

  protected override render() {
    return html`<div part="base" class="base" lang=${this.settings.locale}>
      ${this.resource.render({ complete: (loaded) => this.view!.render(loaded) })}
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}
