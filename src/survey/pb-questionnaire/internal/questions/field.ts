import { html, nothing, type TemplateResult } from 'lit';
import { richText } from '../rich-text.js';
import type { FieldContext } from './types.js';

/** Element ids of one question, unique in the widget's shadow root. */
export function fieldIds(questionId: string) {
  const base = `q-${questionId}`;
  return { base, input: `${base}-input`, desc: `${base}-desc`, hint: `${base}-hint`, msg: `${base}-msg`, count: `${base}-count` };
}

/** The ids that describe a field: its description, hint and message, those that exist. */
export function describedBy(ctx: FieldContext, extra: Array<string | false | undefined> = []): string {
  const ids = fieldIds(ctx.question.id);
  return [ctx.question.description ? ids.desc : undefined, ...extra, ctx.message ? ids.msg : undefined].filter(Boolean).join(' ');
}

/**
 * Keydown on a scale of radio buttons (a rating, a grid row): the arrow keys stop at its
 * ends instead of wrapping round, as radio groups do. On a scale, wrapping turns the best
 * mark into the worst with one key press, and when a full column's choice is disabled
 * (民主评议's 优秀) the arrow skips it and lands on 不合格.
 */
export function stopAtEnds(event: KeyboardEvent): void {
  const step = ({ ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 } as Record<string, number>)[event.key];
  const enabled = [...(event.currentTarget as HTMLElement).querySelectorAll('input:enabled')];
  if (step && !enabled[enabled.indexOf(event.target as Element) + step]) event.preventDefault();
}

/** The title; the required mark starts with a word joiner so it never wraps onto a line alone. */
function titleOf(ctx: FieldContext): TemplateResult {
  return html`<span class="number" aria-hidden="true">${ctx.number}.</span>
    <span class="title-text">${ctx.question.title}</span>${ctx.required
      ? html`<span class="required-mark" aria-hidden="true">&#8288;*</span><span class="visually-hidden">(${ctx.strings.required})</span>`
      : nothing}`;
}

function after(ctx: FieldContext, hint: unknown, control: unknown): TemplateResult {
  const ids = fieldIds(ctx.question.id);
  return html`${ctx.question.description ? html`<div class="description" id=${ids.desc}>${richText(ctx.question.description)}</div>` : nothing}
    ${hint ? html`<div class="hint" id=${ids.hint}>${hint}</div>` : nothing} ${control}
    ${ctx.message
      ? html`<p class="message" part="message" id=${ids.msg}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 3 2 21h20zm0 6v5m0 3v.5" /></svg><span>${ctx.message}</span>
        </p>`
      : nothing}`;
}

/**
 * A question answered with a group of controls (choices, ratings, grids, ranking): a
 * fieldset whose legend is the question, described by its description, hint and message.
 */
export function groupField(ctx: FieldContext, control: unknown, hint?: unknown): TemplateResult {
  const ids = fieldIds(ctx.question.id);
  return html`<fieldset
    class="question"
    part="question"
    id=${ids.base}
    data-question=${ctx.question.id}
    data-type=${ctx.question.type}
    ?data-invalid=${!!ctx.message}
    ?hidden=${ctx.hidden}
    aria-describedby=${describedBy(ctx, [hint ? ids.hint : undefined]) || nothing}
  >
    <legend class="label" part="label">${titleOf(ctx)}</legend>
    ${after(ctx, hint, control)}
  </fieldset>`;
}

/**
 * A question answered in one control (text, long text, number): a label for the control;
 * the control itself carries `aria-describedby` and `aria-invalid`.
 */
export function labelledField(ctx: FieldContext, control: unknown, hint?: unknown): TemplateResult {
  const ids = fieldIds(ctx.question.id);
  return html`<div class="question" part="question" id=${ids.base} data-question=${ctx.question.id} data-type=${ctx.question.type} ?data-invalid=${!!ctx.message} ?hidden=${ctx.hidden}>
    <label class="label" part="label" for=${ids.input}>${titleOf(ctx)}</label>
    ${after(ctx, hint, control)}
  </div>`;
}
