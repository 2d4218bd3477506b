/**
 * Answers to `getMyStudyPlan` that mean "no study plans here", after which the catalog
 * simply leaves 为你安排 out: a site that does not offer the operation
 * (`endpoints: { getMyStudyPlan: false }` refuses with a `not-offered` error, asking
 * nothing), a backend without the path (404, 405, 501), a visitor who is not signed in
 * (401: the catalog may be public) or one the backend gives no plan (403). A plan that
 * could not load for a passing reason (offline, 503) or came in a wrong shape is an
 * error with a retry instead: the member has a plan they cannot see.
 */
import { ProblemError } from '../../../../api/errors.js';

const absent = [401, 403, 404, 405, 501];

export function planAbsent(error: unknown): boolean {
  return (error as { kind?: unknown } | null)?.kind === 'not-offered' || (error instanceof ProblemError && absent.includes(error.status));
}
