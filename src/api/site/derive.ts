/**
 * What the library can work out itself when a foreign backend leaves it out: a field the
 * request already named (a ranking's metric and period, a dues year), a ranking's unit and
 * ranks, the member's own row. Only for answers of sites connected by settings; the
 * reference contract always sends all of it.
 */
import { arrearsOf } from '../../contract/rules/arrears.js';
import { unitOf } from '../../contract/rules/metrics.js';
import type { DuesMonth, LeaderboardPage, Member, Metric } from '../types.js';
import type { TreeNode } from './contract-tree.js';

type Data = Record<string, unknown>;
const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Top-level fields the answer lacks, taken from the request's parameters of the same name. */
export function fillFromParams(data: unknown, params: Readonly<Record<string, unknown>>, tree: TreeNode | undefined): unknown {
  if (!isObject(data) || typeof tree !== 'object' || !tree.p) return data;
  const out = { ...data };
  for (const key of Object.keys(tree.p)) if (out[key] === undefined && params[key] !== undefined && params[key] !== null) out[key] = params[key];
  return out;
}


/**
 * Competition ranks (1, 2, 2, 4) in the order the backend listed the rows, offset by the
 * page (backends that page by number), for rows that come without a rank.
 */
function ranked(items: Data[], offset: number): Data[] {
  let rank = offset;
  return items.map((item, i) => {
    if (item['rank'] !== undefined) return item;
    if (i === 0 || item['value'] !== items[i - 1]!['value']) rank = offset + i + 1;
    return { ...item, rank };
  });
}

/**
 * A lesson keeps the source its kind plays: backends with one `url` column for every kind
 * map it to both `media.src` and `document.src`, and a video then has no document.
 */
function oneSource(lesson: unknown): unknown {
  if (!isObject(lesson)) return lesson;
  const media = lesson['kind'] === 'video' || lesson['kind'] === 'audio';
  return { ...lesson, media: media ? lesson['media'] : null, document: lesson['kind'] === 'document' ? lesson['document'] : null };
}

/** `YYYY-MM` now in China Standard Time, where dues months are counted. */
const chinaMonth = (now: number) => new Date(now + 8 * 3600_000).toISOString().slice(0, 7);

/**
 * A dues year from a backend that keeps only the months: what is due now and what is
 * overdue, worked out by the contract's rule (a month is overdue once it has ended unpaid;
 * this month unpaid is only due; six in a row is serious: `arrearsOf`, as the reference
 * server states them), for what the backend leaves out. Only this year's months are known,
 * so arrears of earlier years are not counted: a month not listed neither breaks nor
 * extends a run, as an exempt one.
 */
function duesYear(data: Data, now: number): Data {
  const current = chinaMonth(now);
  const months = (data['months'] as Data[]).map((m) =>
    m['status'] === 'unpaid' && String(m['month']) >= current ? { ...m, status: m['month'] === current ? 'due' : 'not-due' } : m,
  );
  const sum = (statuses: string[]) => months.filter((m) => statuses.includes(m['status'] as string)).reduce((total, m) => total + Number(m['amountFen'] ?? 0), 0);
  const listed = new Map(months.map((m) => [String(m['month']), m]));
  const status = (month: string) => (listed.get(month)?.['status'] ?? 'exempt') as DuesMonth['status'];
  const first = [...listed.keys()].sort()[0] ?? current;
  return {
    ...data,
    months,
    paidFen: data['paidFen'] ?? sum(['paid', 'paid-late']),
    owedFen: data['owedFen'] ?? sum(['unpaid']),
    dueFen: data['dueFen'] ?? sum(['due']),
    arrears: data['arrears'] ?? arrearsOf(status, (month) => Number(listed.get(month)?.['amountFen'] ?? 0), current, first),
  };
}

export function derive(operation: string, data: unknown, params: Readonly<Record<string, unknown>>, now = Date.now()): unknown {
  if (!isObject(data)) return data;
  if (operation === 'getDues' && Array.isArray(data['months'])) return duesYear(data, now);
  if (operation === 'getCourse' && Array.isArray(data['lessons'])) return { ...data, lessons: data['lessons'].map(oneSource) };
  if (operation === 'getLeaderboard' || operation === 'getStats') {
    const out = { ...data };
    out['unit'] ??= unitOf(out['metric'] as Metric);
    if (operation === 'getLeaderboard') {
      out['generatedAt'] ??= new Date().toISOString();
      out['me'] ??= null;
      const page = Math.max(1, Number(params['cursor'] ?? 1) || 1);
      const size = Number(params['limit']) || 0;
      if (Array.isArray(out['items'])) out['items'] = ranked(out['items'].filter(isObject), (page - 1) * size);
    }
    return out;
  }
  return data;
}

/** The member's own row (members scope) or their branch's (branches scope) on this page, if it is there. */
export function findMe(page: LeaderboardPage, member: Member | undefined): LeaderboardPage['me'] {
  if (!member) return null;
  const id = page.scope === 'branches' ? member.branchId : member.id;
  const index = page.items.findIndex((entry) => entry.id === id);
  return index < 0 ? null : { entry: page.items[index]!, index };
}
