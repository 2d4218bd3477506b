import type { Definition } from './shapes.js';

/** What one screen shows: a page, or (one-at-a-time) a single question. */
export interface Step {
  /** Stable while answers change: the page id, or the question id one-at-a-time. */
  key: string;
  pageIndex: number;
  questionIds: string[];
}

/**
 * The screens for the current answers. Pages whose questions are all hidden are skipped;
 * one-at-a-time shows each visible question on its own screen (phones).
 */
export function buildSteps(pages: Definition['pages'], visible: ReadonlySet<string>, oneAtATime: boolean): Step[] {
  const steps: Step[] = [];
  pages.forEach((page, pageIndex) => {
    const shown = page.questions.filter((q) => visible.has(q.id)).map((q) => q.id);
    if (!shown.length) return;
    if (oneAtATime) for (const id of shown) steps.push({ key: id, pageIndex, questionIds: [id] });
    else steps.push({ key: page.id, pageIndex, questionIds: shown });
  });
  return steps;
}

/**
 * Where the member is: the step with `key`, else the first step of `pageIndex` (a draft
 * saved in the other mode, or a question hidden since), else the nearest one before it.
 */
export function locateStep(steps: readonly Step[], key: string | null | undefined, pageIndex: number): number {
  if (!steps.length) return -1;
  const byKey = key ? steps.findIndex((s) => s.key === key) : -1;
  if (byKey >= 0) return byKey;
  const onPage = steps.findIndex((s) => s.pageIndex >= pageIndex);
  return onPage >= 0 ? onPage : steps.length - 1;
}
