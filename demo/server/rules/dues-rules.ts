/**
 * Party dues (党费) under 中组发〔2008〕3号. Pure functions over plain values: the only place
 * the brackets, the rounding and the arrears thresholds live.
 */
import type { Arrears, DuesBasis as ContractBasis, DuesMonth, MemberCategory } from '../shared-contract';
import type { YearMonth } from './calendar';

export type { Arrears, MemberCategory };

export interface DuesSettings {
  /** Farmers pay a fixed 0.2–1 元 a month, set by the committee; 50 分 unless configured. */
  farmerFen: number;
}

export const DEFAULT_DUES_SETTINGS: DuesSettings = { farmerFen: 50 };

/** The committee's farmer amount as the site stores it (`farmer_dues_fen`): used only when within 0.2–1 元. */
export function farmerSetting(stored: string | undefined): Partial<DuesSettings> {
  const fen = Number(stored);
  return Number.isInteger(fen) && fen >= 20 && fen <= 100 ? { farmerFen: fen } : {};
}

/** Students, unemployed members and members on relief pay 0.2 元. */
export const LOW_INCOME_FEN = 20;

/** The contract's basis, always of a category here (the reference server knows each member's). */
export type DuesBasis = ContractBasis & { category: MemberCategory };

interface Bracket {
  /** Inclusive upper bound of the base in 分; Infinity for the last bracket. */
  upToFen: number;
  /** Rate in per mille, so the arithmetic stays in integers. */
  perMille: number;
}

const IN_SERVICE_BRACKETS: Bracket[] = [
  { upToFen: 300_000, perMille: 5 },
  { upToFen: 500_000, perMille: 10 },
  { upToFen: 1_000_000, perMille: 15 },
  { upToFen: Infinity, perMille: 20 },
];

const RETIRED_BRACKETS: Bracket[] = [
  { upToFen: 500_000, perMille: 5 },
  { upToFen: Infinity, perMille: 10 },
];

/**
 * base × rate rounded to the nearest 分, halves up. The regulation does not say how to
 * round; integer arithmetic keeps 0.5 分 cases exact (no binary floating point).
 */
export function applyRate(baseFen: number, perMille: number): number {
  return Math.floor((baseFen * perMille + 500) / 1000);
}

function bracketFor(brackets: Bracket[], baseFen: number): Bracket {
  return brackets.find((b) => baseFen <= b.upToFen) ?? brackets[brackets.length - 1]!;
}

function formatYuan(fen: number): string {
  return (fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

function percentLabel(perMille: number): string {
  return `${perMille / 10}%`;
}

const FIXED_LABELS: Record<'farmer' | 'student' | 'unemployed' | 'relief', string> = {
  farmer: '农民党员',
  student: '学生党员',
  unemployed: '下岗失业党员',
  relief: '领取最低生活保障党员',
};

/** The monthly amount and how it was reached, for one member. */
export function duesBasis(
  category: MemberCategory,
  baseFen: number | null,
  settings: DuesSettings = DEFAULT_DUES_SETTINGS,
): DuesBasis {
  if (category === 'in-service' || category === 'retired') {
    const base = Math.max(0, baseFen ?? 0);
    const bracket = bracketFor(category === 'retired' ? RETIRED_BRACKETS : IN_SERVICE_BRACKETS, base);
    const label = category === 'retired' ? '月离退休费' : '月基数';
    return {
      category,
      baseFen: base,
      rate: percentLabel(bracket.perMille),
      monthlyFen: applyRate(base, bracket.perMille),
      description: `${label} ${formatYuan(base)} 元 × ${percentLabel(bracket.perMille)}`,
    };
  }
  const monthlyFen = category === 'farmer' ? settings.farmerFen : LOW_INCOME_FEN;
  return {
    category,
    baseFen: null,
    rate: 'fixed',
    monthlyFen,
    description: `${FIXED_LABELS[category]} 每月 ${formatYuan(monthlyFen)} 元`,
  };
}

/**
 * `paid`, `paid-late` (paid after its month ended), `exempt`; `unpaid`: overdue, a month
 * that ended unpaid; `due`: this month, unpaid, not late yet; `not-due`: a month still to
 * come; `before-start`: before the member's dues began (they joined, or transferred in).
 */
export type MonthStatus = DuesMonth['status'];

export interface MonthRecord {
  state: 'paid' | 'exempt';
  paidMonth?: YearMonth | null;
}

/**
 * The status of one month. Dues are paid month by month (按月交纳): a month is due during
 * the month itself and overdue once it has ended unpaid; paying it after that is `paid-late`
 * (补交). The one rule for "overdue": the member's year, the arrears notice and the branch
 * summary all read it from here.
 */
export function monthStatus(
  month: YearMonth,
  currentMonth: YearMonth,
  duesFrom: YearMonth,
  record: MonthRecord | undefined,
): MonthStatus {
  if (record?.state === 'exempt') return 'exempt';
  if (record?.state === 'paid') {
    return record.paidMonth && record.paidMonth > month ? 'paid-late' : 'paid';
  }
  if (month < duesFrom) return 'before-start';
  if (month > currentMonth) return 'not-due';
  return month === currentMonth ? 'due' : 'unpaid';
}

export type ArrearsLevel = Arrears['level'];

/** The arrears rule is the contract's, the widgets' as well (a site that keeps only the months is given it). */
export { arrearsLevel, arrearsOf, consecutiveArrears, SERIOUS_ARREARS_MONTHS } from '../shared-contract';

/** Months a member may put into a payment: overdue, this month, or later months of this year. */
export function isPayable(status: MonthStatus, month: YearMonth, currentMonth: YearMonth): boolean {
  if (status === 'unpaid' || status === 'due') return true;
  return status === 'not-due' && month.slice(0, 4) === currentMonth.slice(0, 4);
}

/**
 * Oldest first: a payment holds the oldest payable months, with no gap. Returns the payable
 * months (given oldest first) that come before the latest requested one and are missing
 * from the request; empty when the request is in order.
 */
export function monthsToPayFirst(payable: readonly YearMonth[], requested: readonly YearMonth[]): YearMonth[] {
  const latest = requested.reduce((max, m) => (m > max ? m : max), '');
  return payable.filter((m) => m < latest && !requested.includes(m));
}
