import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import type { QuestionOf } from '../shapes.js';
import { groupField } from './field.js';
import type { FieldContext } from './types.js';
import { answer } from '../requests.js';

/** Single choice: radio buttons, one row each, the whole row a target. */
export function singleQuestion(ctx: FieldContext<QuestionOf<'single'>>) {
  const { question, value } = ctx;
  return groupField(
    ctx,
    html`<div class="options" part="options">
      ${question.options.map(
        (option) => html`<label class="option" part="option">
          <input type="radio" name=${question.id} .value=${option.value} .checked=${live(value === option.value)} ?required=${ctx.required}
            @change=${(event: Event) => answer(event.target, question.id, option.value)} />
          <span>${option.label}</span>
        </label>`,
      )}
    </div>`,
  );
}
