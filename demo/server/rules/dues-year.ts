/**
 * A member's dues year and a branch's summary, composed from the month records with the
 * rules in dues-rules.ts: what each month's status and amount is, what is owed, and the
 * branch's collection rate. Pure: the routes read the records.
 */
import { monthOf, monthsOfYear, type YearMonth } from './calendar';
import { arrearsOf, duesBasis, monthStatus, type DuesSettings, type MemberCategory, type MonthStatus } from './dues-rules';
import { isOfYear, paymentView, type PaymentRecord } from './dues-payments';

/** One month's record: paid (when, how much) or exempt. Months without one are not paid. */
export interface DuesRecord {
  memberId: string;
  month: string;
  state: 'paid' | 'exempt';
  amountFen: number;
  paidAt: number | null;
}

/** What the dues rules need to know of a member. */
export interface DuesMember {
  id: string;
  name: string;
  category: MemberCategory;
  baseFen: number | null;
  /** The first month the member owes dues in (they joined, or transferred in). */
  duesFrom: YearMonth;
}

export interface MemberDuesState {
  basis: ReturnType<typeof duesBasis>;
  statusOf: (month: YearMonth) => MonthStatus;
  amountOf: (month: YearMonth) => number;
  record: (month: YearMonth) => DuesRecord | undefined;
  /** The member's overdue months now, in any year, and what they come to. */
  arrears: () => ReturnType<typeof arrearsOf>;
}

/** Status and amount of any month for one member, from their records. */
export function memberDuesState(
  member: DuesMember,
  records: Map<string, DuesRecord>,
  currentMonth: YearMonth,
  settings: DuesSettings,
): MemberDuesState {
  const basis = duesBasis(member.category, member.baseFen, settings);
  const statusOf = (month: YearMonth) => {
    const r = records.get(month);
    return monthStatus(month, currentMonth, member.duesFrom, r && { state: r.state, paidMonth: r.paidAt === null ? null : monthOf(r.paidAt) });
  };
  const amountOf = (month: YearMonth) => {
    const r = records.get(month);
    if (r) return r.amountFen;
    return month < member.duesFrom ? 0 : basis.monthlyFen;
  };
  return { basis, statusOf, amountOf, record: (m) => records.get(m), arrears: () => arrearsOf(statusOf, amountOf, currentMonth, member.duesFrom) };
}

/** What the months of one status among `months` come to. */
function sumOf(state: MemberDuesState, months: YearMonth[], statuses: readonly MonthStatus[]): number {
  return months.filter((m) => statuses.includes(state.statusOf(m))).reduce((sum, m) => sum + state.amountOf(m), 0);
}

export function duesYearView(
  state: MemberDuesState,
  year: number,
  now: number,
  contact: { name: string; phone: string | null },
  payments: PaymentRecord[],
) {
  const months = monthsOfYear(year);
  return {
    year,
    basis: state.basis,
    months: months.map((month) => {
      const status = state.statusOf(month);
      const paidAt = state.record(month)?.paidAt ?? null;
      return {
        month,
        status,
        amountFen: status === 'exempt' ? 0 : state.amountOf(month),
        paidAt: status === 'paid' || status === 'paid-late' ? new Date(paidAt!).toISOString() : null,
      };
    }),
    paidFen: sumOf(state, months, ['paid', 'paid-late']),
    owedFen: sumOf(state, months, ['unpaid']),
    dueFen: sumOf(state, months, ['due']),
    arrears: state.arrears(),
    contact,
    payments: payments.filter((p) => isOfYear(p, year)).map((p) => paymentView(p, now)),
  };
}

export function duesSummaryView(
  branch: { id: string; name: string },
  members: readonly DuesMember[],
  records: DuesRecord[],
  year: number,
  now: number,
  settings: DuesSettings,
) {
  const months = monthsOfYear(year);
  const currentMonth = monthOf(now);
  const byMember = new Map<string, Map<string, DuesRecord>>();
  for (const r of records) {
    if (!byMember.has(r.memberId)) byMember.set(r.memberId, new Map());
    byMember.get(r.memberId)!.set(r.month, r);
  }
  const counts: Record<MonthStatus, number> = { paid: 0, 'paid-late': 0, unpaid: 0, due: 0, exempt: 0, 'not-due': 0, 'before-start': 0 };
  const perMonth = months.map((month) => ({ month, dueCount: 0, paidCount: 0, rate: null as number | null }));
  const arrears: { memberId: string; name: string; consecutiveMonths: number; overdueMonths: number; owedFen: number; level: string }[] = [];
  for (const member of members) {
    const state = memberDuesState(member, byMember.get(member.id) ?? new Map(), currentMonth, settings);
    months.forEach((month, i) => {
      const status = state.statusOf(month);
      counts[status] += 1;
      // A month after this one is not due yet, even when paid ahead: it would read as 1 / 1, 100 %.
      if (month > currentMonth) return;
      if (status === 'paid' || status === 'paid-late' || status === 'unpaid' || status === 'due') perMonth[i]!.dueCount += 1;
      if (status === 'paid' || status === 'paid-late') perMonth[i]!.paidCount += 1;
    });
    // The member's arrears as their own widget shows them (rules/dues-rules.ts), listed in
    // every year up to which they still owe a month.
    const owed = state.arrears();
    if (owed.months.some((month) => month <= `${year}-12`)) {
      const { consecutiveMonths, owedFen, level } = owed;
      arrears.push({ memberId: member.id, name: member.name, consecutiveMonths, overdueMonths: owed.months.length, owedFen, level });
    }
  }
  for (const m of perMonth) m.rate = m.dueCount ? Math.round((m.paidCount / m.dueCount) * 10000) / 10000 : null;
  const due = perMonth.reduce((sum, m) => sum + m.dueCount, 0);
  const paid = perMonth.reduce((sum, m) => sum + m.paidCount, 0);
  arrears.sort((a, b) => b.overdueMonths - a.overdueMonths || b.owedFen - a.owedFen || a.memberId.localeCompare(b.memberId));
  return {
    branchId: branch.id,
    branchName: branch.name,
    year,
    memberCount: members.length,
    rate: due ? Math.round((paid / due) * 10000) / 10000 : 0,
    months: perMonth,
    counts,
    arrears,
  };
}

