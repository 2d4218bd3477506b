/**
 * Questionnaire definitions in the contract's format, shared by the stories, the element
 * tests and the benchmark: a survey with every question type and conditions, a timed
 * quiz, and a democratic evaluation of an eight-member branch.
 */
import type { Questionnaire, Submission } from '../../src/api/types.js';
import { excellentLimit } from '../../src/survey/pb-questionnaire/internal/column-limits.js';

type Q = Questionnaire['pages'][number]['questions'][number];

const opts = (...pairs: [string, string][]) => pairs.map(([value, label]) => ({ value, label }));
const q = <T extends Q['type']>(id: string, type: T, title: string, extra: Partial<Extract<Q, { type: T }>> = {}) =>
  ({ id, type, title, description: null, ...extra }) as Extract<Q, { type: T }>;

const base = {
  description: null,
  status: 'open',
  opensAt: '2026-01-01T00:00:00.000Z',
  closesAt: '2026-12-31T15:59:00.000Z',
  allowRetake: false,
  anonymous: false,
  showAnswers: false,
  timeLimitSeconds: null,
  passMark: null,
  totalPoints: null,
  mine: { submitted: false, canSubmit: true },
} satisfies Partial<Questionnaire>;

/** Every question type, conditions (visibleIf, requiredIf) and two pages. */
export const survey: Questionnaire = {
  ...base,
  id: 'q-learning-needs',
  title: '2026年党员学习需求调查',
  description: '为更好地安排远程教育课程，请根据实际情况填写。约需 3 分钟。',
  mode: 'survey',
  pages: [
    {
      id: 'p1',
      title: '基本情况',
      questions: [
        q('work', 'single', '您目前的工作类型', {
          required: true,
          options: opts(['government', '机关事业单位'], ['enterprise', '企业'], ['rural', '农村'], ['retired', '离退休']),
        }),
        q('migrant', 'boolean', '您目前是否在户籍地以外务工或居住（流动党员）？', { required: true, labelTrue: '是', labelFalse: '否' }),
        q('migrantDifficulty', 'single', '外出期间，参加组织生活的主要困难是什么？', {
          required: true,
          visibleIf: { question: 'migrant', equals: true },
          options: opts(['time', '工作时间冲突'], ['distance', '离支部太远'], ['contact', '与支部联系少']),
        }),
        q('age', 'number', '您的年龄', { required: true, min: 18, max: 100, step: 1 }),
        q('phone', 'text', '联系电话（选填）', { pattern: '^1[3-9][0-9]{9}$', patternMessage: '请填写 11 位手机号码', maxLength: 11 }),
      ],
    },
    {
      id: 'p2',
      title: '学习需求',
      questions: [
        q('topics', 'multiple', '您希望学习哪些内容？', {
          required: true,
          minSelect: 1,
          maxSelect: 2,
          description: '可参考<a href="https://www.12371.cn/">共产党员网</a>的课程目录。',
          options: opts(['theory', '党的创新理论'], ['history', '党史'], ['agriculture', '农业实用技术'], ['law', '法律法规']),
        }),
        q('satisfaction', 'rating', '您对目前远程教育课程的满意度', { required: true, scale: 5, minLabel: '很不满意', maxLabel: '很满意' }),
        q('reason', 'text', '请简要说明不满意的原因', {
          visibleIf: { question: 'satisfaction', answered: true },
          requiredIf: { question: 'satisfaction', in: [1, 2] },
          maxLength: 100,
        }),
        q('formats', 'ranking', '请按偏好对以下学习形式排序', {
          options: opts(['video', '视频课件'], ['audio', '音频广播'], ['article', '图文材料'], ['onsite', '现场教学']),
        }),
        q('frequency', 'matrix', '您希望各类学习活动多久一次？', {
          rows: opts(['lecture', '专题党课'], ['visit', '现场参观']),
          columns: opts(['monthly', '每月'], ['quarterly', '每季度'], ['yearly', '每年']),
        }),
        q('suggestion', 'longtext', '对支部学习活动的其他建议', { maxLength: 200 }),
      ],
    },
  ],
};

/** A survey answered completely and validly. */
export const surveyAnswers = {
  work: 'rural',
  migrant: false,
  age: 45,
  topics: ['history'],
  satisfaction: 4,
};

