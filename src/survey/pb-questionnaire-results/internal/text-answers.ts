/**
 * The free-text answers of a questionnaire's text questions, fetched when the organiser
 * opens a question's list, searched and paged by the server (the widget never holds more
 * than the pages it asked for). A controller typed to a small host, not to the element.
 */
import type { Backend } from '../../../api/backend.js';
import type { TextAnswerQuery } from '../../../api/types.js';

export interface TextAnswersHost {
  readonly backend: Backend;
  requestUpdate(): void;
}

export interface TextList {
  search: string;
  items: string[];
  total: number;
  next: string | null;
  loading: boolean;
  error: unknown;
}

type Filters = Omit<TextAnswerQuery, 'questionId' | 'q' | 'cursor' | 'limit'>;

export class TextAnswers {
  private readonly lists = new Map<string, TextList>();
  private controller: AbortController | undefined;

  constructor(
    private readonly host: TextAnswersHost,
    private readonly scope: () => { questionnaireId: string; filters: Filters },
  ) {}

  list(questionId: string): TextList | undefined {
    return this.lists.get(questionId);
  }

  /** Forgets every list (the filters or the questionnaire changed); open lists load again when asked. */
  reset(): void {
    this.controller?.abort();
    this.lists.clear();
  }

  /** The first page for `search`, or (`more`) the next page of the list shown. */
  async load(questionId: string, search: string, more = false): Promise<void> {
    const previous = this.lists.get(questionId);
    const cursor = more ? previous?.next : null;
    const list: TextList = more && previous ? { ...previous, loading: true, error: null } : { search, items: [], total: 0, next: null, loading: true, error: null };
    this.lists.set(questionId, list);
    this.host.requestUpdate();
    this.controller = new AbortController();
    const { questionnaireId, filters } = this.scope();
    try {
      const page = await this.host.backend.listTextAnswers(
        questionnaireId,
        { ...filters, questionId, ...(search ? { q: search } : {}), ...(cursor ? { cursor } : {}) },
        { signal: this.controller.signal },
      );
      if (this.lists.get(questionId) !== list) return;
      this.lists.set(questionId, { search, items: [...list.items, ...page.items.map((i) => i.text)], total: page.total, next: page.nextCursor, loading: false, error: null });
    } catch (error) {
      if (this.lists.get(questionId) !== list) return;
      this.lists.set(questionId, { ...list, loading: false, error });
    }
    this.host.requestUpdate();
  }
}
