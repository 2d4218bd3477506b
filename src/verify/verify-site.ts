/**
 * `pb-verify --config site.json`: a site checked through its own settings, by the library
 * itself. The settings are resolved as `<pb-config site>` resolves them, every operation the
 * site offers is called through the same client, site module and field maps a page uses
 * (in Node, with Node's fetch), and each answer is checked with the shapes the widgets
 * check it with (`answer-checks.ts`). So a wrong map shows here, naming the contract field
 * and the source it was mapped from, before a member meets it.
 *
 * Reads only, unless `writes` is set: a draft is saved back only as it already was. With
 * `writes`, one progress report, one timed attempt, one submission of the first open
 * questionnaire and one payment of the oldest unpaid month are made for real.
 */
import type { Backend } from '../api/backend.js';
import { describeOperation, overriddenBy } from '../api/client.js';
import { ConfigError, PbError, ProblemError, ShapeError } from '../api/errors.js';
import { randomId } from '../api/keys.js';
import { parseEndpoint, type Endpoint, type OperationName } from '../api/operations.js';
import { backendFor } from '../api/rest-backend.js';
import { expectShape } from '../api/shape.js';
import { presets } from '../api/site/presets.js';
import { forgetMembers } from '../api/site/site-backend.js';
import { checkSite } from '../api/site/site-check.js';
import type { Questionnaire } from '../api/types.js';
import { layerSettings, resolveSettings, type ResolvedSettings, type Settings } from '../config/settings.js';
import { answerChecks } from './answer-checks.js';
import { sampleAnswers } from './sample-answers.js';

export interface Row {
  endpoint: string;
  check: string;
  result: 'pass' | 'fail' | 'skip';
  problem: string;
}

export interface SiteVerifyOptions {
  /** The site's settings as the page gives them: site.json, or a module's default export. */
  settings: Settings;
  /** The page's address, against which a relative `apiBase` (`/prod-api`) is resolved. */
  baseUrl?: string | undefined;
  /** The member's token, as the page would read it from `auth.tokenFrom` (sent in the site's header). */
  token?: string | undefined;
  /** The `Cookie` header of a signed-in member; `cookie:` token and value sources read it too. */
  cookie?: string | undefined;
  /** The CSRF token that goes with the cookie (a page reads it from its `<meta>`), and its header. */
  csrf?: string | undefined;
  csrfHeader?: string | undefined;
  /** Values the page reads from its storage (`values: { userId: { from: … } }`), given instead. */
  values?: Readonly<Record<string, string>> | undefined;
  /** Make the writes that cannot be undone (progress, an attempt, a submission, a payment). */
  writes?: boolean | undefined;
}

const cookieValue = (cookie: string, name: string) =>
  cookie.split(/;\s*/).find((pair) => pair.slice(0, pair.indexOf('=')) === name)?.replace(/^[^=]*=/, '');

/** The layer pb-verify puts over the site's settings: the address, the credentials, the values. */
function ownLayer(options: SiteVerifyOptions, site: Settings, rows: Row[]): Settings {
  const fail = (endpoint: string, problem: string) => rows.push({ endpoint, check: 'the settings can run here', result: 'fail', problem });
  let apiBase = site.apiBase;
  if (apiBase && !/^https?:\/\//i.test(apiBase)) {
    if (options.baseUrl) apiBase = new URL(apiBase, options.baseUrl).href;
    else fail('apiBase', `"${apiBase}" is relative to the page: give the page's address with --base-url https://portal.example.cn`);
  }
  const { cookie } = options;
  const fromCookie = (source: string | undefined) => (cookie && source?.startsWith('cookie:') ? cookieValue(cookie, source.slice(7).split('#')[0]!) : undefined);
  const token = options.token ?? fromCookie((site.auth ?? presets[site.preset ?? '']?.auth)?.tokenFrom);
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(site.values ?? {})) {
    if (typeof value !== 'object' || value === null || options.values?.[key] !== undefined) continue;
    const read = fromCookie(value.from);
    if (read !== undefined) values[key] = read;
    else fail(`values.${key}`, `is read from ${value.from} in the page: give it with --value ${key}=…`);
  }
  return {
    apiBase,
    getToken: token ? () => token : undefined,
    values: { ...values, ...options.values },
    csrfToken: options.csrf ? () => options.csrf : undefined,
    csrfHeader: options.csrfHeader,
    headers: async (request) => {
      await site.headers?.(request);
      if (cookie) request.headers.set('Cookie', cookie);
    },
  };
}

