/** Strings of the ranking question (a lazy chunk, with it); `en.ts` gives the English. */
export const zhCN = {
  rankingHint: '用“上移”“下移”按钮、拖动手柄，或聚焦后按 Alt+↑/↓ 调整顺序，最想要的排在最前。',
  moveUp: (label: string) => `上移“${label}”`,
  moveDown: (label: string) => `下移“${label}”`,
  dragHandle: (label: string) => `拖动“${label}”`,
  moved: (label: string, position: number, total: number) => `“${label}”已移至第 ${position} 位，共 ${total} 位`,
  keepOrder: '按当前顺序作答',
  problemRanking: '请对全部选项排序',
};

export type RankingStrings = typeof zhCN;
