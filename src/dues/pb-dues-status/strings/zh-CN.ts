/** Strings of `<pb-dues-status>` (amounts, months and dates arrive formatted) in zh-CN, the default: the table the English one is typed by. */
export const zhCN = {
  monthly: '每月应交',
  paidTotal: '本年已交',
  owed: '逾期未交',
  due: '本月应交',
  dueBy: (month: string) => `${month}底前交纳`,
  category: {
    'in-service': '在职党员',
    retired: '离退休党员',
    farmer: '农民党员',
    student: '学生党员',
    unemployed: '下岗失业党员',
    relief: '领取最低生活保障党员',
  },
  // The server's own description is already in Chinese ("月基数 4,800.00 元 × 1%").
  basis: (category: string, description: string, _base: string | null, _rate: string) => [category, description].filter(Boolean).join('，'),
  months: (year: number) => `${year} 年各月交纳情况`,
  paidOn: (date: string) => `${date}交`,
  choose: '勾选要缴纳的月份',
  order: '按月份先后缴纳：勾选某月，会一并勾选之前未交的月份。',
  selected: (count: number, total: string) => `已选 ${count} 个月，合计 ${total}`,
  pay: (total: string) => `缴纳 ${total}`,
  creating: '正在发起缴费…',
  allPaid: '应交党费已全部交清。',
  ahead: '如需预交，请勾选以后的月份。',
  refused: (why: string) => `未能发起缴费：${why}`,
  history: (count: number) => `缴费记录（${count}）`,
  noHistory: '本年暂无缴费记录',
  receipt: '收据',
  receiptFor: (months: string) => `${months}的收据`,
  payment: { pending: '待支付', paid: '支付成功', failed: '支付失败', expired: '已过期', cancelled: '已取消' },
  empty: '本年度没有需要交纳党费的月份',
};

export type StatusStrings = typeof zhCN;
