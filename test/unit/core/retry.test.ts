import { expect } from '@open-wc/testing';
import { backoffDelay, defaultRetryPolicy, parseRetryAfter, retryWait } from '../../../src/api/retry.js';

describe('retry policy', () => {
  const policy = { ...defaultRetryPolicy, baseMs: 100, capMs: 1000, retries: 5 };

  it('draws a full-jitter wait below a ceiling that doubles and is capped', () => {
    expect([0, 1, 2, 3, 4].map((n) => backoffDelay(n, policy, () => 0.999))).to.deep.equal([99, 199, 399, 799, 999]);
    expect(backoffDelay(3, policy, () => 0)).to.equal(0);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('7')).to.equal(7000);
    const now = Date.parse('2026-11-27T08:00:00Z');
    expect(parseRetryAfter('Fri, 27 Nov 2026 08:00:30 GMT', now)).to.equal(30_000);
    expect(parseRetryAfter('soon')).to.equal(undefined);
    expect(parseRetryAfter(null)).to.equal(undefined);
  });

  it('stops after the allowed retries and refuses Retry-After waits longer than the page should wait', () => {
    expect(retryWait(5, undefined, policy)).to.equal(null);
    expect(retryWait(0, 2000, policy)).to.equal(2000);
    expect(retryWait(0, 120_000, policy)).to.equal(null);
  });
});
