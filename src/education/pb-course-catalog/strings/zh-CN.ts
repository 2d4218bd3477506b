/** Strings of `<pb-course-catalog>` in zh-CN, the default: the table the English one is typed by. */
export const zhCN = {
  catalog: '课程目录',
  type: '课程类型',
  all: '全部',
  required: '必修',
  elective: '选修',
  category: '课程分类',
  allCategories: '全部分类',
  search: '搜索课程',
  searchHint: '课程名称或关键词',
  total: (n: number) => `共 ${n} 门课程`,
  lessons: (n: number) => `${n} 讲`,
  hours: (h: string) => `${h} 学时`,
  progress: (title: string) => `《${title}》学习进度`,
  credited: (d: string) => `已学习 ${d}`,
  earned: (h: string) => `已获 ${h} 学时`,
  completed: '已完成',
  notStarted: '未开始',
  more: '加载更多',
  none: '没有符合条件的课程',
  noneHint: '请换个分类或搜索词试试。',
  clear: '清除筛选',
};

export type CatalogStrings = typeof zhCN;
