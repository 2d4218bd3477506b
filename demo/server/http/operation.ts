/**
 * Mounts one contract operation: the only way API routes are added, so every one of them
 * gets the same authentication, CSRF check, size and type limits, contract validation and
 * idempotency handling before its handler runs, and problem+json for every failure.
 */
import type { Context, Hono } from 'hono';
import type { Db } from '../db/database';
import type { GroupCommit } from '../db/group-commit';
import type { AuthStore } from '../store/auth-store';
import { safeEqual } from '../store/auth-store';
import type { IdempotencyStore } from '../store/idempotency-store';
import { requestFingerprint } from '../store/idempotency-store';
import type { MemberRecord } from '../store/members-store';
import { API_BODY_LIMIT } from './body-limit';
import { toFieldErrors, type Contract, type OperationSpec } from './contract';
import { HttpProblem, problems, type FieldError } from './problem';
import { identifyCaller } from './request-auth';

export const API_BASE = '/api/v1';
const IDEMPOTENCY_KEY = /^[\x21-\x7E]{1,255}$/;

export interface OperationContext {
  member: MemberRecord;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  /** The request's time on the injected clock, epoch ms. */
  now: number;
}

export interface Reply {
  status: number;
  body: unknown;
}

export type OperationHandler = (ctx: OperationContext) => Reply;
/** A public operation's handler (the contract says `security: []`): no member, maybe nobody signed in. */
export type PublicHandler = (ctx: Omit<OperationContext, 'member'>) => Reply;

export interface MountOptions {
  /**
   * Keep the write's idempotency record sealed (store/idempotency-store.ts): for members'
   * writes whose responses could tell who made an anonymous course request.
   */
  sealed?: boolean;
}

export interface OperationDeps {
  db: Db;
  contract: Contract;
  auth: AuthStore;
  idempotency: IdempotencyStore;
  now: () => number;
  onError: (error: unknown) => void;
  /** Called after every write. */
  onWrite: () => void;
  /** The commit batch every operation runs in. */
  batch: GroupCommit;
}

function honoPath(openApiPath: string): string {
  return API_BASE + openApiPath.replace(/\{(\w+)\}/g, ':$1');
}

function coerce(value: string, to: 'integer' | 'number' | 'boolean' | 'string'): unknown {
  if ((to === 'integer' || to === 'number') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (to === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

function readParameters(c: Context, spec: OperationSpec) {
  const errors: FieldError[] = [];
  const params: Record<string, string> = {};
  const query: Record<string, unknown> = {};
  for (const p of spec.parameters) {
    if (p.in === 'header') continue;
    let raw: string | undefined;
    if (p.in === 'path') {
      raw = c.req.param(p.name);
    } else {
      const values = c.req.queries(p.name);
      if (values && values.length > 1) {
        errors.push({ pointer: `/${p.name}`, in: 'query', code: 'repeated', detail: 'must not be repeated' });
        continue;
      }
      raw = values?.[0];
    }
    if (raw === undefined) {
      if (p.required) errors.push({ pointer: `/${p.name}`, in: p.in, code: 'required', detail: 'is required' });
      continue;
    }
    const value = p.in === 'path' ? raw : coerce(raw, p.coerceTo);
    if (!p.validate(value)) {
      errors.push(...toFieldErrors(p.validate.errors, p.in, `/${p.name}`));
      continue;
    }
    if (p.in === 'path') params[p.name] = raw;
    else query[p.name] = value;
  }
  // Unknown parameters are refused like unknown body fields: `?memberId=…` must never be
  // silently ignored by an endpoint that only serves the caller's own data.
  const known = new Set(spec.parameters.filter((p) => p.in === 'query').map((p) => p.name));
  for (const name of Object.keys(c.req.queries())) {
    if (!known.has(name)) errors.push({ pointer: `/${name.slice(0, 64)}`, in: 'query', code: 'not-allowed', detail: 'is not a parameter of this operation' });
  }
  if (errors.length) throw problems.validation(errors);
  return { params, query };
}

interface RawBody {
  bytes: Uint8Array | null;
  /** A type problem, reported only after authentication has been checked. */
  problem: HttpProblem | null;
}

/**
 * The JSON body; never throws, so 401/403 can still take precedence over 415. Its size was
 * bounded before routing (body-limit.ts: 413 while streaming, before authentication).
 */
async function readRawBody(c: Context): Promise<RawBody> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') return { bytes: null, problem: problems.unsupportedMediaType() };
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  return bytes.byteLength > API_BODY_LIMIT ? { bytes: null, problem: problems.tooLarge() } : { bytes, problem: null };
}

function parseJsonBody(raw: RawBody, spec: OperationSpec): { text: string; body: unknown } {
  if (raw.problem) throw raw.problem;
  let text: string;
  let body: unknown;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw.bytes!);
    body = JSON.parse(text);
  } catch {
    throw problems.malformedJson();
  }
  if (spec.body && !spec.body(body)) throw problems.validation(toFieldErrors(spec.body.errors));
  return { text, body };
}

interface Outcome {
  status: number;
  text: string;
  contentType: string;
  replayed: boolean;
}

function toResponse(outcome: Outcome): Response {
  const headers: Record<string, string> = {
    'content-type': outcome.contentType,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  };
  if (outcome.replayed) headers['idempotent-replayed'] = 'true';
  return new Response(outcome.text, { status: outcome.status, headers });
}

const JSON_TYPE = 'application/json; charset=utf-8';
const PROBLEM_TYPE = 'application/problem+json';