/** A timed quiz; correct answers never come with the definition. */
export const quiz: Questionnaire = {
  ...base,
  id: 'q-dangzhang-quiz',
  title: '党章知识测验',
  description: '共 3 题，60 分及格，限时 10 分钟。',
  mode: 'quiz',
  allowRetake: true,
  showAnswers: true,
  timeLimitSeconds: 600,
  passMark: 60,
  totalPoints: 100,
  pages: [
    {
      id: 'p1',
      title: null,
      questions: [
        q('k1', 'single', '党的最高理想和最终目标是？', { required: true, points: 40, options: opts(['a', '实现共产主义'], ['b', '实现小康社会']) }),
        q('k2', 'boolean', '预备党员的预备期为一年。', { required: true, points: 30, labelTrue: '正确', labelFalse: '错误' }),
        q('k3', 'multiple', '“三会一课”中的“三会”包括（多选）', {
          required: true,
          points: 30,
          options: opts(['assembly', '支部党员大会'], ['committee', '支部委员会'], ['group', '党小组会'], ['life', '民主生活会']),
        }),
      ],
    },
  ],
};

export const quizResult: Submission = {
  id: 'sub_1',
  submittedAt: '2026-09-01T08:05:00.000Z',
  late: false,
  result: {
    score: 70,
    totalPoints: 100,
    passed: true,
    questions: [
      { questionId: 'k1', points: 40, earned: 40, correct: true, correctAnswer: 'a', explanation: '党章总纲：党的最高理想和最终目标是实现共产主义。' },
      { questionId: 'k2', points: 30, earned: 30, correct: true, correctAnswer: true, explanation: '预备党员的预备期为一年。' },
      {
        questionId: 'k3',
        points: 30,
        earned: 0,
        correct: false,
        correctAnswer: ['assembly', 'committee', 'group'],
        explanation: '“三会”指支部党员大会、支部委员会和党小组会。',
      },
    ],
  },
};

export const branchMembers = ['王红梅', '孙立军', '刘芳', '陈志强', '杨秀英', '赵磊', '黄丽', '周海涛'];

/** 民主评议 of an eight-member branch: at most ⌊8 / 3⌋ = 2 rated 优秀. */
export const evaluation: Questionnaire = {
  ...base,
  id: 'q-evaluation-2026',
  title: '2026年度民主评议党员',
  description: '请对本支部其他党员逐一评定等次。“优秀”不超过被评议人数的三分之一。',
  mode: 'evaluation',
  anonymous: true,
  pages: [
    {
      id: 'p1',
      title: null,
      questions: [
        q('grades', 'matrix', '请评定等次', {
          required: true,
          rows: branchMembers.map((name, i) => ({ value: `m${String(i + 2).padStart(4, '0')}`, label: name })),
          columns: opts(['excellent', '优秀'], ['qualified', '合格'], ['basic', '基本合格'], ['unqualified', '不合格']),
          columnLimits: { excellent: excellentLimit(branchMembers.length) },
        }),
        q('comment', 'longtext', '对支部班子和党员队伍建设的意见建议（选填）', { maxLength: 500 }),
      ],
    },
  ],
};

/**
 * A generated definition of `count` questions (single, multiple, rating and text in turn),
 * `conditions` of which appear only after an earlier single-choice answer: the benchmark's.
 */
export function generatedDefinition(count = 200, conditions = 20, pageSize = count): Questionnaire {
  const questions: Q[] = [];
  const every = Math.max(1, Math.floor(count / Math.max(1, conditions)));
  for (let i = 0; i < count; i++) {
    const id = `g${i}`;
    const condition = i % every === every - 1 && questions.length > 0 && questions.filter((x) => x.type === 'single').length > 0
      ? { visibleIf: { question: [...questions].reverse().find((x) => x.type === 'single')!.id, equals: 'yes' } }
      : {};
    const title = `第 ${i + 1} 题：关于基层党组织建设的问题`;
    const kind = i % 4;
    if (kind === 0) questions.push(q(id, 'single', title, { ...condition, options: opts(['yes', '是'], ['no', '否'], ['unsure', '不确定']) }));
    else if (kind === 1) questions.push(q(id, 'multiple', title, { ...condition, options: opts(['a', '理论学习'], ['b', '组织生活'], ['c', '志愿服务'], ['d', '党费缴纳']) }));
    else if (kind === 2) questions.push(q(id, 'rating', title, { ...condition, scale: 5, minLabel: '很差', maxLabel: '很好' }));
    else questions.push(q(id, 'text', title, { ...condition, maxLength: 50 }));
  }
  const pages: Questionnaire['pages'] = [];
  for (let start = 0; start < count; start += pageSize) {
    pages.push({ id: `page${pages.length + 1}`, title: null, questions: questions.slice(start, start + pageSize) });
  }
  return { ...base, id: 'q-generated', title: `生成的 ${count} 题问卷`, mode: 'survey', pages };
}
