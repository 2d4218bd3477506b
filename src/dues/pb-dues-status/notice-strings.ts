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

const en: typeof zh = {
  notice: (months, since) => `You have not paid party dues for ${months} months in a row (since ${since}). Please pay them soon.`,
  serious: (months, since) => `You have not paid party dues for ${months} months in a row (since ${since}).`,
  rule: 'Article 9 of the Party Constitution: a member who, without good reason, fails to pay membership dues for six consecutive months is regarded as having given up membership. Please pay the outstanding months soon; if you are in difficulty or there are special circumstances, tell your branch.',
  contact: (name) => `Contact: ${name}`,
  phone: (phone) => `tel. ${phone}`,
  earlier: (year) => `The unpaid months began in ${year}; pay the ${year} months from that year.`,
  showYear: (year) => `Show ${year}`,
};

export const noticeStrings = localized({ 'zh-CN': zh, en });
