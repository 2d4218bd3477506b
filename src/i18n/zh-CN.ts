/** Strings of the shared parts of every widget, in Simplified Chinese (the default). */
export const zhCN = {
  loading: '正在加载…',
  empty: '暂无内容',
  retry: '重试',
  errorTitle: '加载失败',
  configTitle: '组件配置有误',
  configHint: (setting: string) => `请网站管理员检查设置“${setting}”。`,
  network: '网络连接不可用，请检查网络后重试。',
  timeout: '服务器响应超时，请稍后重试。',
  shape: '服务器返回的数据格式不正确，请联系网站管理员。',
  storage: '本机存储空间不足，请在同步完成前不要关闭本页面。',
  signIn: '登录已失效，请重新登录。',
  signInAgain: '重新登录',
  forbiddenTitle: '无权查看',
  forbidden: '您没有权限查看此内容。',
  notFound: '未找到该内容。',
  server: '服务器暂时无法处理请求，请稍后重试。',
  offline: '当前处于离线状态，记录已保存在本机，恢复网络后将自动同步。',
  pending: (count: number) => `${count} 条记录等待同步`,
  synced: '已同步',
  notOffered: '本站暂未开通此功能',
  details: '技术详情',
};

export type CoreStrings = typeof zhCN;
