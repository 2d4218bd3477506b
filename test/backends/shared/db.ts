/**
 * What the three stand-in backends share: opening their own SQLite file with their own
 * schema, seeding it once, and the two kinds of value every Java backend here seeds with
 * (China-time datetimes and 19-digit snowflake ids). Nothing about their APIs: each
 * backend's envelope, paths and quirks are its own.
 */
import Database from 'better-sqlite3';

export type Db = Database.Database;

export interface BackendOptions {
  /** SQLite file; default ':memory:' (a fresh database per backend). */
  dbPath?: string;
  /** The clock, epoch ms; every timestamp and every "this month" reads it. */
  now?: () => number;
}

/** A running stand-in backend. `tokens` are fixed and valid from the start. */
export interface Backend {
  app: { fetch: (request: Request) => Response | Promise<Response>; request: (input: string, init?: RequestInit) => Response | Promise<Response> };
  db: Db;
  tokens: { member: string; secretary: string };
  /** The path the real system answers under (nginx prefix or servlet context path). */
  basePath: string;
  close(): void;
}

/**
 * Opens (or creates) the database, applies `schema` (CREATE … IF NOT EXISTS) and runs
 * `seed` in one transaction when `marker` (a table the seed fills) is still empty.
 */
export function openBackendDb(dbPath: string, schema: string, marker: string, seed: (db: Db) => void): Db {
  const db = new Database(dbPath);
  if (dbPath !== ':memory:') db.pragma('journal_mode = WAL');
  db.exec(schema);
  if ((db.prepare(`SELECT count(*) FROM ${marker}`).pluck().get() as number) === 0) db.transaction(seed)(db);
  return db;
}

/** Inserts rows given as objects whose keys are the table's column names. */
export function insertRows(db: Db, table: string, rows: Record<string, unknown>[]): void {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const insert = db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`);
  for (const row of rows) insert.run(row);
}

const CHINA_OFFSET_MS = 8 * 3600_000;

/** `yyyy-MM-dd HH:mm:ss` in Beijing time, as Jackson writes a Date with time-zone GMT+8. */
export function chinaTime(ms: number): string {
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** The Beijing calendar date parts of an instant. */
export function chinaDate(ms: number): { year: number; month: number; day: number; weekday: number } {
  const d = new Date(ms + CHINA_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

/** The instant of a Beijing wall-clock time. */
export function fromChinaTime(year: number, month: number, day = 1, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute) - CHINA_OFFSET_MS;
}

const TWITTER_EPOCH = 1288834974657n;
let sequence = 0n;

/**
 * A 19-digit snowflake id (MyBatis-Plus ASSIGN_ID / Hutool style: milliseconds since the
 * epoch, then worker and sequence bits), as a decimal string so it stays exact in JS.
 */
export function snowflake(now: number): string {
  sequence = (sequence + 1n) & 0xfffn;
  return ((BigInt(now) - TWITTER_EPOCH) << 22n | (1n << 12n) | sequence).toString();
}
