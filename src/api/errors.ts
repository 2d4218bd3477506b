/** One field the server rejected, as an RFC 9457 extension member: a JSON pointer and why. */
export interface FieldError {
  pointer: string;
  detail: string;
}

export type PbErrorKind = 'problem' | 'network' | 'timeout' | 'shape' | 'config' | 'storage' | 'not-offered';

/**
 * Every failure a widget can show. The subclasses exist so a host page can tell them apart
 * with `instanceof` or `kind`; `message` is written for a developer reading the console.
 */
export abstract class PbError extends Error {
  abstract readonly kind: PbErrorKind;
  /** Which Backend operation failed, when one did. */
  operation?: string;
  /** Whether sending the same request again later can succeed. */
  get retryable(): boolean {
    return false;
  }
}

const transientStatuses = new Set([408, 425, 429, 500, 502, 503, 504]);

/** The server answered with an error: `application/problem+json` or an envelope's error. */
export class ProblemError extends PbError {
  readonly kind = 'problem';
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly type: string;
  readonly fieldErrors: FieldError[];
  /** Seconds the server asked us to wait (`Retry-After`), when it said. */
  readonly retryAfter: number | undefined;
  /** The request that got this answer (`GET /api/v1/courses`), when the REST client made it. */
  endpoint?: string;
  /** The backend's own business code from the body (`500`, `"A0301"`), when it sent one. */
  readonly code: string | number | undefined;

  constructor(init: {
    status: number;
    title: string;
    detail?: string | undefined;
    type?: string | undefined;
    fieldErrors?: FieldError[];
    retryAfter?: number | undefined;
    transient?: boolean;
    code?: string | number | undefined;
  }) {
    super(`${init.status} ${init.title}${init.detail ? `: ${init.detail}` : ''}`);
    this.name = 'ProblemError';
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.type = init.type ?? 'about:blank';
    this.fieldErrors = init.fieldErrors ?? [];
    this.retryAfter = init.retryAfter;
    this.code = init.code;
    this.transient = init.transient ?? transientStatuses.has(init.status);
  }

  private readonly transient: boolean;

  override get retryable(): boolean {
    return this.transient;
  }
}

/** The request never got an answer: offline, DNS, CORS, connection reset. */
export class NetworkError extends PbError {
  readonly kind = 'network';
  constructor(endpoint: string, options?: ErrorOptions) {
    super(`No response from ${endpoint}: the network is unavailable or the server cannot be reached`, options);
    this.name = 'NetworkError';
  }
  override get retryable(): boolean {
    return true;
  }
}

/** The server took longer than the configured timeout. */
export class TimeoutError extends PbError {
  readonly kind = 'timeout';
  constructor(endpoint: string, readonly timeoutMs: number) {
    super(`${endpoint} did not answer within ${timeoutMs / 1000} s`);
    this.name = 'TimeoutError';
  }
  override get retryable(): boolean {
    return true;
  }
}

/** The server answered, but not with what the contract promises. */
export class ShapeError extends PbError {
  readonly kind = 'shape';
  constructor(
    readonly endpoint: string,
    /** Where the body went wrong, as a path like `$.items[3].progress.percent`. */
    readonly path: string,
    readonly expectation: string,
  ) {
    super(`${endpoint} returned data that does not match the contract at ${path}: ${expectation}`);
    this.name = 'ShapeError';
  }
}

/** A setting of the host page is missing or malformed; `setting` names what to fix. */
export class ConfigError extends PbError {
  readonly kind = 'config';
  constructor(readonly setting: string, problem: string) {
    super(`Configuration: ${setting} ${problem}`);
    this.name = 'ConfigError';
  }
}

/**
 * The site does not offer this operation (`endpoints: { getDues: false }`): the widget says
 * so plainly, asks nothing and offers no retry.
 */
export class NotOfferedError extends PbError {
  readonly kind = 'not-offered';
  constructor(readonly offered: string) {
    super(`${offered} is not offered on this site (endpoints.${offered} is false)`);
    this.name = 'NotOfferedError';
  }
}

/** The browser's storage refused a write (quota full, private mode). */
export class StorageError extends PbError {
  readonly kind = 'storage';
  constructor(problem: string, options?: ErrorOptions) {
    super(`Local storage: ${problem}`, options);
    this.name = 'StorageError';
  }
}

/** True for an error caused by our own abort (element removed, newer request started). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
