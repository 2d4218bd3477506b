/** Strings of the study summary's list of assignments (zh-CN, the default). */
export const zhCN = {
  count: (n: number) => `共 ${n} 项安排`,
  none: '本支部还没有学习安排',
  forWhom: '对象',
  courses: '课程',
  hours: (hours: string) => `每年 ${hours} 学时`,
  dueOn: (day: string) => `${day}前完成`,
  created: (day: string) => `${day}布置`,
};

export type AssignmentStrings = typeof zhCN;