/** Mounts a public read (`security: []` in the contract): its handler never sees a member. */
export function mountPublicOperation(app: Hono, deps: OperationDeps, operationId: string, handler: PublicHandler): void {
  if (!deps.contract.operations.get(operationId)?.public) throw new Error(`operation ${operationId} is not public in the contract`);
  mountOperation(app, deps, operationId, handler as unknown as OperationHandler);
}

export function mountOperation(app: Hono, deps: OperationDeps, operationId: string, handler: OperationHandler, options: MountOptions = {}): void {
  const spec = deps.contract.operations.get(operationId);
  if (!spec) throw new Error(`operation ${operationId} is not in the contract`);
  const isWrite = spec.method === 'POST' || spec.method === 'PUT';

  /** Everything after the body has arrived is synchronous and runs inside the commit batch. */
  const handleSync = (c: Context, raw: RawBody | null): Outcome => {
    const caller = identifyCaller(c, deps.auth);
    if (spec.public && !isWrite) {
      const { params, query } = readParameters(c, spec);
      const reply = (handler as unknown as PublicHandler)({ params, query, body: undefined, now: deps.now() });
      return { status: reply.status, text: JSON.stringify(reply.body), contentType: JSON_TYPE, replayed: false };
    }
    if (!caller) throw problems.unauthenticated();
    if (isWrite && caller.via === 'session') {
      const sent = c.req.header('x-csrf-token') ?? '';
      if (!caller.csrfToken || !safeEqual(sent, caller.csrfToken)) throw problems.csrf();
    }
    const input = raw ? parseJsonBody(raw, spec) : null;
    const { params, query } = readParameters(c, spec);
    if (!input) {
      const reply = handler({ member: caller.member, params, query, body: undefined, now: deps.now() });
      return { status: reply.status, text: JSON.stringify(reply.body), contentType: JSON_TYPE, replayed: false };
    }
    const key = c.req.header('idempotency-key');
    if (!key) throw problems.idempotencyKeyMissing();
    if (!IDEMPOTENCY_KEY.test(key)) {
      throw problems.validation([{ pointer: '/Idempotency-Key', in: 'header', code: 'wrong-format', detail: 'must be 1–255 visible ASCII characters' }]);
    }
    const request = { fingerprint: requestFingerprint(spec.method, c.req.path, input.text), operation: `${spec.method} ${c.req.path}` };
    return runIdempotent(deps, caller.member, key, request, options, () =>
      handler({ member: caller.member, params, query, body: input.body, now: deps.now() }),
    );
  };

  app.on(spec.method, honoPath(spec.path), async (c) => {
    const raw = isWrite ? await readRawBody(c) : null;
    let outcome: Outcome;
    try {
      outcome = deps.batch.run(() => handleSync(c, raw), { readOnly: !isWrite });
    } catch (error) {
      if (!(error instanceof HttpProblem)) deps.onError(error);
      const problem = error instanceof HttpProblem ? error.problem : { type: '/problems/internal', title: 'Internal server error', status: 500 };
      outcome = { status: problem.status, text: JSON.stringify(problem), contentType: PROBLEM_TYPE, replayed: false };
    }
    // Nobody hears about a write, or sees rows of one, before it is committed.
    await deps.batch.settled();
    return toResponse(outcome);
  });
}

/**
 * Runs a write exactly once per key. The key row, the handler's writes and the stored
 * response are written together (the caller's savepoint). A key belongs to the first
 * request that reached its handler, whatever the handler answered: a refusal (4xx) undoes
 * the handler's writes but is stored and replayed like a success, so the key cannot be
 * spent on another operation or body afterwards (422, every time). Requests refused
 * before their handler (authentication, CSRF, size, type, validation) bind nothing.
 */
function runIdempotent(
  deps: OperationDeps,
  member: MemberRecord,
  key: string,
  request: { fingerprint: string; operation: string },
  options: MountOptions,
  run: () => Reply,
): Outcome {
  const now = deps.now();
  const existing = deps.idempotency.find(member.id, key, now);
  if (existing) {
    if (existing.fingerprint !== request.fingerprint) throw problems.keyReused(reuseDetail(existing.operation, request.operation));
    if (existing.state === 'running') throw problems.keyInUse();
    return { status: existing.status!, text: existing.body!, contentType: existing.status! >= 400 ? PROBLEM_TYPE : JSON_TYPE, replayed: true };
  }
  let outcome: Outcome;
  try {
    const reply = deps.batch.nested(run);
    outcome = { status: reply.status, text: JSON.stringify(reply.body), contentType: JSON_TYPE, replayed: false };
  } catch (error) {
    // An unexpected failure (500) is the server's, not the request's: the key stays free.
    if (!(error instanceof HttpProblem)) throw error;
    outcome = { status: error.problem.status, text: JSON.stringify(error.problem), contentType: PROBLEM_TYPE, replayed: false };
  }
  deps.idempotency.record(member.id, key, request, outcome.status, outcome.text, now, { sealed: options.sealed === true });
  if (outcome.status < 400) deps.onWrite();
  return outcome;
}

function reuseDetail(first: string | null, now: string): string {
  const tail = 'a key belongs to one request: send this one with a new key';
  if (first === null) return `The key was used in the last 24 hours for another operation or body; ${tail}.`;
  return first === now ? `The key was used for ${first} with a different body; ${tail}.` : `The key was used for ${first}; ${tail}.`;
}
