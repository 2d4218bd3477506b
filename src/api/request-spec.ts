/**
 * One call of a contract operation, as the client sends it: a module of types of its own, so
 * the settings (whose `prepare` and `mapAnswer` hooks take one) and the client need not import
 * each other.
 */
import type { Endpoint, OperationName } from './operations.js';
import type { Member } from './types.js';

export type ParamValue = string | number | boolean | null | undefined;

/** One call of a contract operation over HTTP. */
export interface RequestSpec {
  operation: OperationName;
  /** Path and query parameters by name; `null`/`undefined`/`''` are left out of the query. */
  params?: Readonly<Record<string, ParamValue>>;
  body?: unknown;
  signal?: AbortSignal | undefined;
  /** One key per logical write, the same for every retry of it. Created here when absent. */
  idempotencyKey?: string | undefined;
  /** Lets the request outlive the page (`pagehide`); bodies must stay under 64 KB. */
  keepalive?: boolean | undefined;
  /**
   * Another endpoint than the operation's (a site's own backend calling its API through
   * `BackendTools.call`); the envelope adapter still runs, the operation's transform does not.
   */
  endpoint?: Endpoint | undefined;
  /** The signed-in member, when known (the site module reads it for `{me.…}`); handed to maps and transforms. */
  member?: Member | undefined;
  /** The contract's parameters before a site's value maps changed `params` (`scope=branches`, not `dept`). */
  asked?: Readonly<Record<string, ParamValue>> | undefined;
  /** Answers of the reads a site's map makes beside this one (`maps.x.with`), for its map as `$with.name`. */
  with?: Readonly<Record<string, unknown>> | undefined;
}
