/** Strings of the arrears notice of `<pb-dues-status>`, loaded with it. */
import { localized } from '../../i18n/strings.js';

const zh = {
  notice: (months: number, since: string) => `您已连续 ${months} 个月未交纳党费（自${since}起），请尽快补交。`,
  serious: (months: number, since: string) => `您已连续 ${months} 个月未交纳党费（自${since}起）。`,
  rule: '《中国共产党章程》第九条规定：党员如果没有正当理由，连续六个月不交纳党费，就被认为是自行脱党。请尽快补交；如有困难或特殊情况，请及时向党支部说明。',
  contact: (name: string) => `联系人：${name}`,
  phone: (phone: string) => `电话 ${phone}`,
  earlier: (year: number) => `欠缴从 ${year} 年开始，${year} 年的月份请在该年度补交。`,
  showYear: (year: number) => `查看 ${year} 年`,
};

export type NoticeStrings = typeof zh;
export const noticeStrings = localized(zh, () => import('./notice-strings.en.js').then((m) => m.en));
