import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { columnCounts, isBlocked, type ColumnCount } from '../column-limits.js';
import { answerOf } from '../../../../contract/rules/conditions.js';
import type { QuestionOf } from '../shapes.js';
import { gridStrings, type GridStrings } from './strings/index.js';
import { fieldIds, groupField, stopAtEnds } from '../questions/field.js';
import type { FieldContext } from '../questions/types.js';
import { answer, sendUp } from '../requests.js';

type Grid = Record<string, string>;

const asGrid = (value: unknown): Grid => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Grid) : {});

function limitLine(strings: GridStrings, count: ColumnCount) {
  const state = count.over ? 'over' : count.full ? 'full' : 'ok';
  const note = count.over ? strings.limitOver(count.label, count.limit) : count.full ? strings.limitFull(count.label) : '';
  return html`<p class="limit" data-state=${state}><strong>${strings.limitCount(count.label, count.used, count.limit)}</strong> ${note}</p>`;
}

/**
 * A grid: one radio group per row, one choice per row. Columns with a limit (民主评议:
 * 优秀 for at most a third) show a live count; once a column is full its remaining
 * choices are disabled and say why. Wide, it is a table-like grid with one header row;
 * narrow, each row becomes a card with labelled choices. Arrows stop at a row's ends.
 */
export function matrixQuestion(ctx: FieldContext<QuestionOf<'matrix'>>) {
  const { question } = ctx;
  const strings = gridStrings(ctx.locale);
  const ids = fieldIds(question.id);
  const grid = asGrid(ctx.value);
  const counts = columnCounts(question, grid);
  const rated = question.rows.filter((row) => Object.hasOwn(grid, row.value)).length;

  const choose = (event: Event, row: string, column: string) => {
    const next: Grid = {};
    for (const r of question.rows) {
      const chosen = r.value === row ? column : answerOf(grid, r.value);
      if (chosen !== undefined) next[r.value] = chosen;
    }
    answer(event.target, question.id, next);
    const count = columnCounts(question, next).find((c) => c.column === column);
    if (count?.full && !counts.find((c) => c.column === column)?.full) sendUp(event.target, { type: 'announce', text: strings.limitFull(count.label) });
  };

  const fillColumn = ctx.evaluation ? question.columns.find((c) => c.value === 'qualified') : undefined;
  const fillRest = (event: Event) => {
    const next: Grid = {};
    for (const r of question.rows) next[r.value] = answerOf(grid, r.value) ?? fillColumn!.value;
    answer(event.target, question.id, next);
  };

  const status = html`${ctx.evaluation
      ? html`<div class="callout" part="anonymous">
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M7 11V8a5 5 0 0 1 10 0v3M5 11h14v10H5zm7 4v2" /></svg>
          <p>${strings.anonymousNote} ${strings.selfNote}</p>
        </div>`
      : nothing}
    <div class="matrix-status" id=${ids.count} part="counter">
      ${counts.map((count) => limitLine(strings, count))}
      <p class="rated">${ctx.evaluation ? strings.ratedOf(rated, question.rows.length) : strings.rowsAnswered(rated, question.rows.length)}</p>
    </div>`;

  return groupField(
    ctx,
    html`<div class="matrix" part="matrix">
        <div class="matrix-head" aria-hidden="true"><span></span>${question.columns.map((c) => html`<span>${c.label}</span>`)}</div>
        ${question.rows.map((row, r) => {
          const rowLabel = `${ids.base}-r${r}`;
          return html`<div class="matrix-row" part="row" role="radiogroup" aria-labelledby=${rowLabel} @keydown=${stopAtEnds} ?data-answered=${Object.hasOwn(grid, row.value)}>
            <span class="row-label" id=${rowLabel}>${row.label}</span>
            ${question.columns.map((column) => {
              const blocked = isBlocked(counts, grid, row.value, column.value);
              return html`<label class="cell" part="cell" ?data-blocked=${blocked}>
                <input type="radio" name=${`${question.id}:${r}`} .value=${column.value} .checked=${live(answerOf(grid, row.value) === column.value)}
                  ?disabled=${blocked} aria-describedby=${blocked ? ids.count : nothing} @change=${(event: Event) => choose(event, row.value, column.value)} />
                <span class="cell-text">${column.label}</span>
              </label>`;
            })}
          </div>`;
        })}
      </div>
      ${fillColumn && rated < question.rows.length
        ? html`<button type="button" class="button quiet fill" part="fill" @click=${fillRest}>${strings.fillRest(fillColumn.label)}</button>`
        : nothing}`,
    status,
  );
}
