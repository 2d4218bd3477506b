import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { QuestionOf } from '../shapes.js';
import { describedBy, fieldIds, labelledField } from './field.js';
import { characterCount } from './text.js';
import type { FieldContext } from './types.js';
import { answer } from '../requests.js';

/** Long text in a text area that grows with what is written. */
export function longtextQuestion(ctx: FieldContext<QuestionOf<'longtext'>>) {
  const ids = fieldIds(ctx.question.id);
  const value = typeof ctx.value === 'string' ? ctx.value : '';
  return labelledField(
    ctx,
    html`<textarea
        id=${ids.input}
        class="input textarea"
        part="input"
        rows="4"
        .value=${live(value)}
        ?required=${ctx.required}
        aria-invalid=${ctx.message ? 'true' : 'false'}
        aria-describedby=${describedBy(ctx) || nothing}
        @input=${(event: Event) => answer(event.target, ctx.question.id, (event.target as HTMLTextAreaElement).value || undefined)}
      ></textarea>
      ${characterCount(ctx)}`,
  );
}
