import type { GridStrings } from './grid-strings.js';

/** English strings for `grid-strings.ts`, loaded when a widget shows English. */
export const en: GridStrings = {
  rankingHint: 'Reorder with the Move up / Move down buttons, by dragging the handle, or with Alt+↑/↓ on a focused item. Most preferred first.',
  moveUp: (label) => `Move “${label}” up`,
  moveDown: (label) => `Move “${label}” down`,
  dragHandle: (label) => `Drag “${label}”`,
  moved: (label, position, total) => `“${label}” moved to position ${position} of ${total}`,
  keepOrder: 'Answer with this order',
  anonymousNote: 'This evaluation is anonymous: only the fact that you took part is recorded, never your rating of anyone.',
  selfNote: 'The list shows the other members of your branch, not you.',
  limitCount: (label, used, limit) => `“${label}”: ${used} of at most ${limit}`,
  limitFull: (label) => `No more “${label}” ratings are available; change another member’s rating first to move one.`,
  limitOver: (label, limit) => `More than ${limit} are rated “${label}”; please adjust.`,
  ratedOf: (i, n) => `${i} of ${n} rated`,
  rowsAnswered: (i, n) => `${i} of ${n} rows answered`,
  fillRest: (label) => `Rate everyone not yet rated “${label}”`,
};
