/**
 * Dues arrears, the contract's rule (src/contract/rules/arrears.ts): the reference server
 * states them on a dues year; the site module works them out the same way for a backend
 * that keeps only the months (derive.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { derive } from '../../api/site/derive';
import { addMonths, arrearsOf } from '../rules/arrears';

const NOW = Date.parse('2026-09-15T10:00:00+08:00');
/** A year of months as a backend keeping only them sends it: paid, or not. */
const year = (states: Record<string, 'paid' | 'unpaid' | 'exempt'>) => ({
  year: 2026,
  months: Array.from({ length: 12 }, (_, i) => {
    const month = `2026-${String(i + 1).padStart(2, '0')}`;
    return { month, status: states[month] ?? 'unpaid', amountFen: 4800, paidAt: null };
  }),
});
const paidUntil = (last: number) => Object.fromEntries(Array.from({ length: last }, (_, i) => [`2026-${String(i + 1).padStart(2, '0')}`, 'paid' as const]));

describe('dues arrears, one rule for the server and the site module', () => {
  it('counts months back across a year', () => {
    assert.equal(addMonths('2026-01', -1), '2025-12');
    assert.equal(addMonths('2025-11', 14), '2027-01');
  });

  it('a site that keeps only the months: overdue once ended unpaid, this month only due, later months not due', () => {
    const derived = derive('getDues', year(paidUntil(6)), {}, NOW) as any;
    assert.deepEqual(derived.months.slice(6).map((m: { status: string }) => m.status), ['unpaid', 'unpaid', 'due', 'not-due', 'not-due', 'not-due']);
    assert.deepEqual(derived.arrears, { consecutiveMonths: 2, since: '2026-07', level: 'notice', months: ['2026-07', '2026-08'], owedFen: 9600 });
    assert.deepEqual([derived.owedFen, derived.dueFen, derived.paidFen], [9600, 4800, 6 * 4800]);
  });

  it('six in a row is serious; an exempt month neither breaks nor extends the run', () => {
    assert.equal((derive('getDues', year(paidUntil(2)), {}, NOW) as any).arrears.level, 'serious');
    const withExempt = derive('getDues', year({ ...paidUntil(5), '2026-07': 'exempt' }), {}, NOW) as any;
    assert.deepEqual([withExempt.arrears.consecutiveMonths, withExempt.arrears.since, withExempt.arrears.months], [2, '2026-06', ['2026-06', '2026-08']]);
  });

  it('is the same function the reference server states a member\'s arrears with', () => {
    const statuses: Record<string, string> = { '2026-06': 'unpaid', '2026-07': 'exempt', '2026-08': 'unpaid' };
    const arrears = arrearsOf((m) => (statuses[m] ?? 'paid') as never, () => 4800, '2026-09', '2026-01');
    assert.deepEqual(arrears, { consecutiveMonths: 2, since: '2026-06', level: 'notice', months: ['2026-06', '2026-08'], owedFen: 9600 });
  });
});
