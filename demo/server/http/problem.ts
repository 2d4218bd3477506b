/**
 * RFC 9457 problem details. Handlers throw `HttpProblem`; the operation wrapper turns it
 * into an `application/problem+json` response.
 */
import type { FieldError, FieldErrorCode } from '../rules/field-errors';
import type { Problem as ContractProblem } from '../shared-contract';

export type { FieldError, FieldErrorCode };

/** The contract's problem details, with the reference server's field errors (each with its code). */
export type Problem = Omit<ContractProblem, 'errors'> & { errors?: FieldError[] };

export class HttpProblem extends Error {
  readonly problem: Problem;

  constructor(status: number, kind: string, title: string, extra: { detail?: string; errors?: FieldError[] } = {}) {
    super(title);
    this.problem = { type: `/problems/${kind}`, title, status, ...extra };
  }
}

export const problems = {
  validation: (errors: FieldError[]) => new HttpProblem(400, 'validation', 'The request is not valid', { errors }),
  malformedJson: () => new HttpProblem(400, 'malformed-json', 'The body is not valid JSON'),
  idempotencyKeyMissing: () =>
    new HttpProblem(400, 'idempotency-key-missing', 'Idempotency-Key header required', {
      errors: [{ pointer: '/Idempotency-Key', in: 'header', code: 'required', detail: 'required on every write' }],
    }),
  unauthenticated: () => new HttpProblem(401, 'unauthenticated', 'Login required'),
  csrf: () => new HttpProblem(403, 'csrf', 'Missing or wrong CSRF token'),
  forbidden: (detail?: string) => new HttpProblem(403, 'forbidden', 'Not allowed', detail ? { detail } : {}),
  notFound: (what = 'Resource') => new HttpProblem(404, 'not-found', `${what} not found`),
  keyInUse: () => new HttpProblem(409, 'idempotency-key-in-use', 'A request with this Idempotency-Key is still running'),
  keyReused: (detail: string) => new HttpProblem(422, 'idempotency-key-reused', 'This Idempotency-Key was used for a different request', { detail }),
  tooLarge: () => new HttpProblem(413, 'payload-too-large', 'The body is larger than 64 KB'),
  unsupportedMediaType: () => new HttpProblem(415, 'unsupported-media-type', 'The body must be application/json'),
};

export function problemResponse(problem: Problem): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' },
  });
}
