import { html, nothing } from 'lit';
import type { Answers, Submission } from '../../../../api/types.js';
import { formatNumber } from '../../../../i18n/format.js';
import type { Locale } from '../../../../i18n/locale.js';
import { answerText } from './answer-text.js';
import { answerOf } from '../../../../contract/rules/conditions.js';
import type { Definition, QuestionDef } from '../shapes.js';
import { quizStrings } from './strings/index.js';

/**
 * The server's verdict on a quiz: score, pass or fail, and per question whether it was
 * right, with the correct answer and explanation when the definition shows them. The
 * member's own answers appear when this page sent them.
 */
export function resultView(locale: Locale, definition: Definition, submission: Submission, answers: Answers | undefined, level: number) {
  const strings = quizStrings(locale);
  const result = submission.result;
  if (!result) return nothing;
  const n = (value: number) => formatNumber(locale, value);
  const questions = new Map<string, QuestionDef>(definition.pages.flatMap((p) => p.questions.map((q) => [q.id, q] as const)));
  return html`<section class="result" part="result" aria-labelledby="result-title">
    <div id="result-title" class="result-title" role="heading" aria-level=${level}>${strings.resultTitle}</div>
    <p class="score" part="score"><strong>${n(result.score)}</strong> <span>/ ${n(result.totalPoints)}</span></p>
    <p class="verdict" part="verdict" data-passed=${String(result.passed)}>
      ${result.passed ? strings.passed : strings.failed}${definition.passMark !== null ? html` <span class="pass-line">${strings.passLine(n(definition.passMark))}</span>` : nothing}
    </p>
    ${submission.late ? html`<p class="note" part="late">${strings.late}</p>` : nothing}
    <ol class="result-list">
      ${result.questions.map((item) => {
        const question = questions.get(item.questionId);
        if (!question) return nothing;
        return html`<li class="result-item" part="result-item" data-correct=${String(item.correct)}>
          <p class="result-question">${question.title}</p>
          <p class="result-mark">
            <span class="badge" data-correct=${String(item.correct)}>${item.correct ? strings.correct : strings.wrong}</span>
            ${strings.earned(n(item.earned), n(item.points))}
          </p>
          <dl>
            ${answers ? html`<dt>${strings.yourAnswer}</dt><dd>${answerText(question, answerOf(answers, item.questionId), locale)}</dd>` : nothing}
            ${item.correctAnswer !== undefined ? html`<dt>${strings.correctAnswer}</dt><dd>${answerText(question, item.correctAnswer, locale)}</dd>` : nothing}
            ${item.explanation ? html`<dt>${strings.explanation}</dt><dd>${item.explanation}</dd>` : nothing}
          </dl>
        </li>`;
      })}
    </ol>
  </section>`;
}
