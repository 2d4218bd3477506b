import { localized } from '../../i18n/strings.js';

/** Words of the lesson stage (loaded with it): media controls, reading, materials, help. */
const zh = {
  play: '播放',
  pause: '暂停',
  back: '后退 10 秒',
  forward: '前进 10 秒',
  seek: '播放进度',
  time: (now: string, total: string) => `${now} / ${total}`,
  mute: '静音',
  unmute: '取消静音',
  volume: '音量',
  speed: '播放速度',
  captions: '字幕',
  captionsOff: '关闭字幕',
  audioOnly: '仅音频',
  audioOnlyHint: '网络不好时只听声音，节省流量',
  pip: '画中画',
  fullscreen: '全屏',
  exitFullscreen: '退出全屏',
  keys: '键盘快捷键',
  close: '关闭',
  noSkip: '本课程要求按顺序观看，不能跳到尚未观看的部分。',
  keyHelp: [
    ['空格 / K', '播放或暂停'],
    ['← / →', '后退或前进 10 秒'],
    ['↑ / ↓', '调大或调小音量'],
    ['M', '静音或取消静音'],
    ['F', '全屏或退出全屏'],
    ['C', '打开或关闭字幕'],
    ['?', '显示本帮助'],
  ] as Array<[keys: string, what: string]>,
  mediaBroken: '课件无法播放：文件不存在或网络中断。',
  mediaUnsupported: '您的浏览器不支持此课件格式。',
  mediaMissing: (field: string) => `课件数据不完整：缺少 ${field}。`,
  download: '下载课件',
  open: '在新窗口打开',
  reading: (d: string, min: string) => `已计阅读时长 ${d}（至少 ${min}）`,
  readingOn: '正在计时',
  readingOff: '计时已暂停：页面不可见或长时间无操作',
  materials: '学习资料',
};

export const stageStrings = localized(zh, () => import('./stage-strings.en.js').then((m) => m.en));
export type StageStrings = typeof zh;
