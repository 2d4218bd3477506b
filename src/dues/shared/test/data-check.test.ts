import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { arrearsLevel as expectedLevel } from '../../../contract/rules/arrears.js';
import { checkDuesSummary, checkDuesYear } from '../data-check.js';
import { shapeProblem } from '../../../contract/data-shape.js';
import { Payment } from '../../../contract/shapes.gen.js';
import { branchSummary, duesYear, payment, summary, thisYear } from '../../../../fixtures/dues.js';

describe('dues data: a member’s year must add up', () => {
  it('accepts a consistent year', () => {
    assert.equal(checkDuesYear(duesYear(0)), null);
    assert.equal(checkDuesYear(duesYear(2)), null);
    assert.equal(checkDuesYear(duesYear(7)), null);
  });

  it('names a month that appears twice', () => {
    const year = duesYear(0);
    year.months[4] = { ...year.months[3]! };
    assert.deepEqual(checkDuesYear(year), { path: '$.months[4].month', message: `${thisYear}-04 appears twice` });
  });

  it('names a missing month', () => {
    const year = duesYear(0);
    year.months.splice(6, 1);
    year.paidFen = year.months.filter((m) => m.status === 'paid').length * 4800;
    assert.deepEqual(checkDuesYear(year), { path: '$.months', message: `${thisYear}-07 is missing` });
  });

  it('names a month of another year or in another format', () => {
    const year = duesYear(0);
    year.months[0] = { ...year.months[0]!, month: `${thisYear - 1}-12` };
    assert.equal(checkDuesYear(year)!.message, `"${thisYear - 1}-12" is not a month of ${thisYear} (YYYY-MM)`);
    year.months[0] = { ...year.months[0]!, month: `${thisYear}-1` };
    assert.equal(checkDuesYear(year)!.path, '$.months[0].month');
  });

  it('names a negative or fractional amount', () => {
    const year = duesYear(0);
    year.months[2] = { ...year.months[2]!, amountFen: -4800 };
    assert.deepEqual(checkDuesYear(year), { path: '$.months[2].amountFen', message: 'expected a whole number ≥ 0, got -4800' });
    assert.equal(checkDuesYear({ ...duesYear(0), owedFen: 48.5 })!.path, '$.owedFen');
  });

  it('names totals that do not add up', () => {
    const year = duesYear(2);
    assert.deepEqual(checkDuesYear({ ...year, paidFen: year.paidFen + 100 }), {
      path: '$.paidFen',
      message: `${year.paidFen + 100} does not match the sum of the paid months (${year.paidFen})`,
    });
    assert.equal(checkDuesYear({ ...year, owedFen: 0 })!.path, '$.owedFen');
  });

  it('names an arrears level that contradicts the months', () => {
    const year = duesYear(7);
    assert.equal(checkDuesYear({ ...year, arrears: { ...year.arrears, level: 'notice' } })!.message, 
      '"notice" does not match 7 overdue months, 7 in a row',
    );
    assert.equal(checkDuesYear({ ...year, arrears: { ...year.arrears, since: null } })!.path, '$.arrears.since');
    // Any overdue month is a notice: "none" beside two overdue months would hide them.
    const two = duesYear(2);
    assert.equal(checkDuesYear({ ...two, arrears: { ...two.arrears, level: 'none' } })!.path, '$.arrears.level');
  });

  it('names overdue months the grid and the arrears disagree on, and a due total that does not add up', () => {
    const year = duesYear(2);
    const dropped = { ...year, arrears: { ...year.arrears, months: year.arrears.months.slice(1), owedFen: 4800 } };
    assert.deepEqual(checkDuesYear(dropped), { path: '$.arrears.months', message: '1 does not match the unpaid months (2)' });
    assert.equal(checkDuesYear({ ...year, dueFen: 0 })!.path, '$.dueFen');
  });

  it('names a date that is not one', () => {
    const year = duesYear(0);
    year.months[0] = { ...year.months[0]!, status: 'paid', paidAt: 'yesterday' };
    assert.deepEqual(checkDuesYear(year), { path: '$.months[0].paidAt', message: 'expected a date and time, got "yesterday"' });
    assert.equal(shapeProblem(Payment, payment({ expiresAt: '' }))!.path, '$.expiresAt');
    assert.equal(checkDuesYear(duesYear(0, { payments: [payment(), payment({ amountFen: -1 })] }))!.path, '$.payments[1].amountFen');
  });

  it('levels follow the contract: a notice for any overdue month, serious from 6 in a row', () => {
    assert.deepEqual([0, 1, 5, 6, 12].map((n) => expectedLevel(n, n)), ['none', 'notice', 'notice', 'serious', 'serious']);
    assert.equal(expectedLevel(0, 1), 'notice');
  });
});

describe('dues data: a branch summary must add up', () => {
  it('accepts a consistent summary', () => {
    assert.equal(checkDuesSummary(summary()), null);
    assert.equal(checkDuesSummary(branchSummary()), null);
  });

  it('accepts a month paid ahead: paid, though no month counts it due yet', () => {
    const ahead = summary();
    ahead.counts = { ...ahead.counts, paid: ahead.counts.paid + 1, 'not-due': ahead.counts['not-due'] - 1 };
    assert.equal(checkDuesSummary(ahead), null);
  });

  it('names counts that do not cover every member-month', () => {
    const bad = summary({ memberCount: 5 });
    assert.deepEqual(checkDuesSummary(bad), { path: '$.counts', message: '48 does not match 5 members × 12 months (60)' });
  });

  it('names a month whose rate does not match its counts', () => {
    const bad = summary();
    bad.months[3] = { ...bad.months[3]!, rate: 0.5 };
    assert.deepEqual(checkDuesSummary(bad), { path: '$.months[3]', message: 'rate 0.5 does not match 4 paid of 4 due' });
    bad.months[3] = { ...bad.months[3]!, paidCount: 5, rate: 1 };
    assert.equal(checkDuesSummary(bad)!.path, '$.months[3]');
  });

  it('names a year rate, a negative count, a duplicate month, a wrong level', () => {
    assert.equal(checkDuesSummary(summary({ rate: 0.5 }))!.path, '$.rate');
    assert.equal(checkDuesSummary(summary({ counts: { paid: 38, 'paid-late': 2, unpaid: 2, due: 2, exempt: -1, 'not-due': 5, 'before-start': 0 } }))!.path, '$.counts.exempt');
    // Overdue and due member-months are what the months leave unpaid.
    assert.equal(checkDuesSummary(summary({ counts: { paid: 38, 'paid-late': 2, unpaid: 4, due: 0, exempt: 0, 'not-due': 2, 'before-start': 2 } })), null);
    assert.equal(checkDuesSummary(summary({ counts: { paid: 38, 'paid-late': 2, unpaid: 1, due: 2, exempt: 0, 'not-due': 5, 'before-start': 0 } }))!.path, '$.counts');
    const twice = summary();
    twice.months[1] = { ...twice.months[0]! };
    assert.equal(checkDuesSummary(twice)!.message, `${thisYear}-01 appears twice`);
    const level = summary();
    level.arrears[1] = { ...level.arrears[1]!, level: 'notice' };
    assert.equal(checkDuesSummary(level)!.path, '$.arrears[1].level');
  });
});
