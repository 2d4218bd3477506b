import { expect } from '@open-wc/testing';
import { arrearsLevel as expectedLevel } from '../../../src/contract/rules/arrears.js';
import { checkDuesSummary, checkDuesYear } from '../../../src/dues/shared/data-check.js';
import { shapeProblem } from '../../../src/contract/data-shape.js';
import { Payment } from '../../../src/contract/shapes.gen.js';
import { branchSummary, duesYear, payment, summary, thisYear } from '../../../stories/dues/dues-data.js';

describe('dues data: a member’s year must add up', () => {
  it('accepts a consistent year', () => {
    expect(checkDuesYear(duesYear(0))).to.equal(null);
    expect(checkDuesYear(duesYear(2))).to.equal(null);
    expect(checkDuesYear(duesYear(7))).to.equal(null);
  });

  it('names a month that appears twice', () => {
    const year = duesYear(0);
    year.months[4] = { ...year.months[3]! };
    expect(checkDuesYear(year)).to.deep.equal({ path: '$.months[4].month', message: `${thisYear}-04 appears twice` });
  });

  it('names a missing month', () => {
    const year = duesYear(0);
    year.months.splice(6, 1);
    year.paidFen = year.months.filter((m) => m.status === 'paid').length * 4800;
    expect(checkDuesYear(year)).to.deep.equal({ path: '$.months', message: `${thisYear}-07 is missing` });
  });

  it('names a month of another year or in another format', () => {
    const year = duesYear(0);
    year.months[0] = { ...year.months[0]!, month: `${thisYear - 1}-12` };
    expect(checkDuesYear(year)!.message).to.equal(`"${thisYear - 1}-12" is not a month of ${thisYear} (YYYY-MM)`);
    year.months[0] = { ...year.months[0]!, month: `${thisYear}-1` };
    expect(checkDuesYear(year)!.path).to.equal('$.months[0].month');
  });

  it('names a negative or fractional amount', () => {
    const year = duesYear(0);
    year.months[2] = { ...year.months[2]!, amountFen: -4800 };
    expect(checkDuesYear(year)).to.deep.equal({ path: '$.months[2].amountFen', message: 'expected a whole number ≥ 0, got -4800' });
    expect(checkDuesYear({ ...duesYear(0), owedFen: 48.5 })!.path).to.equal('$.owedFen');
  });

  it('names totals that do not add up', () => {
    const year = duesYear(2);
    expect(checkDuesYear({ ...year, paidFen: year.paidFen + 100 })).to.deep.equal({
      path: '$.paidFen',
      message: `${year.paidFen + 100} does not match the sum of the paid months (${year.paidFen})`,
    });
    expect(checkDuesYear({ ...year, owedFen: 0 })!.path).to.equal('$.owedFen');
  });

  it('names an arrears level that contradicts the months', () => {
    const year = duesYear(7);
    expect(checkDuesYear({ ...year, arrears: { ...year.arrears, level: 'notice' } })!.message).to.equal(
      '"notice" does not match 7 overdue months, 7 in a row',
    );
    expect(checkDuesYear({ ...year, arrears: { ...year.arrears, since: null } })!.path).to.equal('$.arrears.since');
    // Any overdue month is a notice: "none" beside two overdue months would hide them.
    const two = duesYear(2);
    expect(checkDuesYear({ ...two, arrears: { ...two.arrears, level: 'none' } })!.path).to.equal('$.arrears.level');
  });

  it('names overdue months the grid and the arrears disagree on, and a due total that does not add up', () => {
    const year = duesYear(2);
    const dropped = { ...year, arrears: { ...year.arrears, months: year.arrears.months.slice(1), owedFen: 4800 } };
    expect(checkDuesYear(dropped)).to.deep.equal({ path: '$.arrears.months', message: '1 does not match the unpaid months (2)' });
    expect(checkDuesYear({ ...year, dueFen: 0 })!.path).to.equal('$.dueFen');
  });

  it('names a date that is not one', () => {
    const year = duesYear(0);
    year.months[0] = { ...year.months[0]!, status: 'paid', paidAt: 'yesterday' };
    expect(checkDuesYear(year)).to.deep.equal({ path: '$.months[0].paidAt', message: 'expected a date and time, got "yesterday"' });
    expect(shapeProblem(Payment, payment({ expiresAt: '' }))!.path).to.equal('$.expiresAt');
    expect(checkDuesYear(duesYear(0, { payments: [payment(), payment({ amountFen: -1 })] }))!.path).to.equal('$.payments[1].amountFen');
  });

  it('levels follow the contract: a notice for any overdue month, serious from 6 in a row', () => {
    expect([0, 1, 5, 6, 12].map((n) => expectedLevel(n, n))).to.deep.equal(['none', 'notice', 'notice', 'serious', 'serious']);
    expect(expectedLevel(0, 1)).to.equal('notice');
  });
});

describe('dues data: a branch summary must add up', () => {
  it('accepts a consistent summary', () => {
    expect(checkDuesSummary(summary())).to.equal(null);
    expect(checkDuesSummary(branchSummary())).to.equal(null);
  });

  it('accepts a month paid ahead: paid, though no month counts it due yet', () => {
    const ahead = summary();
    ahead.counts = { ...ahead.counts, paid: ahead.counts.paid + 1, 'not-due': ahead.counts['not-due'] - 1 };
    expect(checkDuesSummary(ahead)).to.equal(null);
  });

  it('names counts that do not cover every member-month', () => {
    const bad = summary({ memberCount: 5 });
    expect(checkDuesSummary(bad)).to.deep.equal({ path: '$.counts', message: '48 does not match 5 members × 12 months (60)' });
  });

  it('names a month whose rate does not match its counts', () => {
    const bad = summary();
    bad.months[3] = { ...bad.months[3]!, rate: 0.5 };
    expect(checkDuesSummary(bad)).to.deep.equal({ path: '$.months[3]', message: 'rate 0.5 does not match 4 paid of 4 due' });
    bad.months[3] = { ...bad.months[3]!, paidCount: 5, rate: 1 };
    expect(checkDuesSummary(bad)!.path).to.equal('$.months[3]');
  });

  it('names a year rate, a negative count, a duplicate month, a wrong level', () => {
    expect(checkDuesSummary(summary({ rate: 0.5 }))!.path).to.equal('$.rate');
    expect(checkDuesSummary(summary({ counts: { paid: 38, 'paid-late': 2, unpaid: 2, due: 2, exempt: -1, 'not-due': 5, 'before-start': 0 } }))!.path).to.equal('$.counts.exempt');
    // Overdue and due member-months are what the months leave unpaid.
    expect(checkDuesSummary(summary({ counts: { paid: 38, 'paid-late': 2, unpaid: 4, due: 0, exempt: 0, 'not-due': 2, 'before-start': 2 } }))).to.equal(null);
    expect(checkDuesSummary(summary({ counts: { paid: 38, 'paid-late': 2, unpaid: 1, due: 2, exempt: 0, 'not-due': 5, 'before-start': 0 } }))!.path).to.equal('$.counts');
    const twice = summary();
    twice.months[1] = { ...twice.months[0]! };
    expect(checkDuesSummary(twice)!.message).to.equal(`${thisYear}-01 appears twice`);
    const level = summary();
    level.arrears[1] = { ...level.arrears[1]!, level: 'notice' };
    expect(checkDuesSummary(level)!.path).to.equal('$.arrears[1].level');
  });
});
