/** Strings of `<pb-my-tasks>` in zh-CN, the default: the table the English one is typed by. */
export const zhCN = {
  title: '我的待办',
  /** The counts line: 逾期 2 项 · 即将到期 1 项 · 稍后 7 项. */
  counts: '待办数量',
  urgency: { overdue: '已逾期', 'due-soon': '即将到期', later: '稍后' },
  count: (n: number) => `${n} 项`,
  kind: { course: '课程', questionnaire: '问卷', evaluation: '民主评议', dues: '党费', reminder: '提醒', meeting: '组织生活' },
  overdueBy: (days: number) => `逾期 ${days} 天`,
  dueIn: (days: number) => (days === 0 ? '今天截止' : `还剩 ${days} 天`),
  dueOn: (day: string) => `${day}截止`,
  noDate: '不限期',
  percent: (p: string) => `已学 ${p}`,
  duesMonths: (months: number, amount: string) => `${months} 个月，共 ${amount}`,
  duesTitle: (from: string, to: string) => (from === to ? `交纳 ${from} 党费` : `交纳 ${from}—${to} 党费`),
  reminderFrom: (name: string) => `${name} 提醒`,
  /** A meeting's day: 今天召开 · 10 天后召开. */
  meetingIn: (days: number) => (days === 0 ? '今天召开' : `${days} 天后召开`),
  checkInOpen: '正在签到',
  /** What a meeting waits for from the member. */
  meetingNeed: { reply: '请回复参加或请假', 'leave-refused': '请假未获批准', 'check-in': '请签到' },
  reminderSubject: { dues: '请及时交纳党费', study: '请按时完成学习任务', questionnaire: '请及时填写问卷', general: '支部提醒' },
  markRead: '知道了',
  markReadLabel: (title: string) => `知道了：${title}`,
  hours: (credited: string, target: string) => `本年度学时 ${credited} / ${target}`,
  hoursBehind: (hours: string) => `落后进度 ${hours} 学时`,
  hoursDone: '已完成本年度学时要求',
  empty: '暂无待办事项',
  emptyHint: '需要您完成的学习、问卷、党费、组织生活和提醒会显示在这里。',
};

export type TasksStrings = typeof zhCN;
