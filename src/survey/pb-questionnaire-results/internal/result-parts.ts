/** The parts of a questionnaire's results: each question's figures, the 民主评议 tallies, a quiz's scores. */
import { html, nothing, type TemplateResult } from 'lit';
import type { AggregateOption, QuestionAggregate, QuestionnaireResults, QuizSummary } from '../../../api/types.js';
import { formatNumber, formatPercent } from '../../../i18n/format.js';
import type { Locale } from '../../../i18n/locale.js';
import { resultsStrings } from '../strings/index.js';

/** A bar of the share, beside its number (the number is what a screen reader reads). */
const bar = (share: number) => html`<span class="bar" aria-hidden="true"><span data-share=${Math.max(0, Math.min(1, share))}></span></span>`;

/** Bars are sized through the CSSOM (a strict CSP blocks style attributes): call after each render. */
export function sizeBars(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-share]')) el.style.setProperty('--_share', el.dataset['share']!);
}

/** A question's options as a bar chart that is also its table: option, count, share. */
function optionTable(locale: Locale, title: string, options: readonly AggregateOption[]): TemplateResult {
  const s = resultsStrings(locale);
  return html`<div class="table-scroll" role="region" aria-label=${title} tabindex="0">
    <table part="chart" class="chart">
      <thead><tr><th scope="col">${s.option}</th><th scope="col">${s.count}</th><th scope="col">${s.share}</th></tr></thead>
      <tbody>
        ${options.map(
          (o) => html`<tr>
            <th scope="row">${o.label}</th>
            <td>${formatNumber(locale, o.count)}</td>
            <td><span class="cell">${bar(o.share)}${formatPercent(locale, o.share, 0)}</span></td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function figures(items: [string, string][]): TemplateResult {
  return html`<dl class="figures row">${items.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>`;
}

const num = (locale: Locale, value: number | null | undefined, digits = 2) => (value === null || value === undefined ? '—' : formatNumber(locale, value, digits));

function questionBody(locale: Locale, q: QuestionAggregate, textPart: (q: QuestionAggregate) => unknown): unknown {
  const s = resultsStrings(locale);
  switch (q.kind) {
    case 'choice':
      return optionTable(locale, q.title, q.options ?? []);
    case 'rating':
      return html`${figures([[s.average, num(locale, q.average)]])}${optionTable(locale, q.title, q.options ?? [])}`;
    case 'number':
      return figures([
        [s.mean, num(locale, q.average)],
        [s.min, num(locale, q.min)],
        [s.max, num(locale, q.max)],
      ]);
    case 'matrix': {
      const columns = q.columns ?? [];
      return html`<div class="table-scroll" role="region" aria-label=${q.title} tabindex="0">
        <table part="matrix" class="chart">
          <thead><tr><td></td>${columns.map((c) => html`<th scope="col">${c.label}</th>`)}<th scope="col">${s.rowTotal}</th></tr></thead>
          <tbody>
            ${(q.rows ?? []).map(
              (r) => html`<tr>
                <th scope="row">${r.label}</th>
                ${columns.map((_, i) => {
                  const n = r.counts[i] ?? 0;
                  return html`<td><span class="cell">${bar(r.answered ? n / r.answered : 0)}${formatNumber(locale, n)}</span></td>`;
                })}
                <td>${formatNumber(locale, r.answered)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
    }
    case 'ranking':
      return html`<div class="table-scroll" role="region" aria-label=${q.title} tabindex="0">
        <table part="ranking" class="chart">
          <thead><tr><th scope="col">${s.rankItem}</th><th scope="col">${s.averagePosition}</th><th scope="col">${s.firstCount}</th></tr></thead>
          <tbody>
            ${(q.ranking ?? []).map(
              (r) => html`<tr><th scope="row">${r.label}</th><td>${num(locale, r.averagePosition)}</td><td>${formatNumber(locale, r.firstCount)}</td></tr>`,
            )}
          </tbody>
        </table>
      </div>`;
    default:
      return textPart(q);
  }
}

export function questionList(locale: Locale, results: QuestionnaireResults, textPart: (q: QuestionAggregate) => unknown): TemplateResult {
  const s = resultsStrings(locale);
  return html`<ol part="questions" class="questions">
    ${results.questions.map(
      (q, i) => html`<li part="question" class="question" data-kind=${q.kind}>
        <h3 class="question-title" id=${`q-${i}`}><span class="muted">${i + 1}.</span> ${q.title}</h3>
        <p class="muted">${s.answered(q.answered)}</p>
        ${questionBody(locale, q, textPart)}
      </li>`,
    )}
  </ol>`;
}

export function tallyTable(locale: Locale, results: QuestionnaireResults): TemplateResult | typeof nothing {
  const s = resultsStrings(locale);
  if (!results.evaluation) return nothing;
  return html`<div class="section">
    <h3 class="section-title" id="tally-title">${s.evaluation}</h3>
    <div class="table-scroll" role="region" aria-labelledby="tally-title" tabindex="0">
      <table part="tallies" class="chart">
        <thead><tr><th scope="col">${s.ratee}</th><th scope="col">${s.ballots}</th>${s.grades.map((g) => html`<th scope="col">${g}</th>`)}</tr></thead>
        <tbody>
          ${results.evaluation.map(
            (t) => html`<tr part="tally" data-withheld=${t.withheld ? 'true' : 'false'}>
              <th scope="row">${t.name}</th>
              <td>${formatNumber(locale, t.ballots)}</td>
              ${t.counts
                ? [t.counts.excellent, t.counts.qualified, t.counts.basic, t.counts.unqualified].map((n) => html`<td>${formatNumber(locale, n)}</td>`)
                : html`<td colspan="4" class="muted">${s.tallyWithheld(results.minBallots)}</td>`}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </div>`;
}

export function quizPart(locale: Locale, quiz: QuizSummary | null): TemplateResult | typeof nothing {
  const s = resultsStrings(locale);
  if (!quiz) return nothing;
  const most = Math.max(1, ...quiz.bands.map((b) => b.count));
  return html`<div part="quiz" class="section">
    <h3 class="section-title" id="quiz-title">${s.quiz}</h3>
    ${figures([
      [s.scored, formatNumber(locale, quiz.scored)],
      [s.passRate, quiz.passRate === null ? '—' : formatPercent(locale, quiz.passRate)],
      [s.quizAverage, num(locale, quiz.average, 1)],
    ])}
    <p class="muted">${s.passMark(quiz.passMark, quiz.totalPoints)}</p>
    <div class="table-scroll" role="region" aria-label=${s.bands} tabindex="0">
      <table part="bands" class="chart">
        <caption class="section-title">${s.bands}</caption>
        <thead><tr><th scope="col">${s.band}</th><th scope="col">${s.count}</th></tr></thead>
        <tbody>
          ${quiz.bands.map(
            (b) => html`<tr><th scope="row">${formatNumber(locale, b.from)}–${formatNumber(locale, b.to)}</th><td><span class="cell">${bar(b.count / most)}${formatNumber(locale, b.count)}</span></td></tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${quiz.mostWrong.length
      ? html`<h4 class="section-title">${s.mostWrong}</h4>
          <ol part="most-wrong" class="most-wrong">
            ${quiz.mostWrong.map((m) => html`<li><span>${m.title}</span> <span class="muted">${s.wrong(m.wrong, m.answered)}</span></li>`)}
          </ol>`
      : nothing}
  </div>`;
}
