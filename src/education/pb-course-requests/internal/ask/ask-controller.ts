import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Backend } from '../../../../api/backend.js';
import { expectAnswers } from '../../../../api/answers.js';
import type { CourseRequestCreate, SimilarCourseRequests } from '../../../../api/types.js';
import type { ResolvedSettings } from '../../../../config/settings.js';
import { listCourses } from '../../../../contract/shapes/CoursePage.gen.js';
import { createCourseRequest } from '../../../../contract/shapes/CourseRequest.gen.js';
import { findSimilarCourseRequests } from '../../../../contract/shapes/SimilarCourseRequests.gen.js';
import { askProblems, emptyDraft, similarTitle, toCreate, type AskDraft, type AskProblem } from './ask-rules.js';

expectAnswers({ listCourses, findSimilarCourseRequests, createCourseRequest });

/** What the ask form needs of its element. */
export interface AskHost extends ReactiveControllerHost {
  readonly settings: ResolvedSettings;
  readonly backend: Backend;
  readonly renderRoot: ParentNode;
}

/** What the form asks of the element: send a request (the element's writes), close the form, open it again. */
export interface AskPorts {
  ask(request: CourseRequestCreate): Promise<unknown>;
  close(): void;
  open(): void;
}

/**
 * The ask form's state: the draft, its problems (once the member tried to send it), the
 * catalog's categories, and near duplicates of the title, asked for after a pause in typing
 * (a newer title aborts the older question). A draft without problems goes to the element's
 * writes and the form closes (the list shows the request at once); a refusal opens the form
 * again with the draft and the reason.
 *
 * @example
 * const ask = new AskController(host, { ask: (r) => writes.ask(r), close, open });
 * ask.change({ title: '电商直播' });
 */
export class AskController implements ReactiveController {
  draft: AskDraft = emptyDraft;
  problems: AskProblem[] = [];
  /** The catalog's categories; undefined while they load. */
  categories: string[] | undefined;
  categoriesError: unknown;
  similar: SimilarCourseRequests | undefined;
  /** Why the backend refused the last request sent from this form. */
  refusal: unknown;
  /** Milliseconds of quiet in the title before near duplicates are asked for. */
  delayMs = 350;
  private tried = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private abort: AbortController | undefined;

  constructor(
    private readonly host: AskHost,
    private readonly ports: AskPorts,
  ) {
    host.addController(this);
    void this.loadCategories();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.abort?.abort();
  }

  /** The categories a request may name: the catalog's (`listCourses`), one course asked for their sake. */
  async loadCategories(): Promise<void> {
    this.categoriesError = undefined;
    try {
      this.categories = (await this.host.backend.listCourses({ limit: 1 })).categories;
    } catch (error) {
      this.categoriesError = error;
    }
    this.host.requestUpdate();
  }

  change(patch: Partial<AskDraft>): void {
    this.draft = { ...this.draft, ...patch };
    if (this.tried) this.problems = askProblems(this.draft, this.categories ?? []);
    if (patch.title !== undefined) this.lookLater();
    this.host.requestUpdate();
  }

  private lookLater(): void {
    clearTimeout(this.timer);
    const title = similarTitle(this.draft.title);
    if (!title) {
      this.abort?.abort();
      this.similar = undefined;
      return;
    }
    this.timer = setTimeout(() => void this.look(title), this.delayMs);
  }

  private async look(title: string): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    try {
      const similar = await this.host.backend.findSimilarCourseRequests({ title }, { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.similar = similar;
    } catch {
      // Suggestions are a help, not a step: without them the member simply asks.
      if (!abort.signal.aborted) this.similar = undefined;
    }
    this.host.requestUpdate();
  }

  /** The form was sent: checked, then handed to the element; the first wrong field takes the focus. */
  readonly submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    this.tried = true;
    this.refusal = undefined;
    this.problems = askProblems(this.draft, this.categories ?? []);
    this.host.requestUpdate();
    if (this.problems.length) {
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>('[part~="ask-form"] [aria-invalid="true"]')?.focus();
      return;
    }
    this.ports.close();
    try {
      await this.ports.ask(toCreate(this.draft));
      this.reset();
    } catch (error) {
      // Refused: the draft stays, with the reason.
      this.refusal = error;
      this.ports.open();
    }
  };

  /** Sent, or given up for a voice instead: the next request starts empty. */
  reset(): void {
    clearTimeout(this.timer);
    this.abort?.abort();
    this.draft = emptyDraft;
    this.problems = [];
    this.tried = false;
    this.similar = undefined;
    this.refusal = undefined;
  }
}
