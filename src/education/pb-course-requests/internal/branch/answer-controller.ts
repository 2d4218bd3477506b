import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Backend } from '../../../../api/backend.js';
import { expectAnswers } from '../../../../api/answers.js';
import type { CourseRequest } from '../../../../api/types.js';
import { listCourses } from '../../../../contract/shapes/CoursePage.gen.js';
import { setCourseRequestStatus } from '../../../../contract/shapes/CourseRequest.gen.js';
import type { ResolvedSettings } from '../../../../config/settings.js';
import { chinaDay } from '../request-status.js';
import type { WritesPorts } from '../request-writes.js';
import { answerProblems, answersFor, draftFor, toChange, type Answer, type AnswerDraft, type AnswerProblem } from './answer-rules.js';

/** What the secretary's answers need of their element. */
export interface AnswerHost extends ReactiveControllerHost {
  readonly settings: ResolvedSettings;
  readonly backend: Backend;
  readonly renderRoot: ParentNode;
}

/** Where an answer goes: the element's writes (its row waits, then shows the backend's answer), the outbox, the element's events. */
export interface AnswerWrites {
  change(id: string, write: () => Promise<CourseRequest>): Promise<CourseRequest>;
}

/** A course the secretary can link. */
export interface CourseChoice {
  id: string;
  title: string;
  category: string;
}

expectAnswers({ listCourses, setCourseRequestStatus });

/**
 * The secretary's answer to one request at a time: which answer, its one field, the topic,
 * the problems once tried; the catalog loads when a course is first to be linked. A checked
 * answer goes to the element's writes and the panel closes; the row shows it waiting, then
 * as the backend answered (a refusal shows on the row).
 *
 * @example
 * const answers = new AnswerController(host, writes, ports, () => list.reload());
 * answers.open(request);
 */
export class AnswerController implements ReactiveController {
  /** The request being answered, as it was when the panel opened. */
  request: CourseRequest | undefined;
  draft: AnswerDraft | undefined;
  problems: AnswerProblem[] = [];
  courses: CourseChoice[] | undefined;
  coursesError: unknown;
  private loadingCourses: Promise<void> | undefined;

  constructor(
    private readonly host: AnswerHost,
    private readonly writes: AnswerWrites,
    private readonly ports: WritesPorts,
    /** Loads the list again: a merge moves voices to another row. */
    private readonly reload: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  open(request: CourseRequest): void {
    this.request = request;
    this.draft = draftFor(answersFor(request.status)[0] ?? 'planned', request.topic, request.plannedOn ?? '');
    this.problems = [];
    void this.focusAfter(`[part~="answer-form"] input[name="answer-kind"]:checked`);
  }

  /** Closes the panel; the focus goes back to its request's answer button. */
  close(): void {
    const id = this.request?.id;
    this.request = this.draft = undefined;
    void this.focusAfter(`[data-id="${CSS.escape(id ?? '')}"] [part~="answer-button"]`);
  }

  choose(kind: Answer): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, kind };
    if (kind === 'available') void this.loadCourses();
    this.change({});
  }

  change(patch: Partial<AnswerDraft>): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, ...patch };
    if (this.problems.length) this.problems = answerProblems(this.draft, chinaDay());
    this.host.requestUpdate();
  }

  /** The courses of the catalog (the first 100, the request's category first in the view). */
  loadCourses(): Promise<void> {
    return (this.loadingCourses ??= this.host.backend.listCourses({ limit: 100 }).then(
      (page) => {
        this.courses = page.items;
        this.coursesError = undefined;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.loadingCourses = undefined;
        this.coursesError = error;
        this.host.requestUpdate();
      },
    ));
  }

  /** The form was sent: checked here first, then handed to the writes. */
  readonly submit = (event: Event): void => {
    event.preventDefault();
    const { request, draft } = this;
    if (!request || !draft) return;
    this.problems = answerProblems(draft, chinaDay());
    if (this.problems.length) {
      void this.focusAfter('[part~="answer-form"] [aria-invalid="true"]');
      return;
    }
    const change = toChange(draft, request.topic);
    this.close();
    this.writes.change(request.id, () => this.ports.enqueue('setCourseRequestStatus', [request.id, change])).then(
      (result) => {
        this.ports.emit('pb-request-answer', { request: result, change });
        // A merge moved voices to another row.
        if (change.status === 'merged') this.reload();
      },
      // The row says why (the writes keep the refusal).
      () => undefined,
    );
  };

  private async focusAfter(selector: string): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
