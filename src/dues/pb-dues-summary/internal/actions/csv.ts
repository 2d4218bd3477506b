/**
 * The branch's year as rows for a spreadsheet, and as CSV: one row per member, a column per
 * month with its status in words and the amount, what was paid and what is overdue. Pure;
 * the XLSX chunk writes the same rows. In CSV, cells a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@`, tab, return at the start) are quoted as text with a leading `'`,
 * since names come from the network.
 */
import type { BranchDuesMembers, DuesMonth } from '../../../../api/types.js';

export interface CsvWords {
  name: string;
  category: string;
  monthly: string;
  paid: string;
  owed: string;
  month: (month: string) => string;
  status: Record<DuesMonth['status'], string>;
  categoryName: (category: string) => string;
}

/** A cell: text, or an amount in yuan. */
export type Cell = string | number;

const yuan = (fen: number) => Math.round(fen) / 100;

/** The header row, then one row per member. */
export function duesRows(data: BranchDuesMembers, words: CsvWords): Cell[][] {
  const months = data.members[0]?.months.map((m) => m.month) ?? [];
  const head = [words.name, words.category, words.monthly, ...months.map(words.month), words.paid, words.owed];
  const rows = data.members.map((m) => [
    m.name,
    words.categoryName(m.category),
    yuan(m.monthlyFen),
    ...m.months.map((month) => (month.amountFen > 0 && month.status !== 'before-start' ? `${words.status[month.status]} ${yuan(month.amountFen).toFixed(2)}` : words.status[month.status])),
    yuan(m.paidFen),
    yuan(m.owedFen),
  ]);
  return [head, ...rows];
}

/** One cell: text that cannot start a formula, quoted when it holds a comma, a quote or a line break. */
export function csvCell(value: Cell): string {
  if (typeof value === 'number') return value.toFixed(2);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function duesCsv(data: BranchDuesMembers, words: CsvWords): string {
  // A byte-order mark, so a spreadsheet opening the file reads the Chinese as UTF-8.
  return `\uFEFF${duesRows(data, words).map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
