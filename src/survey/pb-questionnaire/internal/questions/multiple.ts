import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { QuestionOf } from '../shapes.js';
import { groupField } from './field.js';
import type { FieldContext } from './types.js';
import { answer } from '../requests.js';

function selectionHint(ctx: FieldContext<QuestionOf<'multiple'>>): string | undefined {
  const { minSelect: min, maxSelect: max } = ctx.question;
  if (min !== undefined && min > 1 && max !== undefined) return ctx.strings.chooseBetween(min, max);
  if (max !== undefined) return ctx.strings.chooseAtMost(max);
  if (min !== undefined && min > 1) return ctx.strings.chooseAtLeast(min);
  return undefined;
}

/**
 * Multiple choice: checkboxes. At `maxSelect` the unchosen ones are disabled, so the
 * member sees the limit instead of an error after the fact.
 */
export function multipleQuestion(ctx: FieldContext<QuestionOf<'multiple'>>) {
  const { question } = ctx;
  const chosen = Array.isArray(ctx.value) ? ctx.value : [];
  const full = question.maxSelect !== undefined && chosen.length >= question.maxSelect;
  const toggle = (input: HTMLInputElement) => {
    const next = question.options.map((o) => o.value).filter((v) => (v === input.value ? input.checked : chosen.includes(v)));
    answer(input, question.id, next.length ? next : undefined);
  };
  return groupField(
    ctx,
    html`<div class="options" part="options">
      ${question.options.map((option) => {
        const checked = chosen.includes(option.value);
        return html`<label class="option" part="option">
          <input type="checkbox" name=${question.id} .value=${option.value} .checked=${live(checked)} ?disabled=${full && !checked}
            @change=${(event: Event) => toggle(event.target as HTMLInputElement)} />
          <span>${option.label}</span>
        </label>`;
      })}
    </div>`,
    selectionHint(ctx) ?? nothing,
  );
}