/** Runs every check; resolves to one row per check, never throws. */
export async function verifySite(options: SiteVerifyOptions): Promise<Row[]> {
  const rows: Row[] = [];
  const site = options.settings;
  const own = ownLayer(options, site, rows);
  const settings = resolveSettings(layerSettings([own, site]));
  for (const problem of [...settings.problems, ...checkSite(site)]) rows.push({ endpoint: problem.setting, check: 'the settings are valid', result: 'fail', problem: problem.message });
  if (!settings.apiBase) rows.push({ endpoint: 'apiBase', check: 'the settings can run here', result: 'fail', problem: 'is not set: the widgets would have no server to ask' });
  if (rows.some((row) => row.endpoint === 'apiBase' || row.check === 'the settings are valid')) return rows;
  // Each run asks who is signed in afresh (the page's cache of the member would carry one run's member into the next).
  forgetMembers();
  return new Run(settings, backendFor(settings), options, rows).all();
}

class Run {
  /** The last answer read, checked or not, or what the last read failed with. */
  private answer: unknown;
  private error: unknown;
  /** The settings with the site's preset under them, for the endpoints a preset names (RuoYi's `/getInfo`). */
  private readonly described: ResolvedSettings;

  constructor(
    private readonly settings: ResolvedSettings,
    private readonly backend: Backend,
    private readonly options: SiteVerifyOptions,
    private readonly rows: Row[],
  ) {
    const site = settings.site;
    this.described = site ? resolveSettings(layerSettings([site, presets[site.preset ?? ''] ?? {}])) : settings;
  }

  async all(): Promise<Row[]> {
    const me = await this.read('me', '', () => this.backend.me());
    if (this.error instanceof ProblemError && (this.error.status === 401 || this.error.status === 403)) {
      this.rows.at(-1)!.problem += ' — the credentials were refused: check --token / --cookie (the other checks need a signed-in member)';
      return this.rows;
    }
    await this.courses();
    await this.questionnaires();
    await this.dues(me?.branchId);
    for (const scope of ['branches', 'members'] as const) {
      await this.read('getLeaderboard', `scope=${scope}`, () => this.backend.getLeaderboard({ metric: 'points', scope, period: 'month', limit: 20 }));
    }
    await this.read('getStats', 'points, groupBy=month', () => this.backend.getStats('points', { groupBy: 'month' }));
    return this.rows;
  }

  private async courses(): Promise<void> {
    const first = await this.read('listCourses', 'limit=2', () => this.backend.listCourses({ limit: 2 }));
    if (first?.nextCursor) {
      const cursor = first.nextCursor;
      const second = await this.read('listCourses', `cursor=${cursor}`, () => this.backend.listCourses({ limit: 2, cursor }));
      const repeated = second?.items.filter((item) => first.items.some((seen) => seen.id === item.id)).map((item) => item.id) ?? [];
      if (second && (repeated.length || !second.items.length)) {
        Object.assign(this.rows.at(-1)!, { result: 'fail', problem: repeated.length ? `page 2 repeats ${repeated.join(', ')} from page 1` : 'page 2 is empty although page 1 had a nextCursor' });
      }
    }
    const course = first?.items[0] ?? this.firstOf('items');
    if (!course) return this.skipAll(['getCourse', 'getCourseProgress', 'reportProgress'], first ? 'the site lists no course to read' : 'no course list to start from');
    const detail = await this.read('getCourse', course.id, () => this.backend.getCourse(course.id));
    const progress = await this.read('getCourseProgress', course.id, () => this.backend.getCourseProgress(course.id));
    const lesson = detail?.lessons[0];
    if (!lesson) return this.skipAll(['reportProgress'], 'no lesson to report on');
    const position = progress?.lessons.find((l) => l.lessonId === lesson.id)?.positionSeconds ?? 0;
    const batch = { sessionId: randomId(), seq: 0, position, intervals: [], activeSeconds: 0, ended: false };
    await this.write('reportProgress', lesson.id, 'it would record study progress for the member', () =>
      this.backend.reportProgress(course.id, lesson.id, batch, { idempotencyKey: randomId() }),
    );
  }

