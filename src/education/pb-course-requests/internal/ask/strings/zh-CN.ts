/** Strings of the ask form of `<pb-course-requests>`, in Simplified Chinese (the default). */
export const zhCN = {
  form: '提出学习需求',
  title: '想学什么',
  titleHint: '一句话说明，如“农村电商直播入门”',
  details: '具体说明（选填）',
  detailsHint: '想解决什么问题，希望怎么学',
  category: '课程类别',
  choose: '请选择',
  anonymous: '匿名提出',
  anonymousHint: '匿名后，任何人（包括支部书记）都看不到是谁提出的。',
  submit: '提交需求',
  cancel: '取消',
  similar: '已有相近的需求或课程，可以直接加入：',
  course: '已有课程',
  openCourse: '打开课程',
  voiceInstead: '我也想学，不再新提',
  voicedAlready: '您已在想学名单中',
  titleShort: '请填写想学的内容，至少 2 个字。',
  titleLong: (length: number) => `“想学什么”最多 60 个字，现在是 ${length} 个字。`,
  detailsLong: (length: number) => `具体说明最多 500 个字，现在是 ${length} 个字。`,
  categoryMissing: '请选择课程类别。',
  categoriesFailed: '课程类别未能加载。',
  retry: '重试',
  refused: (why: string) => `需求未能提交：${why}`,
};

export type AskStrings = typeof zhCN;
