/** Strings of the grid question (a lazy chunk, with it); `en.ts` gives the English. */
export const zhCN = {
  anonymousNote: '本次评议匿名进行：系统只记录您已参加，不记录您对每位党员的评定。',
  selfNote: '名单为本支部其他党员，不含您本人。',
  limitCount: (label: string, used: number, limit: number) => `“${label}”已评 ${used} 人，最多 ${limit} 人`,
  limitFull: (label: string) => `“${label}”名额已满；如需调整，请先把其他人改为别的等次。`,
  limitOver: (label: string, limit: number) => `“${label}”超过 ${limit} 人的上限，请调整。`,
  ratedOf: (i: number, n: number) => `已评定 ${i} / ${n} 人`,
  rowsAnswered: (i: number, n: number) => `已答 ${i} / ${n} 行`,
  fillRest: (label: string) => `其余未评定的设为“${label}”`,
  problemRows: '请为每一行作出选择',
  problemLimit: (label: string, n: number) => `“${label}”最多 ${n} 项，请调整`,
};

export type GridStrings = typeof zhCN;
