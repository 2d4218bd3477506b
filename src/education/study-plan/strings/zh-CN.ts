/** The words both study-plan widgets use (zh-CN, the default): statuses, groups, urgency. */
export const zhCN = {
  status: { overdue: '已逾期', 'due-soon': '即将到期', 'on-track': '按计划', done: '已完成' },
  group: { cadre: '在职干部', 'returned-retiree': '离退休返乡', skilled: '有一技之长', ordinary: '普通岗位', migrant: '流动党员', veteran: '老党员' },
  overdue: (days: number) => `逾期 ${days} 天`,
  dueIn: (days: number) => (days === 0 ? '今天截止' : `还剩 ${days} 天`),
  behind: (hours: string) => `学时落后 ${hours}`,
  undated: '不限期',
  done: '已完成',
  /** Between a member's groups: 普通岗位、有一技之长. */
  and: '、',
  dueOn: (day: string) => `${day}截止`,
  hours: (credited: string, target: string) => `${credited} / ${target} 学时`,
  percent: (title: string) => `《${title}》学习进度`,
};

export type StudyPlanStrings = typeof zhCN;
