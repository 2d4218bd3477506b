/** Strings of both dues widgets (month statuses and the year switcher) in zh-CN, the default: the table the English one is typed by. */
export const zhCN = {
  // `unpaid` is a month that ended unpaid; this month unpaid is only `due` (本月应交).
  status: { paid: '已交', 'paid-late': '补交', unpaid: '逾期未交', due: '本月应交', exempt: '免交', 'not-due': '未到期', 'before-start': '入党前' },
  /** The shorter words of a month's cell, which is a third of a phone's width. */
  cell: { unpaid: '逾期', due: '应交' } as Partial<Record<string, string>>,
  years: '选择年份',
  year: (year: number) => `${year} 年`,
  prevYear: (year: number) => `上一年（${year} 年）`,
  nextYear: (year: number) => `下一年（${year} 年）`,
};

export type DuesStrings = typeof zhCN;
