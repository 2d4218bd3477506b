import type { NoticeStrings } from './zh-CN.js';

/** English strings for `zh-CN.ts`, loaded when a widget shows English. */
export const en: NoticeStrings = {
  notice: (months, since, amount) =>
    months === 1
      ? `Your party dues for ${since} are overdue: ${amount}. Please pay soon.`
      : `${months} months of party dues are overdue (since ${since}), ${amount} in all. Please pay soon.`,
  serious: (months, since, amount) => `You have not paid party dues for ${months} months in a row (since ${since}); ${amount} overdue in all.`,
  rule: 'Article 9 of the Party Constitution: a member who, without good reason, fails to pay membership dues for six consecutive months is regarded as having given up membership. Please pay the outstanding months soon; if you are in difficulty or there are special circumstances, tell your branch.',
  contact: (name) => `Contact: ${name}`,
  phone: (phone) => `tel. ${phone}`,
  earlierFirst: (year) => `First pay the overdue months of ${year}: months are paid oldest first.`,
  overdueIn: (year) => `The overdue months are in ${year}.`,
  showYear: (year) => `Show ${year}`,
};
