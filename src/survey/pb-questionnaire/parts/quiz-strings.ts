import { localized } from '../../../i18n/strings.js';

/** Strings of the quiz parts: before the start, the timer, the result (a lazy chunk, with them). */
const zh = {
  yes: '是',
  no: '否',
  questionCount: (n: number) => `共 ${n} 题`,
  totalPoints: (n: string) => `满分 ${n} 分`,
  passMark: (n: string) => `${n} 分及格`,
  timeLimit: (duration: string) => `限时 ${duration}`,
  timerNote: '点击“开始答题”后开始计时，中途不能暂停；时间到时自动交卷。',
  start: '开始答题',
  starting: '正在开始…',
  timeLeft: '剩余时间',
  resultTitle: '测验成绩',
  passed: '合格',
  failed: '不合格',
  passLine: (n: string) => `及格线 ${n} 分`,
  correct: '正确',
  wrong: '错误',
  earned: (earned: string, points: string) => `得 ${earned} / ${points} 分`,
  yourAnswer: '您的答案',
  correctAnswer: '正确答案',
  explanation: '解析',
  noAnswer: '未作答',
  late: '提交时已超过答题时限，成绩按截止前自动保存的答案计算。',
  startOffline: '开始计时测验需要联网，请连接网络后重试。',
  timeUp: '时间到，正在交卷…',
  minutesLeft: (n: number) => `还剩 ${n} 分钟`,
  resumeTitle: '你已开始本次测验',
  resumeElsewhere: '你已在其他设备开始本次测验',
  resumeNote: '计时从开始答题起一直在走，不能暂停。',
  savedCount: (n: number) => (n ? `已保存 ${n} 题的答案，继续后可以接着作答。` : '还没有保存的答案。'),
  continue: '继续答题',
  expiredTitle: '本次测验的答题时间已到',
  expiredNote: '答卷尚未提交：时间到时没有自动交卷。',
  expiredSaved: (n: number) => (n ? `提交后按截止前保存的答案（${n} 题）计分。` : '截止前没有保存的答案。'),
  submitSaved: '提交已保存的答案',
};

export type QuizStrings = typeof zh;

export const quizStrings = localized(zh, () => import('./quiz-strings.en.js'));
