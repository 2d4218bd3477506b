/** Strings of the dues summary's actions (a member's months, the export) in zh-CN, the default. */
export const zhCN = {
  monthsOf: (name: string) => `${name}的各月党费`,
  close: '收起',
  paid: '已交',
  owed: '逾期未交',
  name: '姓名',
  category: '类别',
  monthly: '月交纳额（元）',
  paidYuan: '已交（元）',
  owedYuan: '逾期未交（元）',
  categoryName: { 'in-service': '在职', retired: '离退休', farmer: '农民', student: '学生', unemployed: '无业', relief: '生活困难' } as Record<string, string>,
  file: (branch: string, year: number, ext: string) => `${branch}${year}年党费.${ext}`,
};

export type ActionStrings = typeof zhCN;
