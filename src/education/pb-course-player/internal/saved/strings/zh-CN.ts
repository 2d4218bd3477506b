/** Words of a lesson saved on the device (loaded with that code): saving, the saved mark, the saved copy offline. */
export const zhCN = {
  measuring: '正在计算需要的空间…',
  /** What will be saved, e.g. "视频、封面、2 个字幕文件、1 份学习资料". */
  parts: {
    video: '视频',
    audio: '音频',
    poster: '封面',
    captions: (n: number) => `${n} 个字幕文件`,
    document: '文档',
    attachment: (n: number) => `${n} 份学习资料`,
    text: '课程文字',
  },
  list: (parts: string[]) => (parts.length > 1 ? `${parts.slice(0, -1).join('、')}和${parts[parts.length - 1]}` : parts.join('')),
  contents: (parts: string, size: string) => `将保存${parts}，共 ${size}。`,
  sizeUnknown: (size: string, files: number) => `将保存的文件中有 ${files} 个大小未知，已知部分共 ${size}。`,
  spaceLeft: (size: string) => `本机可用空间约 ${size}。`,
  noSpace: (need: string, left: string) => `本机存储空间不足：本讲需要 ${need}，浏览器可用约 ${left}。请先删除其他已保存的课程，或清理浏览器的网站数据。`,
  confirm: '保存',
  cancel: '取消',
  saving: '正在保存到本机…',
  savingOf: (done: string, total: string) => `${done} / ${total}`,
  progress: '保存进度',
  saved: '已保存到本机',
  savedInfo: (size: string, date: string) => `${size} · ${date} 保存，没有网络也能学习`,
  remove: '从本机删除',
  removeAsk: '从本机删除本讲？删除后，需要联网才能学习本讲。',
  removeConfirm: '删除',
  failed: '未能保存本讲。',
  removeFailed: '未能从本机删除本讲。',
  quota: '本机存储空间已满。请删除其他已保存的课程，或清理浏览器的网站数据后重试。',
  network: '网络连接中断，请联网后重试。',
  file: (status: string) => `有课件文件无法下载（${status}），请稍后重试；仍不行请联系网站管理员。`,
  copy: (date: string) => `离线学习：课程和进度是 ${date} 保存在本机的副本。学习记录保存在本机，联网后自动提交。`,
  notSaved: '本讲没有保存到本机，需要联网才能学习。',
  blobRefused: '本站的安全设置不允许播放保存在本机的音视频，本讲需要联网学习。',
};

export type SavedStrings = typeof zhCN;
