import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatNumber } from '../../../../i18n/format.js';
import type { QuestionOf } from '../shapes.js';
import { parseNumber } from '../validation.js';
import { describedBy, fieldIds, labelledField } from './field.js';
import type { FieldContext } from './types.js';
import { answer } from '../requests.js';

/**
 * A number, typed in a text field with the decimal keypad: `type=number` throws away
 * what it cannot parse (so "1." would vanish under the caret) and refuses the full-width
 * digits of Chinese input methods, which `parseNumber` accepts.
 */
export function numberQuestion(ctx: FieldContext<QuestionOf<'number'>>) {
  const { question, strings, locale } = ctx;
  const ids = fieldIds(question.id);
  const shown = ctx.raw ?? (typeof ctx.value === 'number' ? String(ctx.value) : '');
  const range =
    question.min !== undefined || question.max !== undefined
      ? strings.numberRange(
          question.min === undefined ? undefined : formatNumber(locale, question.min, 4),
          question.max === undefined ? undefined : formatNumber(locale, question.max, 4),
        )
      : undefined;
  return labelledField(
    ctx,
    html`<input
      id=${ids.input}
      class="input number"
      part="input"
      type="text"
      inputmode="decimal"
      autocomplete="off"
      .value=${live(shown)}
      ?required=${ctx.required}
      aria-invalid=${ctx.message ? 'true' : 'false'}
      aria-describedby=${describedBy(ctx, [range && ids.hint]) || nothing}
      @input=${(event: Event) => {
        const raw = (event.target as HTMLInputElement).value;
        const parsed = parseNumber(raw);
        answer(event.target, ctx.question.id, parsed === undefined || Number.isNaN(parsed) ? undefined : parsed, raw);
      }}
    />`,
    range ?? nothing,
  );
}
