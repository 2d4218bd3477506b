/** Strings of the arrears notice of `<pb-dues-status>`, loaded with it in zh-CN, the default: the table the English one is typed by. */
export const zhCN = {
  notice: (months: number, since: string, amount: string) =>
    `您有 ${months} 个月的党费逾期未交（${months === 1 ? since : `自${since}起`}），共 ${amount}，请尽快补交。`,
  serious: (months: number, since: string, amount: string) => `您已连续 ${months} 个月未交纳党费（自${since}起），逾期共 ${amount}。`,
  rule: '《中国共产党章程》第九条规定：党员如果没有正当理由，连续六个月不交纳党费，就被认为是自行脱党。请尽快补交；如有困难或特殊情况，请及时向党支部说明。',
  contact: (name: string) => `联系人：${name}`,
  phone: (phone: string) => `电话 ${phone}`,
  earlierFirst: (year: number) => `请先缴纳 ${year} 年逾期未交的党费：按月份先后缴纳。`,
  overdueIn: (year: number) => `逾期未交的月份在 ${year} 年。`,
  showYear: (year: number) => `查看 ${year} 年`,
};

export type NoticeStrings = typeof zhCN;