  private async questionnaires(): Promise<void> {
    const list = await this.read('listQuestionnaires', 'limit=5', () => this.backend.listQuestionnaires({ limit: 5 }));
    let target: Questionnaire | undefined;
    for (const { id } of list?.items ?? [this.firstOf('items')].filter((item) => item !== undefined)) {
      const definition = await this.read('getQuestionnaire', id, () => this.backend.getQuestionnaire(id));
      if (!definition) continue;
      if (definition.mine.submitted) await this.read('getMyResponses', id, () => this.backend.getMyResponses(id));
      if (definition.mine.canSubmit && definition.status === 'open') target ??= definition;
    }
    const all = ['getDraft', 'saveDraft', 'startAttempt', 'submitResponse'] as const;
    if (!target) return this.skipAll(all, 'no open questionnaire this member can still answer');
    const { id } = target;
    const draft = await this.read('getDraft', id, () => this.backend.getDraft(id));
    if (draft) {
      const { answers, pageIndex, attemptId = null } = draft;
      await this.read('saveDraft', `${id}, as it was`, () => this.backend.saveDraft(id, { answers, pageIndex, attemptId }, { idempotencyKey: randomId() }));
    } else {
      await this.write('saveDraft', id, 'it would save an empty draft (the member had none)', () =>
        this.backend.saveDraft(id, { answers: {}, pageIndex: 0, attemptId: null }, { idempotencyKey: randomId() }),
      );
    }
    const attempt = target.timeLimitSeconds
      ? await this.write('startAttempt', id, 'it would start the member’s timed attempt', () => this.backend.startAttempt(id, { idempotencyKey: randomId() }))
      : this.skip('startAttempt', id, 'the questionnaire has no time limit (the widget starts no attempt)');
    const submitted = await this.write('submitResponse', id, 'it would submit answers as the member', () =>
      this.backend.submitResponse(id, { answers: sampleAnswers(target), attemptId: attempt?.id ?? null }, { idempotencyKey: randomId() }),
    );
    if (submitted) await this.read('getMyResponses', `${id}, after submitting`, () => this.backend.getMyResponses(id));
  }

  private async dues(branchId: string | undefined): Promise<void> {
    const year = await this.read('getDues', '', () => this.backend.getDues({}));
    const payable = year?.months.find((m) => !['paid', 'paid-late', 'exempt', 'not-due'].includes(m.status));
    const paid = payable
      ? await this.write('createPayment', payable.month, `it would pay (or start paying) ${payable.month} for the member`, () =>
          this.backend.createPayment({ months: [payable.month] }, { idempotencyKey: randomId() }),
        )
      : this.skip('createPayment', '', year ? 'nothing to pay this year' : 'no dues year to start from');
    const payment = paid ?? year?.payments[0];
    if (payment) await this.read('getPayment', payment.id, () => this.backend.getPayment(payment.id));
    else this.skip('getPayment', '', 'the member has no payment to read');
    if (branchId === undefined) this.skip('getDuesSummary', '', 'the member’s branch is not known (me)');
    else await this.read('getDuesSummary', branchId, () => this.backend.getDuesSummary(branchId, {}));
  }

  /** Calls a read (or a write that changes nothing) and checks its answer; undefined when it failed or is not offered. */
  private async read<T>(operation: OperationName, about: string, call: () => Promise<T>): Promise<T | undefined> {
    const row: Row = { endpoint: this.where(operation), check: this.label(operation, about), result: 'pass', problem: '' };
    this.rows.push(row);
    this.answer = this.error = undefined;
    if (!this.offered(operation)) {
      return void Object.assign(row, { result: 'skip', problem: notOffered(operation) });
    }
    try {
      const data = (this.answer = await call());
      // Where the request went, once made (a page's own operation is known only then).
      row.endpoint = this.where(operation);
      return expectShape(answerChecks[operation]!.check, data, row.endpoint) as T;
    } catch (error) {
      this.error = error;
      row.endpoint = this.where(operation);
      if (operation === 'getDuesSummary' && error instanceof ProblemError && error.status === 403) {
        return void Object.assign(row, { result: 'skip', problem: 'this member may not see the branch’s dues (403): run with a branch secretary’s token to check it' });
      }
      return void Object.assign(row, { result: 'fail', problem: describe(error) });
    }
  }

