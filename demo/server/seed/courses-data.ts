/**
 * The demo courses. Every lesson uses the small media files committed under
 * demo/assets/media; durations are the files' real lengths. What the catalog lists of each
 * (title, description, category, hours) is fixtures/courses.ts, which the stories show too.
 */
import type { CoursePolicy, Lesson } from '../shared-contract';
import { demoCourse } from '../../../fixtures/courses';

const MEDIA = '/assets/media';

export const VIDEO_SECONDS = 24;

/** Lesson ids follow their course: c-dangzhang → l-dangzhang-1, -2, … */
export function lessonIdOf(courseId: string, index: number): string {
  return `${courseId.replace(/^c-/, 'l-')}-${index + 1}`;
}
export const AUDIO_SECONDS = 20;

const video = (title: string) => ({
  kind: 'video' as const,
  title,
  durationSeconds: VIDEO_SECONDS,
  media: {
    src: `${MEDIA}/lesson-video.mp4`,
    type: 'video/mp4',
    audioOnlySrc: `${MEDIA}/lesson-video-audio.m4a`,
    poster: `${MEDIA}/lesson-video-poster.jpg`,
    captions: [
      { src: `${MEDIA}/lesson-video.zh.vtt`, srclang: 'zh-CN', label: '中文', default: true },
      { src: `${MEDIA}/lesson-video.en.vtt`, srclang: 'en', label: 'English', default: false },
    ],
  },
});

const audio = (title: string) => ({
  kind: 'audio' as const,
  title,
  durationSeconds: AUDIO_SECONDS,
  media: { src: `${MEDIA}/lesson-audio.m4a`, type: 'audio/mp4', audioOnlySrc: null, poster: null, captions: [] },
});

/** Reading lessons: credit counts up to the estimated reading time; complete at the minimum. */
const documentLesson = (title: string, file: string, minReadingSeconds: number, readingSeconds: number) => ({
  kind: 'document' as const,
  title,
  durationSeconds: readingSeconds,
  minReadingSeconds,
  document: { src: `${MEDIA}/${file}`, type: 'application/pdf' },
});

const article = (title: string, html: string, minReadingSeconds: number, readingSeconds: number) => ({
  kind: 'article' as const,
  title,
  durationSeconds: readingSeconds,
  minReadingSeconds,
  articleHtml: html,
});

export interface SeedLesson {
  kind: Lesson['kind'];
  title: string;
  durationSeconds: number;
  minReadingSeconds?: number;
  media?: unknown;
  document?: unknown;
  articleHtml?: string;
  attachments?: { id: string; name: string; file: string; type: string }[];
}

export interface SeedCourse {
  id: string;
  title: string;
  description: string;
  category: string;
  required: boolean;
  creditHours: number;
  policy: CoursePolicy;
  lessons: SeedLesson[];
}

const strict = { allowSeek: 'watched' as const, maxPlaybackRate: 1.5, sequential: false, pauseWhenHidden: true, completionCoverage: 0.9, heartbeatSeconds: 15 };
const relaxed = { allowSeek: 'free' as const, maxPlaybackRate: 2, sequential: false, pauseWhenHidden: false, completionCoverage: 0.9, heartbeatSeconds: 15 };

const GUIDE = { id: 'att-dangzhang-guide', name: '党章学习辅导材料.pdf', file: 'dangzhang-study-guide.pdf', type: 'application/pdf' };
const DUES_RULES = { id: 'att-dues-rules', name: '党费收缴工作规范.pdf', file: 'dues-regulations.pdf', type: 'application/pdf' };

