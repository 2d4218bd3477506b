/**
 * The reference backend as a Hono app over one SQLite database. Tests call
 * `createApp({ dbPath, now })` and `app.request()`; main.ts serves it over HTTP.
 */
import { existsSync } from 'node:fs';
import { Hono, type MiddlewareHandler } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { startBackgroundCheckpoints } from './db/background-checkpoints';
import { openDatabase, type Db } from './db/database';
import { GroupCommit } from './db/group-commit';
import { loadContract, type Contract } from './http/contract';
import { limitBodies } from './http/body-limit';
import { mountGateway } from './http/gateway';
import { htmlResponse } from './http/html';
import { API_BASE, mountOperation, type OperationDeps } from './http/operation';
import { mountHostPages } from './http/host-pages';
import { mountPages } from './http/pages';
import { problemResponse, problems } from './http/problem';
import { creditRequirementSetting, DEFAULT_CREDIT_REQUIREMENT, type CreditRequirement } from './rules/credit-requirement';
import { DEFAULT_DUES_SETTINGS, farmerSetting, type DuesSettings } from './rules/dues-rules';
import { memberView } from './rules/member-view';
import { mountCertificateRoutes } from './routes/certificate-routes';
import { mountCourseRequestRoutes } from './routes/course-request-routes';
import { mountCourseRoutes } from './routes/course-routes';
import { mountDuesRoutes } from './routes/dues-routes';
import { mountQuestionnaireRoutes } from './routes/questionnaire-routes';
import { mountRankingRoutes } from './routes/ranking-routes';
import { mountStudyPlanRoutes } from './routes/study-plan-routes';
import { mountResultsRoutes } from './routes/results-routes';
import { mountMeetingRoutes } from './routes/meeting-routes';
import type { Services } from './routes/services';
import { seedDatabase } from './seed/seed';
import { DEMO_ROOT, LIB_ROOT } from './paths';
import { mountRuoyiDialect } from './dialects/ruoyi';
import { createAnonymity, loadAnonymityKey } from './store/anonymity';
import { createAuthStore, type AuthStore } from './store/auth-store';
import { createCourseRequestStore } from './store/course-request-store';
import { createCourseStore } from './store/course-store';
import { createDuesStore } from './store/dues-store';
import { createIdempotencyStore } from './store/idempotency-store';
import { createLoginThrottle } from './store/login-throttle';
import { createMembersStore } from './store/members-store';
import { createQuestionnaireStore } from './store/questionnaire-store';
import { createStatsStore } from './store/stats-store';
import { createStudyPlanStore } from './store/study-plan-store';
import { createStudyStore } from './store/study-store';
import { createReminderStore } from './store/reminder-store';
import { reminderWebhook } from './http/reminder-webhook';
import { mountTaskRoutes } from './routes/task-routes';
import { mountBranchDuesRoutes } from './routes/branch-dues-routes';

export interface AppOptions {
  /** SQLite file (created if missing); ':memory:' works for quick experiments. */
  dbPath: string;
  /** The clock, epoch ms. Tests inject one; every rule reads time only through it. */
  now?: () => number;
  /** Seed the demo data when the database has no members yet (default true). */
  seed?: boolean;
  duesSettings?: Partial<DuesSettings>;
  /**
   * The yearly 学时 requirement (default 32 for everyone); else the `credit_requirement`
   * setting in the database (JSON `{"defaultHours":32,"byGroup":{"cadre":56}}`).
   */
  creditRequirement?: Partial<CreditRequirement>;
  /** Where the demo pages and assets are (default: this repository's demo/). */
  demoRoot?: string;
  /** Where the library bundle is served from at /lib/ (default: dist/cdn/). */
  libRoot?: string;
  /** Unexpected errors (never bad input) are reported here; default console.error. */
  onError?: (error: unknown) => void;
  /** An already loaded contract, to share one compiled copy across many apps in tests. */
  contract?: Contract;
  /**
   * Checkpoint the WAL from a worker thread instead of inside commits (the HTTP server
   * turns this on; see db/background-checkpoints.ts). Default false.
   */
  backgroundCheckpoints?: boolean;
  /**
   * Also speak a foreign dialect: `ruoyi` mounts a RuoYi-like API under /prod-api (over the
   * same data; see dialects/ruoyi.ts) and serves its demo page /hosts/ruoyi.html. Default none.
   */
  dialect?: 'ruoyi';
  /**
   * The server runs behind one reverse proxy that ends TLS (TRUST_PROXY=1): believe the
   * last entry of its X-Forwarded-For (the client address login throttling counts),
   * X-Forwarded-Proto (the session cookie gets `Secure` over https) and X-Forwarded-Host.
   * Default false: those headers are ignored, since any client can send them.
   */
  trustProxy?: boolean;
  /**
   * The 32-byte key that keeps anonymous course requests unpaired with their members
   * (store/anonymity.ts); default `PB_ANONYMITY_KEY`, or a key file beside the database.
   */
  anonymityKey?: Buffer;
  /**
   * Where to POST each reminder a secretary sends, for the site's own SMS or messaging
   * (http/reminder-webhook.ts); default `PB_REMINDER_WEBHOOK`, none when unset.
   */
  reminderWebhook?: string;
}

export interface ServerApp {
  app: Hono;
  db: Db;
  auth: AuthStore;
  contract: Contract;
  services: Services;
  close(): Promise<void>;
}

let sharedContract: Contract | null = null;

const EXTRA_MIME_TYPES: Record<string, string> = {
  '.vtt': 'text/vtt; charset=utf-8',
  '.m4a': 'audio/mp4',
};

