import type { RankingStrings } from './zh-CN.js';

/** English strings for `zh-CN.ts`, loaded when a widget shows English. */
export const en: RankingStrings = {
  rankingHint: 'Reorder with the Move up / Move down buttons, by dragging the handle, or with Alt+↑/↓ on a focused item. Most preferred first.',
  moveUp: (label) => `Move “${label}” up`,
  moveDown: (label) => `Move “${label}” down`,
  dragHandle: (label) => `Drag “${label}”`,
  moved: (label, position, total) => `“${label}” moved to position ${position} of ${total}`,
  keepOrder: 'Answer with this order',
  problemRanking: 'Put every option in order',
};
