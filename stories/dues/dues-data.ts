/**
 * Dues data for the dues stories and tests, shaped like the reference server's answers
 * and relative to today: a member at 48.00 元 a month (月基数 4,800.00 元 × 1%) some
 * months behind, payments, and a branch summary.
 */
import type { DuesMonth, DuesSummary, DuesYear, Payment } from '../../src/api/types.js';
import { currentMonth, monthsOfYear } from '../../src/dues/shared/months.js';

export const thisMonth = currentMonth();
export const thisYear = Number(thisMonth.slice(0, 4));

/** `YYYY-MM` plus `delta` months. */
export function addMonths(month: string, delta: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * This year as the server would send it: months before the current one paid, the current
 * one due, later ones not due, except the `n` months before the current one, overdue
 * (`unpaid`; the run may begin last year: only this year's months show it, the arrears
 * name them all). Months given in `statuses` (`unpaid` ones count as overdue too). Totals
 * and arrears computed as the server does.
 */
export function duesYear(n = 0, extra: Partial<DuesYear> = {}, statuses: Record<string, DuesMonth['status']> = {}): DuesYear {
  const run = Array.from({ length: n }, (_, i) => addMonths(thisMonth, -1 - i));
  const months: DuesMonth[] = monthsOfYear(thisYear).map((month) => {
    const status = statuses[month] ?? (run.includes(month) ? 'unpaid' : month === thisMonth ? 'due' : month < thisMonth ? 'paid' : 'not-due');
    const paid = status === 'paid' || status === 'paid-late';
    return { month, status, amountFen: status === 'exempt' || status === 'before-start' ? 0 : 4800, paidAt: paid ? `${month}-10T02:00:00.000Z` : null };
  });
  const sum = (s: string[]) => months.filter((m) => s.includes(m.status)).reduce((t, m) => t + m.amountFen, 0);
  const overdue = [...new Set([...run.filter((m) => !m.startsWith(`${thisYear}-`)), ...months.filter((m) => m.status === 'unpaid').map((m) => m.month)])].sort();
  return {
    year: thisYear,
    basis: { category: 'in-service', baseFen: 480000, rate: '1%', monthlyFen: 4800, description: '月基数 4,800.00 元 × 1%' },
    months,
    paidFen: sum(['paid', 'paid-late']),
    owedFen: sum(['unpaid']),
    dueFen: sum(['due']),
    arrears: {
      consecutiveMonths: n,
      since: run[n - 1] ?? null,
      level: n >= 6 ? 'serious' : overdue.length ? 'notice' : 'none',
      months: overdue,
      owedFen: overdue.length * 4800,
    },
    contact: { name: '王红梅', phone: '0571-8888 6666' },
    payments: [],
    ...extra,
  };
}

/** The months `duesYear(n)` leaves unpaid in this year, oldest first: the default choice. */
export function unpaidMonths(n: number): string[] {
  return [...Array.from({ length: n }, (_, i) => addMonths(thisMonth, -1 - i)).filter((m) => m.startsWith(`${thisYear}-`)).reverse(), thisMonth];
}

export function payment(overrides: Partial<Payment> = {}): Payment {
  const now = Date.now();
  return {
    id: 'pay_1',
    status: 'pending',
    months: unpaidMonths(1),
    amountFen: unpaidMonths(1).length * 4800,
    payUrl: '/pay/pay_1',
    createdAt: new Date(now).toISOString(),
    expiresAt: new Date(now + 30 * 60_000).toISOString(),
    paidAt: null,
    replacedBy: null,
    ...overrides,
  };
}

export function summary(overrides: Partial<DuesSummary> = {}): DuesSummary {
  // 4 members: 40 member-months paid; October overdue for two of them, November (this month here) due for two; 4 not due.
  const months = monthsOfYear(thisYear).map((month, i) => ({
    month,
    dueCount: i < 11 ? 4 : 0,
    paidCount: i < 11 ? (i === 9 || i === 10 ? 2 : i < 9 ? 4 : 0) : 0,
    rate: i < 11 ? (i === 9 || i === 10 ? 0.5 : 1) : null,
  }));
  return {
    branchId: 'b01',
    branchName: '第一党支部',
    year: thisYear,
    memberCount: 4,
    rate: 40 / 44,
    months,
    counts: { paid: 38, 'paid-late': 2, unpaid: 2, due: 2, exempt: 0, 'not-due': 4, 'before-start': 0 },
    arrears: [
      { memberId: 'm2', name: '赵四', consecutiveMonths: 2, overdueMonths: 2, owedFen: 9600, level: 'notice' },
      { memberId: 'm3', name: '钱五', consecutiveMonths: 7, overdueMonths: 7, owedFen: 33600, level: 'serious' },
    ],
    ...overrides,
  };
}

const NAMES = ['张建国', '王秀英', '李志强', '刘红梅', '陈卫东', '杨丽华', '赵国庆', '黄淑珍', '周海涛', '吴桂兰', '徐建军', '孙丽娟', '马志明', '朱玉兰', '胡振华', '郭秀云', '何建平', '高淑英', '林海燕', '罗成'];

/**
 * A branch of 20 as the server would sum it up for this year: some members months behind
 * (one of them seven, one four), one exempt for a while, one who joined in the spring, the
 * rest paying, a few late; a third have not paid this month yet (due, not arrears).
 */
export function branchSummary(behindBy: Record<number, number> = { 3: 7, 8: 4, 12: 2, 15: 1 }, currentUnpaid = true): DuesSummary {
  const months = monthsOfYear(thisYear);
  const counts: DuesSummary['counts'] = { paid: 0, 'paid-late': 0, unpaid: 0, due: 0, exempt: 0, 'not-due': 0, 'before-start': 0 };
  const perMonth = months.map((month) => ({ month, dueCount: 0, paidCount: 0, rate: null as number | null }));
  const arrears: DuesSummary['arrears'] = [];
  NAMES.forEach((name, i) => {
    const run = behindBy[i] ?? 0;
    const monthly = 2000 + ((i * 733) % 9) * 700;
    months.forEach((month, m) => {
      const ago = (Number(thisMonth.slice(0, 4)) - thisYear) * 12 + Number(thisMonth.slice(5, 7)) - 1 - m;
      const status: DuesMonth['status'] =
        i === 19 && month < `${thisYear}-04` ? 'before-start'
        : ago < 0 ? 'not-due'
        : i === 17 && ago >= 4 && ago < 7 ? 'exempt'
        : ago === 0 && (run > 0 || (currentUnpaid && i % 3 === 0)) ? 'due'
        : ago > 0 && ago <= run ? 'unpaid'
        : i % 6 === 1 && m % 2 ? 'paid-late'
        : 'paid';
      counts[status] += 1;
      if (ago >= 0 && status !== 'exempt' && status !== 'before-start') perMonth[m]!.dueCount += 1;
      if (status === 'paid' || status === 'paid-late') perMonth[m]!.paidCount += 1;
    });
    // Overdue: the `run` months before this one, in whichever year (what the member's own widget says).
    if (run) arrears.push({ memberId: `m${i}`, name, consecutiveMonths: run, overdueMonths: run, owedFen: run * monthly, level: run >= 6 ? 'serious' : 'notice' });
  });
  for (const m of perMonth) m.rate = m.dueCount ? Math.round((m.paidCount / m.dueCount) * 10000) / 10000 : null;
  const due = perMonth.reduce((n, m) => n + m.dueCount, 0);
  const paid = perMonth.reduce((n, m) => n + m.paidCount, 0);
  // Shuffled: the widget sorts them.
  arrears.sort((a, b) => a.name.localeCompare(b.name));
  return { branchId: 'b01', branchName: '第一党支部', year: thisYear, memberCount: NAMES.length, rate: due ? paid / due : 0, months: perMonth, counts, arrears };
}