  /**
   * The first item of the last answer's list, when it has an id even though the answer
   * failed its check: one wrong field of a list should not hide the checks of the detail.
   */
  private firstOf(list: string): { id: string } | undefined {
    const item: unknown = (this.answer as Record<string, unknown[]> | undefined)?.[list]?.[0];
    const id = (item as { id?: unknown } | undefined)?.id;
    return typeof id === 'string' || typeof id === 'number' ? { id: String(id) } : undefined;
  }

  private write<T>(operation: OperationName, about: string, what: string, call: () => Promise<T>): Promise<T | undefined> {
    if (this.options.writes || !this.offered(operation)) return this.read(operation, about, call);
    return Promise.resolve(this.skip(operation, about, `a write: ${what}; run with --writes to check it`));
  }

  private skip(operation: OperationName, about: string, why: string): undefined {
    this.rows.push({ endpoint: this.where(operation), check: this.label(operation, about), result: 'skip', problem: this.offered(operation) ? why : notOffered(operation) });
    return undefined;
  }

  private skipAll(operations: readonly OperationName[], why: string): void {
    for (const operation of operations) this.skip(operation, '', why);
  }

  /**
   * Whether the page can do it: the site has the endpoint, or a model serves it without one
   * (progress read lesson by lesson, answers without a finish call), or the page's own code does.
   */
  private offered(operation: OperationName): boolean {
    const { settings } = this;
    const { progress, answers } = this.described.site ?? {};
    return (
      !settings.notOffered.has(operation) ||
      (operation === 'getCourseProgress' && progress?.model === 'percent' && !!progress.read) ||
      (operation === 'submitResponse' && answers?.mode === 'per-option' && !!answers.answer) ||
      !!settings.backend[operation] ||
      !!overriddenBy.get(settings)?.has(operation)
    );
  }

  private label(operation: OperationName, about: string): string {
    return `${operation}(${about}) for ${answerChecks[operation]!.reader}`;
  }

  /** The request an operation makes, as widgets name it in their messages (without the API's origin, which the report names once). */
  private where(operation: OperationName): string {
    const origin = new URL(this.settings.apiBase!).origin;
    return this.request(operation).replaceAll(origin, '');
  }

  /** …or as the site's progress or answer model makes it. */
  private request(operation: OperationName): string {
    const { settings } = this;
    if (settings.backend[operation] || overriddenBy.get(settings)?.has(operation)) return describeOperation(settings, operation);
    const site = this.described.site;
    const base = (settings.apiBase ?? '').replace(/\/+$/, '');
    const template = (text: string, method: 'GET' | 'POST' | 'PUT') => {
      const endpoint = parseEndpoint(text, method) as Endpoint;
      return `${endpoint.method} ${base}${endpoint.path}`;
    };
    const { progress, answers } = site ?? {};
    if (progress?.model === 'percent' && progress.read && progress.create && progress.update) {
      if (operation === 'reportProgress') return `${template(progress.read, 'GET')}, then ${template(progress.create, 'POST')} or ${template(progress.update, 'PUT')}`;
      if (operation === 'getCourseProgress' && settings.notOffered.has(operation)) return `${template(progress.read, 'GET')} per lesson`;
    }
    if (operation === 'submitResponse' && answers?.mode === 'per-option' && answers.answer) {
      return `${template(answers.answer, 'POST')} per option${settings.notOffered.has(operation) ? '' : `, then ${describeOperation(this.described, operation)}`}`;
    }
    return settings.notOffered.has(operation) ? `endpoints.${operation}: false` : describeOperation(this.described, operation);
  }
}

const notOffered = (operation: string) => `not offered on this site (endpoints.${operation} is false): its widget says so and asks nothing`;

/** What went wrong, in the words a webmaster acts on (the endpoint is the row's). */
function describe(error: unknown): string {
  if (error instanceof ShapeError) return `${error.path}: ${error.expectation}`;
  if (error instanceof ProblemError) {
    const { status, title, detail, code } = error;
    const words = detail && detail !== title ? `${title}: ${detail}` : title;
    return `${error.endpoint ? `${error.endpoint} answered` : 'answered'} ${status} ${words}${code === undefined ? '' : ` (business code ${String(code)})`}`;
  }
  if (error instanceof ConfigError || error instanceof PbError) return error.message;
  return `the library failed: ${error instanceof Error ? error.message : String(error)}`;
}

export { contractProblem } from './contract-checks.js';
