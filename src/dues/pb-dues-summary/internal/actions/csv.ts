/**
 * The branch's year as CSV, for the secretary's spreadsheet: one row per member, a column
 * per month with its status in words and the amount, what was paid and what is overdue.
 * Pure. Cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, return at the
 * start) are quoted as text with a leading `'`, since names come from the network.
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

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** One cell: text that cannot start a formula, quoted when it holds a comma, a quote or a line break. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function duesCsv(data: BranchDuesMembers, words: CsvWords): string {
  const months = data.members[0]?.months.map((m) => m.month) ?? [];
  const head = [words.name, words.category, words.monthly, ...months.map(words.month), words.paid, words.owed];
  const rows = data.members.map((m) => [
    m.name,
    words.categoryName(m.category),
    yuan(m.monthlyFen),
    ...m.months.map((month) => (month.amountFen > 0 && month.status !== 'before-start' ? `${words.status[month.status]} ${yuan(month.amountFen)}` : words.status[month.status])),
    yuan(m.paidFen),
    yuan(m.owedFen),
  ]);
  // A byte-order mark, so a spreadsheet opening the file reads the Chinese as UTF-8.
  return `\uFEFF${[head, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
