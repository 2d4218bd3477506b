/** Strings of the catalog's 为你安排 section (zh-CN, the default). */
export const zhCN = {
  title: '为你安排',
  count: (label: string, n: number) => `${label} ${n} 项`,
  hours: (year: number) => `${year} 年度学时`,
  hoursProgress: (hours: string) => `本年度学时：${hours}`,
  pace: (expected: string) => `按进度今天应达 ${expected} 学时`,
  behind: (hours: string) => `还差 ${hours} 学时`,
  reached: '本年度学时已达标',
  yearCertificate: '查看年度学习证书',
  yearEnd: (days: number) => `距年底 ${days} 天`,
  assignedBy: (titles: string) => `安排：${titles}`,
  veteranTip: '老党员学习提示：打开课程后可点“仅音频”只听声音；字看不清，可以放大字号。',
  migrantTip: '在外学习提示：网络不好时，打开课程后可点“仅音频”只听声音，更省流量。',
  largeText: '放大字号',
};

export type PlanSectionStrings = typeof zhCN;
