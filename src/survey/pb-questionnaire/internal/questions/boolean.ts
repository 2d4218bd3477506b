import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import type { QuestionOf } from '../shapes.js';
import { groupField } from './field.js';
import type { FieldContext } from './types.js';
import { answer } from '../requests.js';

/** Yes or no, with the definition's own words when it has them. */
export function booleanQuestion(ctx: FieldContext<QuestionOf<'boolean'>>) {
  const { question, value, strings } = ctx;
  const choices: Array<[boolean, string]> = [
    [true, question.labelTrue ?? strings.yes],
    [false, question.labelFalse ?? strings.no],
  ];
  return groupField(
    ctx,
    html`<div class="options inline" part="options">
      ${choices.map(
        ([choice, label]) => html`<label class="option" part="option">
          <input type="radio" name=${question.id} .value=${String(choice)} .checked=${live(value === choice)} ?required=${ctx.required}
            @change=${(event: Event) => answer(event.target, question.id, choice)} />
          <span>${label}</span>
        </label>`,
      )}
    </div>`,
  );
}
