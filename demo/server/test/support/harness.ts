/**
 * A test server: the real app over a temp copy of a seeded database, an injected clock,
 * and clients that log in the ways a host page does (bearer token or cookie + CSRF).
 * Every API response is checked against the contract (contract-check.ts).
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createApp, type AppOptions, type ServerApp } from '../../app';
import { openDatabase } from '../../db/database';
import { seedDatabase } from '../../seed/seed';
import { assertConforms, contract } from './contract-check';

/** 10:00 in Beijing on 15 September 2026: mid-month, mid-year, a weekday. */
export const T0 = Date.parse('2026-09-15T02:00:00.000Z');
export const DEMO_MEMBER = 'm0001';
export const DEMO_SECRETARY = 'm0002';
/** The anonymity key of every test server and of the seeded template they copy. */
export const TEST_ANONYMITY_KEY = Buffer.from('5e1f0c2a9b7d4e6f8a3c1b0d2e4f6a8c9b7d5e3f1a0c2b4d6e8f0a1c3b5d7e9f', 'hex');

const workDir = mkdtempSync(join(tmpdir(), 'pb-server-test-'));
process.on('exit', () => rmSync(workDir, { recursive: true, force: true }));
let templatePath: string | null = null;

/** Seeding once per test process and copying the file keeps each test's setup fast. */
function seededTemplate(): string {
  if (!templatePath) {
    templatePath = join(workDir, 'template.sqlite');
    const db = openDatabase(templatePath);
    seedDatabase(db, { now: T0, anonymityKey: TEST_ANONYMITY_KEY });
    db.pragma('journal_mode = DELETE');
    db.close();
  }
  return templatePath;
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface RequestOptions {
  /** Idempotency-Key for writes: a fresh UUID unless given; null sends none. */
  key?: string | null;
  headers?: Record<string, string>;
  /** Send this text as the body instead of JSON.stringify(body). */
  raw?: string;
  contentType?: string;
}

export type Who = 'member' | 'secretary' | string | { cookie: string; csrf: string };

export class Client {
  constructor(
    private readonly test: TestServer,
    private readonly auth: Record<string, string>,
  ) {}

  get<T = any>(path: string, options: RequestOptions = {}) {
    return this.test.call<T>('GET', path, undefined, this.auth, options);
  }

  post<T = any>(path: string, body: unknown, options: RequestOptions = {}) {
    return this.test.call<T>('POST', path, body, this.auth, options);
  }

  put<T = any>(path: string, body: unknown, options: RequestOptions = {}) {
    return this.test.call<T>('PUT', path, body, this.auth, options);
  }
}

export class TestServer {
  readonly server: ServerApp;
  readonly clock = { now: T0 };
  private readonly tokens = new Map<string, string>();

  constructor(options: { duesSettings?: { farmerFen: number }; creditRequirement?: AppOptions['creditRequirement']; backgroundCheckpoints?: boolean; dialect?: 'ruoyi'; trustProxy?: boolean; reminderWebhook?: string } = {}) {
    const dbPath = join(workDir, `${randomUUID()}.sqlite`);
    copyFileSync(seededTemplate(), dbPath);
    this.server = createApp({ dbPath, now: () => this.clock.now, contract, seed: false, anonymityKey: TEST_ANONYMITY_KEY, ...options });
  }

  get app() {
    return this.server.app;
  }

  get db() {
    return this.server.db;
  }

  advance(ms: number): void {
    this.clock.now += ms;
  }

  /** A client with a bearer token for a member ('member', 'secretary' or an id). */
  as(who: Who): Client {
    if (typeof who === 'object') return new Client(this, { cookie: who.cookie, 'x-csrf-token': who.csrf });
    const id = who === 'member' ? DEMO_MEMBER : who === 'secretary' ? DEMO_SECRETARY : who;
    let token = this.tokens.get(id);
    if (!token) {
      token = this.server.auth.issueToken(id, 'test');
      this.tokens.set(id, token);
    }
    return new Client(this, { authorization: `Bearer ${token}` });
  }

  /** Logs in through the form like a browser; returns the cookie and the page's CSRF token. */
  async login(username: string, password = 'demo'): Promise<{ cookie: string; csrf: string }> {
    const res = await this.app.request('/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username, password, next: '/' }).toString(),
    });
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    if (!cookie.startsWith('pb_session=')) throw new Error(`login failed for ${username}: ${res.status}`);
    const page = await (await this.app.request('/index.html', { headers: { cookie } })).text();
    const csrf = /<meta name="csrf-token" content="([^"]*)">/.exec(page)?.[1] ?? '';
    return { cookie, csrf };
  }

  async call<T>(method: string, path: string, body: unknown, auth: Record<string, string>, options: RequestOptions): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...auth };
    const write = method === 'POST' || method === 'PUT';
    if (write) {
      headers['content-type'] = options.contentType ?? 'application/json';
      if (options.key !== null) headers['idempotency-key'] = options.key ?? randomUUID();
    }
    Object.assign(headers, options.headers);
    for (const [name, value] of Object.entries(headers)) if (value === '') delete headers[name];
    const init: RequestInit = { method, headers };
    if (write) init.body = options.raw ?? JSON.stringify(body);
    const res = await this.app.request(path, init);
    const text = await res.text();
    const contentType = res.headers.get('content-type') ?? '';
    const parsed = /json/.test(contentType) && text ? JSON.parse(text) : text;
    assertConforms(method, path, res.status, contentType, parsed);
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  /** A seeded member of a branch who has not taken part in a questionnaire (and is not used yet). */
  memberWhoHasNotAnswered(questionnaireId: string, branchId = 'b01'): string {
    const ids = this.db
      .prepare(
        `SELECT id FROM members WHERE branch_id = ? AND username IS NULL
           AND id NOT IN (SELECT member_id FROM participations WHERE questionnaire_id = ?) ORDER BY id`,
      )
      .pluck()
      .all(branchId, questionnaireId) as string[];
    const id = ids.find((candidate) => !this.handedOut.has(candidate));
    if (!id) throw new Error(`no member of ${branchId} left who has not answered ${questionnaireId}`);
    this.handedOut.add(id);
    return id;
  }

  private readonly handedOut = new Set<string>();

  count(table: string): number {
    return this.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
  }

  close(): Promise<void> {
    return this.server.close();
  }
}

/** Row counts of every table, to show an attack changed nothing. */
export function tableCounts(test: TestServer): Record<string, number> {
  const tables = test.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, test.count(t)]));
}

export function heartbeat(overrides: Partial<{ sessionId: string; seq: number; position: number; intervals: [number, number][]; activeSeconds: number; ended: boolean }> = {}) {
  return { sessionId: randomUUID(), seq: 1, position: 0, intervals: [] as [number, number][], activeSeconds: 0, ended: false, ...overrides };
}
