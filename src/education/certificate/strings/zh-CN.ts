/** The certificate's words in zh-CN, the default: the table the English one is typed by. */
export const zhCN = {
  heading: '结业证书',
  body: (name: string, title: string) => `${name} 同志完成《${title}》课程学习，成绩合格，特发此证。`,
  yearHeading: '年度学习证书',
  yearBody: (name: string, title: string) => `${name} 同志完成${title}，学时达到年度要求，特发此证。`,
  hours: (h: string) => `计 ${h} 学时`,
  completedOn: (d: string) => `完成日期：${d}`,
  code: '验证码',
  verifyHint: '凭验证码可在本站查验证书真伪。',
  print: '打印证书',
  close: '关闭证书',
  loading: '正在取得证书…',
};

export type CertificateStrings = typeof zhCN;
