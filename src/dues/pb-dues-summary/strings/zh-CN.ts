/** Strings of `<pb-dues-summary>` in zh-CN, the default: the table the English one is typed by. */
export const zhCN = {
  title: (branch: string) => `${branch}党费收缴情况`,
  rate: '全年交纳率',
  members: (count: number) => `党员 ${count} 人`,
  counts: '各状态月数合计',
  arrears: (count: number) => `欠缴党员（${count} 人）`,
  noArrears: '本年度没有欠缴党费的党员。',
  // The same months and amount the member's own widget shows as overdue.
  behind: (months: number) => `逾期 ${months} 个月`,
  owed: (amount: string) => `欠缴 ${amount}`,
  serious: (months: number) => `已连续 ${months} 个月未交，请及时谈话提醒`,
  months: '各月交纳率',
  month: '月份',
  paidOfDue: '已交 / 应交',
  monthRate: '交纳率',
  forbidden: '本支部的党费收缴情况仅支部书记和管理员可以查看。',
  noBranch: '未指定党支部',
  noBranchHint: '网站管理员：请为 <pb-dues-summary> 设置 branch-id。',
  empty: '本支部暂无党员',
  remind: '提醒',
  remindOne: (name: string) => `提醒${name}交纳党费`,
  remindAll: (count: number) => `提醒全部欠缴党员（${count} 人）`,
  showMonths: (name: string) => `查看${name}的各月党费`,
  export: { csv: '导出全年（CSV）', xlsx: '导出全年（Excel）' },
  reminded: (names: string) => `已提醒：${names}`,
  remindedNone: '目前没有欠缴党费的党员，无需提醒。',
  failed: (why: string) => `操作未完成：${why}`,
};

export type SummaryStrings = typeof zhCN;
