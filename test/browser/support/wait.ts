import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/**
 * `waitUntil` of @open-wc/testing with a wait that suits a shared, busy CI machine: its
 * default of 1 s made tests fail there while the behaviour was right, only late. A wait is
 * not a timing assertion (benchmarks measure speed), so the default here is 8 s; the
 * test's own timeout still bounds it.
 */
export function waitUntil(predicate: () => unknown | Promise<unknown>, message?: string, options: { interval?: number; timeout?: number } = {}): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: 8_000, ...options });
}
