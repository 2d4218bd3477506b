/** Strings of the pay flow of `<pb-dues-status>`, loaded with it on first use in zh-CN, the default: the table the English one is typed by. */
export const zhCN = {
  open: (amount: string, months: string) => `待支付 ${amount}（${months}）`,
  payBy: (time: string) => `请在 ${time} 前完成支付。支付完成后回到本页，状态会自动更新。`,
  goPay: '前往支付页面',
  scan: '扫码支付',
  hideQr: '收起二维码',
  qr: '支付二维码',
  qrHint: '请用手机扫描二维码完成支付',
  qrFailed: '二维码未能加载，请使用“前往支付页面”。',
  refresh: '刷新支付状态',
  cancel: '取消支付',
  cancelling: '正在取消…',
  cancelFailed: (why: string) => `未能取消支付：${why}`,
  replaced: '您在其他页面或设备上发起了新的缴费，之前的支付已由这笔代替。',
  outcome: {
    paid: (months: string, amount: string) => `支付成功：${months}的党费共 ${amount} 已交纳。`,
    failed: (months: string) => `支付未成功，${months}仍为未交，可重新缴纳。`,
    expired: (months: string) => `支付已超时失效，${months}仍为未交，可重新缴纳。`,
    cancelled: (months: string) => `已取消支付，${months}仍为未交，可重新缴纳。`,
    replaced: '这笔支付已由新发起的缴费代替，请以新的缴费为准。',
  },
  dismiss: '知道了',
  payFirst: (months: string) => `请先缴纳更早的未交月份${months ? `：${months}` : ''}。`,
};

export type PayStrings = typeof zhCN;
