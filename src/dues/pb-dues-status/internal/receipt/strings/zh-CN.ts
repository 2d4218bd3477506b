/** The receipt's words in zh-CN, the default: the table the English one is typed by. */
export const zhCN = {
  heading: '党费收据',
  number: '收据编号',
  member: '党员',
  branch: '所在支部',
  months: '交纳月份',
  amount: '金额',
  basis: '计算依据',
  payment: '支付单号',
  paidAt: '交纳时间',
  issuedAt: '开具时间',
  note: '本收据由系统根据支付记录生成。',
  print: '打印收据',
  download: '下载 PDF',
  downloading: '正在生成 PDF…',
  close: '关闭收据',
  line: (label: string, value: string) => `${label}：${value}`,
  fileName: (number: string) => `党费收据-${number}.pdf`,
};

export type ReceiptStrings = typeof zhCN;