export const SEED_COURSES: SeedCourse[] = [
  {
    ...demoCourse('c-dangzhang'),
    policy: strict,
    lessons: [
      { ...video('第一讲 党章总纲导读'), attachments: [GUIDE] },
      audio('第二讲 党章诵读（音频）'),
      documentLesson('第三讲 党章学习辅导材料', 'dangzhang-study-guide.pdf', 60, 1200),
      article(
        '第四讲 学习党章的几点体会',
        '<h3>学党章 守规矩</h3><p>党章是立党、治党、管党的总章程。学习党章，首先要读原文、悟原理，把握党的性质和宗旨。</p><p>其次要对照党员的八项义务查找差距，在工作和生活中做到自觉践行。</p><ul><li>坚持每周自学不少于一小时</li><li>参加支部集中学习并交流体会</li></ul>',
        45,
        600,
      ),
    ],
  },
  {
    ...demoCourse('c-dangshi'),
    policy: { ...strict, sequential: true },
    lessons: [
      video('第一讲 开天辟地：党的创立'),
      article(
        '第二讲 遵义会议的历史意义',
        '<h3>伟大的转折</h3><p>1935年1月召开的遵义会议，在党和红军生死攸关的危急关头挽救了党、挽救了红军、挽救了中国革命，是党的历史上一个生死攸关的转折点。</p>',
        60,
        900,
      ),
      video('第三讲 改革开放的伟大历程'),
      article(
        '第四讲 党史学习心得交流',
        '<h3>学史明理 学史增信</h3><p>学习党史，要把自己摆进去，从党的百年奋斗中汲取智慧和力量，转化为做好本职工作的实际行动。</p>',
        60,
        900,
      ),
    ],
  },
  {
    ...demoCourse('c-dangwu'),
    policy: strict,
    lessons: [
      article(
        '第一讲 “三会一课”制度',
        '<h3>什么是“三会一课”</h3><p>“三会”是指定期召开支部党员大会、支部委员会和党小组会，“一课”是指按时上好党课。</p><ol><li>支部党员大会一般每季度召开一次</li><li>支部委员会一般每月召开一次</li><li>党小组会一般每月召开一次</li></ol>',
        45,
        600,
      ),
      { ...documentLesson('第二讲 党费收缴工作规范', 'dues-regulations.pdf', 60, 900), attachments: [DUES_RULES] },
      video('第三讲 组织生活会流程演示'),
    ],
  },
  {
    ...demoCourse('c-nongye'),
    policy: relaxed,
    lessons: [
      video('第一讲 设施蔬菜种植技术'),
      audio('第二讲 病虫害绿色防控（广播）'),
      article(
        '第三讲 农产品电商入门',
        '<h3>把农产品卖到城里去</h3><p>开网店前，先想清楚卖什么、卖给谁。选品要突出本地特色，包装要便于运输，图片要真实清晰。</p><p>村党支部可以牵头成立合作社，统一品牌和品控，带动群众共同增收。</p>',
        45,
        600,
      ),
    ],
  },
  {
    ...demoCourse('c-shichang'),
    policy: relaxed,
    lessons: [
      article(
        '第一讲 供求关系与价格',
        '<h3>价格是怎样形成的</h3><p>在市场经济中，价格主要由供给和需求共同决定。供不应求时价格上涨，供过于求时价格下降。</p>',
        45,
        600,
      ),
      video('第二讲 合同订立与风险防范'),
      audio('第三讲 家庭理财与防范非法集资'),
    ],
  },
  {
    ...demoCourse('c-falv'),
    policy: relaxed,
    lessons: [
      article(
        '第一讲 民法典与百姓生活',
        '<h3>民法典里的“日常”</h3><p>民法典被称为“社会生活的百科全书”，婚姻家庭、继承、物业、租房、网购等都能在其中找到规则。</p>',
        45,
        600,
      ),
      audio('第二讲 基层治理中的法律问题（音频）'),
    ],
  },
  {
    ...demoCourse('c-lianzheng'),
    policy: strict,
    lessons: [
      video('第一讲 廉洁自律准则解读'),
      article(
        '第二讲 警示教育案例',
        '<h3>以案为鉴</h3><p>通过身边典型案例，深刻认识违纪违法的危害，增强纪律意识和规矩意识。</p>',
        60,
        900,
      ),
    ],
  },
  {
    ...demoCourse('c-anquan'),
    policy: relaxed,
    lessons: [
      video('第一讲 防汛防火应急避险'),
      article(
        '第二讲 安全生产责任清单',
        '<h3>人人讲安全</h3><ul><li>企业主要负责人是安全生产第一责任人</li><li>发现隐患及时报告、及时整改</li><li>汛期关注预警信息，服从转移安排</li></ul>',
        45,
        600,
      ),
    ],
  },
];
