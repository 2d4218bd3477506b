/** The player's own words around the lesson: header, lesson list, status. */
export const zhCN = {
  lessons: '课程目录',
  kind: { video: '视频', audio: '音频', document: '文档', article: '图文' },
  required: '必修',
  elective: '选修',
  worth: (h: string) => `完成可计 ${h} 学时`,
  courseProgress: '课程进度',
  courseCredited: (d: string) => `已学习 ${d}`,
  lessonCredited: (d: string) => `本讲已学习 ${d}`,
  coverage: (p: string) => `完成度 ${p}`,
  done: '已完成',
  saved: '已存本机',
  locked: '请先完成前面各讲',
  courseDone: (h: string) => `恭喜，您已完成本课程，获得 ${h} 学时。`,
  certificate: '查看结业证书',
  lessonDone: '本讲已完成',
  next: '下一讲',
  empty: '本课程暂无课件',
  refused: '学习记录未被服务器接受：',
};

export type PlayerStrings = typeof zhCN;
