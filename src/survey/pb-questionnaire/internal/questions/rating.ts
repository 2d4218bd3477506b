import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { QuestionOf } from '../shapes.js';
import { groupField, stopAtEnds } from './field.js';
import type { FieldContext } from './types.js';
import { answer } from '../requests.js';

/**
 * A rating from 1 to `scale`: a row of numbered boxes (radio buttons), the end labels
 * under the ends and in the accessible names of the first and last. Arrows stop at the ends.
 */
export function ratingQuestion(ctx: FieldContext<QuestionOf<'rating'>>) {
  const { question, value } = ctx;
  const points = Array.from({ length: question.scale }, (_, i) => i + 1);
  const endLabel = (n: number) => (n === 1 ? question.minLabel : n === question.scale ? question.maxLabel : undefined);
  return groupField(
    ctx,
    html`<div class="rating" part="rating">
      <div class="rating-scale" @keydown=${stopAtEnds}>
        ${points.map((n) => {
          const end = endLabel(n);
          return html`<label class="rating-point" part="option">
            <input type="radio" name=${question.id} .value=${String(n)} .checked=${live(value === n)} ?required=${ctx.required}
              @change=${(event: Event) => answer(event.target, question.id, n)} />
            <span aria-hidden="true">${n}</span><span class="visually-hidden">${ctx.strings.ratingValue(n, question.scale)}${end ? ` (${end})` : ''}</span>
          </label>`;
        })}
      </div>
      ${question.minLabel || question.maxLabel
        ? html`<div class="rating-ends" aria-hidden="true"><span>${question.minLabel ?? ''}</span><span>${question.maxLabel ?? ''}</span></div>`
        : nothing}
    </div>`,
  );
}
