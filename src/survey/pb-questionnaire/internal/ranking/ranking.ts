import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { QuestionOf } from '../shapes.js';
import { groupField } from '../questions/field.js';
import { rankingStrings } from './strings/index.js';
import type { FieldContext } from '../questions/types.js';
import { answer, sendUp } from '../requests.js';

/** The order shown: the answer when it is a full order, else the options as defined. */
export function rankingOrder(options: ReadonlyArray<{ value: string }>, value: unknown): string[] {
  const all = options.map((o) => o.value);
  if (!Array.isArray(value)) return all;
  const kept = value.filter((v): v is string => typeof v === 'string' && all.includes(v));
  return [...new Set(kept), ...all.filter((v) => !kept.includes(v))];
}

function moved(order: readonly string[], from: number, to: number): string[] {
  const next = [...order];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/**
 * Ranking: an ordered list, reordered with Move up / Move down buttons, Alt+↑/↓ on a
 * focused item, or by dragging the handle (mouse, pen or touch). Every move is announced;
 * focus stays with the moved item. Until the member moves something (or keeps the order
 * shown), the question is unanswered.
 */
export function rankingQuestion(ctx: FieldContext<QuestionOf<'ranking'>>) {
  const { question } = ctx;
  const strings = rankingStrings(ctx.locale);
  const order = rankingOrder(question.options, ctx.value);
  const labelOf = (value: string) => question.options.find((o) => o.value === value)?.label ?? value;
  const answered = Array.isArray(ctx.value) && ctx.value.length > 0;

  const move = (event: Event, from: number, to: number, direction: 'up' | 'down') => {
    if (to < 0 || to >= order.length || from === to) return;
    const value = order[from]!;
    const { target } = event;
    answer(target, question.id, moved(order, from, to));
    sendUp(target, { type: 'announce', text: strings.moved(labelOf(value), to + 1, order.length) });
    const item = `[data-question="${question.id}"] li:nth-child(${to + 1})`;
    sendUp(target, { type: 'focus', selectors: [`${item} .move-${direction}:not(:disabled)`, `${item} button:not(:disabled)`] });
  };

  const drag = (event: PointerEvent, value: string) => {
    if (event.button !== 0) return;
    const handle = event.currentTarget as HTMLElement;
    // The list holds the capture: the item itself moves in the DOM as it is reordered,
    // and moving a node releases its pointer capture.
    const list = handle.closest('ol')!;
    const item = handle.closest('li')!;
    let current = order;
    list.setPointerCapture(event.pointerId);
    item.toggleAttribute('data-dragging', true);
    event.preventDefault();
    const onMove = (e: PointerEvent) => {
      const from = current.indexOf(value);
      // The new place: after every other item whose middle is above the pointer.
      const to = [...list.children].filter((li, i) => {
        const box = li.getBoundingClientRect();
        return i !== from && e.clientY > box.top + box.height / 2;
      }).length;
      if (to !== from) answer(list, question.id, (current = moved(current, from, to)));
    };
    const onEnd = () => {
      list.removeEventListener('pointermove', onMove);
      list.removeEventListener('pointerup', onEnd);
      list.removeEventListener('pointercancel', onEnd);
      item.removeAttribute('data-dragging');
      if (current !== order) sendUp(list, { type: 'announce', text: strings.moved(labelOf(value), current.indexOf(value) + 1, current.length) });
    };
    list.addEventListener('pointermove', onMove);
    list.addEventListener('pointerup', onEnd);
    list.addEventListener('pointercancel', onEnd);
  };

  const onKey = (event: KeyboardEvent, index: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    if (event.key === 'ArrowUp') move(event, index, index - 1, 'up');
    else move(event, index, index + 1, 'down');
  };

  return groupField(
    ctx,
    html`<ol class="ranking" part="ranking">
        ${repeat(
          order,
          (value) => value,
          (value, i) => {
            const label = labelOf(value);
            return html`<li class="rank-item" part="rank-item" @keydown=${(e: KeyboardEvent) => onKey(e, i)}>
              <span class="handle" aria-hidden="true" title=${strings.dragHandle(label)} @pointerdown=${(e: PointerEvent) => drag(e, value)}>
                <svg viewBox="0 0 24 24"><path d="M9 5h.01M15 5h.01M9 12h.01M15 12h.01M9 19h.01M15 19h.01" /></svg>
              </span>
              <span class="rank" aria-hidden="true">${i + 1}</span>
              <span class="rank-label">${label}</span>
              <button type="button" class="icon-button move-up" aria-label=${strings.moveUp(label)} ?disabled=${i === 0} @click=${(event: Event) => move(event, i, i - 1, 'up')}>
                <svg viewBox="0 0 24 24" aria-hidden="true"><path d="m6 15 6-6 6 6" /></svg>
              </button>
              <button type="button" class="icon-button move-down" aria-label=${strings.moveDown(label)} ?disabled=${i === order.length - 1}
                @click=${(event: Event) => move(event, i, i + 1, 'down')}>
                <svg viewBox="0 0 24 24" aria-hidden="true"><path d="m6 9 6 6 6-6" /></svg>
              </button>
            </li>`;
          },
        )}
      </ol>
      ${answered ? nothing : html`<button type="button" class="button quiet" part="keep-order" @click=${(event: Event) => answer(event.target, question.id, order)}>${strings.keepOrder}</button>`}`,
    strings.rankingHint,
  );
}
