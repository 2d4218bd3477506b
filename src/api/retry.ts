/** How often and how patiently a request is tried again after a transient failure. */
export interface RetryPolicy {
  /** Further attempts after the first one. */
  retries: number;
  /** Delay ceiling of the first retry; doubles with each attempt. */
  baseMs: number;
  /** No single wait grows beyond this. */
  capMs: number;
  /** A `Retry-After` longer than this is not waited out in the page: the error is shown. */
  maxRetryAfterMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  retries: 3,
  baseMs: 400,
  capMs: 8_000,
  maxRetryAfterMs: 30_000,
};

/**
 * Exponential backoff with full jitter: a uniformly random wait between 0 and the
 * attempt's ceiling, so that many members reconnecting at once do not retry in step.
 *
 * @param attempt 0 for the first retry.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

/**
 * Reads `Retry-After` (delta seconds or an HTTP date) as milliseconds from `now`.
 * Returns undefined when the header is absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The wait before retry number `attempt`, or null when the request must not be retried:
 * attempts used up, or the server asked for longer than the page should wait.
 */
export function retryWait(
  attempt: number,
  retryAfterMs: number | undefined,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number | null {
  if (attempt >= policy.retries) return null;
  if (retryAfterMs !== undefined) return retryAfterMs <= policy.maxRetryAfterMs ? retryAfterMs : null;
  return backoffDelay(attempt, policy, random);
}
