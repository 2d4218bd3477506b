/**
 * The results as one table for a spreadsheet: a header, the overview, then a row per
 * option, matrix cell, ranked item, tally and score band. Only the aggregates the server
 * sent (withheld tallies stay withheld); numbers stay numbers, shares 0–1.
 */
import type { QuestionnaireResults } from '../../../../api/types.js';
import type { ResultsStrings } from '../../strings/index.js';

export type Cell = string | number | null;

export function resultRows(results: QuestionnaireResults, s: ResultsStrings): Cell[][] {
  const w = s.sheet;
  const rows: Cell[][] = [[w.section, w.question, w.item, w.value, w.share]];
  const overview = (item: string, value: number | null) => rows.push([w.overview, results.title, item, value, null]);
  overview(w.expected, results.expected);
  overview(w.responded, results.responded);
  overview(w.rate, results.rate);
  overview(w.responses, results.responses);
  for (const q of results.questions) {
    const row = (item: string, value: number | null, share: number | null = null) => rows.push([q.questionId, q.title, item, value, share]);
    for (const o of q.options ?? []) row(o.label, o.count, o.share);
    if (q.kind === 'rating' || q.kind === 'number') row(s.mean, q.average ?? null);
    if (q.kind === 'number') {
      row(s.min, q.min ?? null);
      row(s.max, q.max ?? null);
    }
    for (const r of q.rows ?? []) (q.columns ?? []).forEach((c, i) => row(`${r.label} / ${c.label}`, r.counts[i] ?? 0, r.answered ? (r.counts[i] ?? 0) / r.answered : null));
    for (const r of q.ranking ?? []) row(`${r.label} · ${s.averagePosition}`, r.averagePosition);
    if (q.kind === 'text') row(s.rowTotal, q.answered);
  }
  for (const t of results.evaluation ?? []) {
    if (!t.counts) rows.push([s.evaluation, t.name, w.withheld, null, null]);
    else {
      const counts = [t.counts.excellent, t.counts.qualified, t.counts.basic, t.counts.unqualified];
      counts.forEach((n, i) => rows.push([s.evaluation, t.name, s.grades[i]!, n, t.ballots ? n / t.ballots : null]));
    }
  }
  const quiz = results.quiz;
  if (quiz) {
    rows.push([s.quiz, results.title, s.scored, quiz.scored, null], [s.quiz, results.title, s.passRate, quiz.passRate, null], [s.quiz, results.title, s.quizAverage, quiz.average, null]);
    for (const b of quiz.bands) rows.push([s.bands, results.title, `${b.from}–${b.to}`, b.count, quiz.scored ? b.count / quiz.scored : null]);
    for (const m of quiz.mostWrong) rows.push([s.mostWrong, m.title, s.wrong(m.wrong, m.answered), m.wrong, m.answered ? m.wrong / m.answered : null]);
  }
  return rows;
}

/** RFC 4180 text, with a byte-order mark so spreadsheet programs read the Chinese as UTF-8. */
export function toCsv(rows: readonly Cell[][]): string {
  const field = (cell: Cell) => {
    const text = cell === null ? '' : String(cell);
    // A leading =, +, - or @ would run as a formula in a spreadsheet: quote it as text.
    const safe = /^[=+\-@]/.test(text) && typeof cell === 'string' ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `\uFEFF${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
