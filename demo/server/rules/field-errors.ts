/**
 * What is wrong with one field of a request, as a rule finds it. The rules return these;
 * http/problem.ts sends them as a problem's `errors` (the contract's `FieldError`).
 */
export interface FieldError {
  /** JSON pointer into the body, or to the parameter when `in` is given (`/limit`). */
  pointer: string;
  detail: string;
  in?: 'body' | 'query' | 'path' | 'header';
}
