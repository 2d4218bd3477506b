import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { QuestionOf } from '../shapes.js';
import { textLength } from '../validation.js';
import { describedBy, fieldIds, labelledField } from './field.js';
import type { FieldContext } from './types.js';
import { answer } from '../requests.js';

/**
 * How many characters of the limit are used, shown while typing. Not `maxlength`: that
 * cuts a paste off silently, and counts UTF-16 units where the server counts characters.
 */
export function characterCount(ctx: FieldContext<QuestionOf<'text' | 'longtext'>>) {
  const max = ctx.question.maxLength;
  if (max === undefined) return nothing;
  const used = textLength(typeof ctx.value === 'string' ? ctx.value : '');
  return html`<p class="count" id=${fieldIds(ctx.question.id).count} ?data-over=${used > max} aria-hidden="true">${ctx.strings.characters(used, max)}</p>`;
}

/** Short text; `pattern` is checked when the member goes on (Chinese input methods type in steps). */
export function textQuestion(ctx: FieldContext<QuestionOf<'text'>>) {
  const ids = fieldIds(ctx.question.id);
  const value = typeof ctx.value === 'string' ? ctx.value : '';
  return labelledField(
    ctx,
    html`<input
        id=${ids.input}
        class="input"
        part="input"
        type="text"
        autocomplete="off"
        .value=${live(value)}
        ?required=${ctx.required}
        aria-invalid=${ctx.message ? 'true' : 'false'}
        aria-describedby=${describedBy(ctx) || nothing}
        @input=${(event: Event) => answer(event.target, ctx.question.id, (event.target as HTMLInputElement).value || undefined)}
      />
      ${characterCount(ctx)}`,
  );
}
