/**
 * The ask form's rules, without DOM: what makes a request the server will take (the
 * contract's `CourseRequestCreate` limits), said per field before anything is sent, and
 * which titles are worth asking the server about near duplicates for.
 */
import type { CourseRequestCreate } from '../../../../api/types.js';

export const TITLE_MIN = 2;
export const TITLE_MAX = 60;
export const DETAILS_MAX = 500;

/** What the member typed, as the form holds it. */
export interface AskDraft {
  title: string;
  details: string;
  category: string;
  anonymous: boolean;
}

export const emptyDraft: AskDraft = { title: '', details: '', category: '', anonymous: false };

/** A field's problem: which rule it breaks, with the count it has where that helps. */
export type AskProblem =
  | { field: 'title'; rule: 'short' }
  | { field: 'title'; rule: 'long'; length: number }
  | { field: 'details'; rule: 'long'; length: number }
  | { field: 'category'; rule: 'missing' };

/** Characters as a member counts them (an emoji or a rare 汉字 is one), spaces at the ends left out. */
export const length = (text: string): number => [...text.trim()].length;

/** Every problem of the draft, in the order of the fields; empty when it can be sent. */
export function askProblems(draft: AskDraft, categories: readonly string[]): AskProblem[] {
  const problems: AskProblem[] = [];
  // "At least 2 characters besides spaces" (the contract): spaces inside do not count either.
  const title = length(draft.title);
  if ([...draft.title.replace(/\s+/g, '')].length < TITLE_MIN) problems.push({ field: 'title', rule: 'short' });
  else if (title > TITLE_MAX) problems.push({ field: 'title', rule: 'long', length: title });
  const details = length(draft.details);
  if (details > DETAILS_MAX) problems.push({ field: 'details', rule: 'long', length: details });
  if (!draft.category || (categories.length > 0 && !categories.includes(draft.category))) problems.push({ field: 'category', rule: 'missing' });
  return problems;
}

/** The request the server receives: trimmed, details left out when empty. */
export function toCreate(draft: AskDraft): CourseRequestCreate {
  const details = draft.details.trim();
  return { title: draft.title.trim(), ...(details ? { details } : {}), category: draft.category, anonymous: draft.anonymous };
}

/** The title to look for near duplicates of, or undefined while it is too short to compare (a bigram needs two characters). */
export function similarTitle(title: string): string | undefined {
  const trimmed = title.trim();
  const count = [...trimmed.replace(/\s+/g, '')].length;
  return count >= TITLE_MIN && count <= TITLE_MAX ? trimmed : undefined;
}