export function createApp(options: AppOptions): ServerApp {
  const now = options.now ?? Date.now;
  const db = openDatabase(options.dbPath);
  const members = createMembersStore(db);
  const anonymityKey = options.anonymityKey ?? loadAnonymityKey(options.dbPath);
  if ((options.seed ?? true) && members.allMembers().length === 0) seedDatabase(db, { now: now(), anonymityKey });
  const anonymity = createAnonymity(anonymityKey);
  const checkpoints = options.backgroundCheckpoints && options.dbPath !== ':memory:' ? startBackgroundCheckpoints(db, options.dbPath) : null;

  const contract = options.contract ?? (sharedContract ??= loadContract());
  const auth = createAuthStore(db, now);
  const duesSettings = { ...DEFAULT_DUES_SETTINGS, ...readFarmerSetting(db), ...options.duesSettings };
  const services: Services = {
    db,
    now,
    duesSettings,
    creditRequirement: {
      ...DEFAULT_CREDIT_REQUIREMENT,
      ...creditRequirementSetting(db.prepare("SELECT value FROM settings WHERE key = 'credit_requirement'").pluck().get() as string | undefined),
      ...options.creditRequirement,
    },
    members,
    courses: createCourseStore(db),
    study: createStudyStore(db),
    questionnaires: createQuestionnaireStore(db),
    dues: createDuesStore(db),
    stats: createStatsStore(db),
    courseRequests: createCourseRequestStore(db),
    studyPlans: createStudyPlanStore(db),
    anonymity,
    reminders: createReminderStore(db),
    deliverReminders: reminderWebhook(options.reminderWebhook ?? process.env['PB_REMINDER_WEBHOOK'], options.onError ?? ((error) => console.error(error))),
  };
  const batch = new GroupCommit(db);
  // Bumped after every write, so cached rankings are recomputed only when data changed.
  let dataVersion = 0;
  const onWrite = () => void (dataVersion += 1);
  const deps: OperationDeps = {
    db,
    contract,
    auth,
    idempotency: createIdempotencyStore(db, anonymity),
    now,
    onError: options.onError ?? ((error) => console.error(error)),
    onWrite,
    batch,
  };

  const app = new Hono();
  // First: no route, and no authentication, ever sees more of a body than its limit.
  app.use('*', limitBodies());
  mountOperation(app, deps, 'me', ({ member, now }) => ({ status: 200, body: memberView(member, now) }));
  mountCourseRoutes(app, deps, services);
  mountQuestionnaireRoutes(app, deps, services);
  mountDuesRoutes(app, deps, services);
  mountRankingRoutes(app, deps, services, () => dataVersion);
  mountCourseRequestRoutes(app, deps, services);
  mountMeetingRoutes(app, deps, services);
  mountStudyPlanRoutes(app, deps, services);
  mountTaskRoutes(app, deps, services);
  mountBranchDuesRoutes(app, deps, services);
  mountResultsRoutes(app, deps, services);
  mountCertificateRoutes(app, deps, services);
  app.all(`${API_BASE}/*`, () => problemResponse(problems.notFound('Endpoint').problem));
  if (options.dialect === 'ruoyi') mountRuoyiDialect(app, auth);

  const demoRoot = options.demoRoot ?? DEMO_ROOT;
  const login = { throttle: createLoginThrottle(db), now, trustProxy: options.trustProxy ?? false };
  mountPages(app, auth, demoRoot, batch, login, options.dialect === 'ruoyi' ? ['hosts/ruoyi.html'] : []);
  mountGateway(app, { db, auth, dues: services.dues, now, onWrite, batch });
  app.use('/assets/*', async (c, next) => {
    await next();
    // Types the static server does not know; <track> ignores captions not sent as text/vtt.
    const type = EXTRA_MIME_TYPES[c.req.path.slice(c.req.path.lastIndexOf('.'))];
    if (type && c.res.status < 300) c.res.headers.set('content-type', type);
  });
  app.use('/assets/*', serveStatic({ root: demoRoot }));
  // The bundle may be built while the server runs, so look for it per request.
  const libRoot = options.libRoot ?? LIB_ROOT;
  mountHostPages(app, auth, demoRoot, libRoot);
  let libStatic: MiddlewareHandler | null = null;
  app.use('/lib/*', (c, next) => {
    if (!existsSync(libRoot)) return next();
    libStatic ??= serveStatic({ root: libRoot, rewriteRequestPath: (p) => p.replace(/^\/lib/, '') });
    return libStatic(c, next);
  });
  app.get('/lib/*', (c) =>
    c.body('/* The library bundle is not built yet: run `npx vite build --mode cdn`. Pages show placeholders meanwhile. */\n', 404, {
      'content-type': 'text/javascript; charset=utf-8',
    }),
  );
  app.get('/favicon.ico', (c) => c.redirect('/assets/favicon.svg', 301));
  app.notFound(() => htmlResponse('<!doctype html><meta charset="utf-8"><title>404</title><p>页面不存在。<a href="/">返回首页</a></p>', 404));
  app.onError((error) => {
    deps.onError(error);
    return problemResponse({ type: '/problems/internal', title: 'Internal server error', status: 500 });
  });

  const close = async () => {
    if (db.open) batch.commit();
    await checkpoints?.stop();
    if (db.open) db.close();
  };
  return { app, db, auth, contract, services, close };
}

function readFarmerSetting(db: Db): Partial<DuesSettings> {
  return farmerSetting(db.prepare("SELECT value FROM settings WHERE key = 'farmer_dues_fen'").pluck().get() as string | undefined);
}
