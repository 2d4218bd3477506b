import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { backoffDelay, defaultRetryPolicy, parseRetryAfter, retryWait } from '../retry.js';

describe('retry policy', () => {
  const policy = { ...defaultRetryPolicy, baseMs: 100, capMs: 1000, retries: 5 };

  it('draws a full-jitter wait below a ceiling that doubles and is capped', () => {
    assert.deepEqual([0, 1, 2, 3, 4].map((n) => backoffDelay(n, policy, () => 0.999)), [99, 199, 399, 799, 999]);
    assert.equal(backoffDelay(3, policy, () => 0), 0);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    assert.equal(parseRetryAfter('7'), 7000);
    const now = Date.parse('2026-11-27T08:00:00Z');
    assert.equal(parseRetryAfter('Fri, 27 Nov 2026 08:00:30 GMT', now), 30_000);
    assert.equal(parseRetryAfter('soon'), undefined);
    assert.equal(parseRetryAfter(null), undefined);
  });

  it('stops after the allowed retries and refuses Retry-After waits longer than the page should wait', () => {
    assert.equal(retryWait(5, undefined, policy), null);
    assert.equal(retryWait(0, 2000, policy), 2000);
    assert.equal(retryWait(0, 120_000, policy), null);
  });
});
