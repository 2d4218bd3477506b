import type { GridStrings } from './zh-CN.js';

/** English strings for `zh-CN.ts`, loaded when a widget shows English. */
export const en: GridStrings = {
  anonymousNote: 'This evaluation is anonymous: only the fact that you took part is recorded, never your rating of anyone.',
  selfNote: 'The list shows the other members of your branch, not you.',
  limitCount: (label, used, limit) => `“${label}”: ${used} of at most ${limit}`,
  limitFull: (label) => `No more “${label}” ratings are available; change another member’s rating first to move one.`,
  limitOver: (label, limit) => `More than ${limit} are rated “${label}”; please adjust.`,
  ratedOf: (i, n) => `${i} of ${n} rated`,
  rowsAnswered: (i, n) => `${i} of ${n} rows answered`,
  fillRest: (label) => `Rate everyone not yet rated “${label}”`,
  problemRows: 'Choose an answer in every row',
  problemLimit: (label, n) => `At most ${n} may be “${label}”; please adjust`,
};
