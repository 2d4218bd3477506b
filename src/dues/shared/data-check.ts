/**
 * What the dues data must mean: first its structure (the contract's shapes: field types,
 * known statuses, whole non-negative 分, dates that are dates), then a month twice or missing,
 * totals that do not add up, an arrears level that contradicts its month count. Each
 * would make the widget show wrong numbers, so each is reported instead, naming the JSON
 * path and what is wrong.
 */
import type { DuesSummary, DuesYear } from '../../api/types.js';
import { monthsOfYear } from './months.js';
import { check, shapeProblem, type DataProblem } from '../../contract/data-shape.js';
import { arrearsLevel } from '../../contract/rules/arrears-level.js';
import { getDuesSummary } from '../../contract/shapes/DuesSummary.gen.js';
import { getDues } from '../../contract/shapes/DuesYear.gen.js';

type Problem = DataProblem | null;
type Level = DuesYear['arrears']['level'];

function total(path: string, stated: number, computed: number, what: string): Problem {
  return stated === computed ? null : { path, message: `${stated} does not match ${what} (${computed})` };
}

function level(path: string, consecutiveMonths: number, overdueMonths: number, stated: Level): Problem {
  // The level the contract gives arrears (its rule): a notice for any overdue month, serious from 6 in a row.
  const expected = consecutiveMonths > overdueMonths ? '' : arrearsLevel(consecutiveMonths, overdueMonths);
  return stated === expected ? null : { path, message: `"${stated}" does not match ${overdueMonths} overdue months, ${consecutiveMonths} in a row` };
}

/** Every month of `year` exactly once. */
export function checkMonths(months: ReadonlyArray<{ month: string }>, year: number): Problem {
  const seen = new Set<string>();
  for (const [i, { month }] of months.entries()) {
    const path = `$.months[${i}].month`;
    // The contract's shape checked first that it is a month (YYYY-MM).
    if (!month.startsWith(`${year}-`)) return { path, message: `"${month}" is not a month of ${year} (YYYY-MM)` };
    if (seen.has(month)) return { path, message: `${month} appears twice` };
    seen.add(month);
  }
  const missing = monthsOfYear(year).find((month) => !seen.has(month));
  return missing ? { path: '$.months', message: `${missing} is missing` } : null;
}

/** The first problem in a member's year (its structure, then its numbers), or null when it all adds up. */
export function checkDuesYear(data: unknown): Problem {
  const problem = shapeProblem(getDues, data);
  if (problem) return problem;
  const d = data as DuesYear;
  const sum = (statuses: string[]) => d.months.reduce((fen, m) => (statuses.includes(m.status) ? fen + m.amountFen : fen), 0);
  const { consecutiveMonths, since } = d.arrears;
  return (
    checkMonths(d.months, d.year) ??
    total('$.paidFen', d.paidFen, sum(['paid', 'paid-late']), 'the sum of the paid months') ??
    total('$.owedFen', d.owedFen, sum(['unpaid']), 'the sum of the unpaid months') ??
    total('$.dueFen', d.dueFen, sum(['due']), 'the sum of the months due') ??
    // The notice and the grid say the same: this year's overdue months are those shown unpaid.
    total('$.arrears.months', d.arrears.months.filter((m) => m.startsWith(`${d.year}-`)).length, d.months.filter((m) => m.status === 'unpaid').length, 'the unpaid months') ??
    level('$.arrears.level', consecutiveMonths, d.arrears.months.length, d.arrears.level) ??
    ((since === null) !== (consecutiveMonths === 0)
      ? { path: '$.arrears.since', message: `"${since}" must be the month the ${consecutiveMonths} unpaid months began, or null for none` }
      : null)
  );
}

/** Rates agree to within half a percentage point (backends round them differently). */
function sameRate(stated: number | null, computed: number | null): boolean {
  return stated === null || computed === null ? stated === computed : Math.abs(stated - computed) <= 0.005;
}

/** The first problem in a branch summary (its structure, then its numbers), or null when it all adds up. */
export function checkDuesSummary(data: unknown): Problem {
  const problem = shapeProblem(getDuesSummary, data);
  if (problem) return problem;
  const s = data as DuesSummary;
  const { counts, months } = s;
  const sumOf = (key: 'dueCount' | 'paidCount') => months.reduce((n, m) => n + m[key], 0);
  const [due, paidDue] = [sumOf('dueCount'), sumOf('paidCount')];
  const all = Object.values(counts).reduce((n, c) => n + c, 0);
  return (
    checkMonths(months, s.year) ??
    months.reduce<Problem>(
      (found, m, i) =>
        found ??
        (m.paidCount > m.dueCount || !sameRate(m.rate, m.dueCount ? m.paidCount / m.dueCount : null)
          ? { path: `$.months[${i}]`, message: `rate ${m.rate} does not match ${m.paidCount} paid of ${m.dueCount} due` }
          : null),
      null,
    ) ??
    s.arrears.reduce<Problem>((found, a, i) => found ?? level(`$.arrears[${i}].level`, a.consecutiveMonths, a.overdueMonths, a.level), null) ??
    total('$.counts', all, s.memberCount * 12, `${s.memberCount} members × 12 months`) ??
    // Months not yet come cannot be unpaid or due; they can be paid ahead, which no month counts as due.
    total('$.counts', counts.unpaid + counts.due, due - paidDue, 'the months’ unpaid counts') ??
    (sameRate(s.rate, due ? paidDue / due : 0) ? null : { path: '$.rate', message: `${s.rate} does not match ${paidDue} paid of ${due} due` })
  );
}

/** A member's year as the port checks it (`expectAnswers`): its structure, then its numbers. */
export const duesYearChecked = check<DuesYear>(checkDuesYear);
/** A branch summary as the port checks it: its structure, then its numbers. */
export const duesSummaryChecked = check<DuesSummary>(checkDuesSummary);
