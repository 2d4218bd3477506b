/**
 * The five demo questionnaires, in the contract's definition format. Times are offsets
 * from the seeding moment so the demo is open whenever it is seeded.
 */
import type { QuestionDef } from '../rules/answer-validation';
import type { AnswerKey } from '../rules/quiz-scoring';

const DAY = 24 * 60 * 60 * 1000;

export interface SeedQuestionnaire {
  id: string;
  title: string;
  description: string | null;
  mode: 'survey' | 'quiz' | 'evaluation';
  opensInMs: number | null;
  closesInMs: number | null;
  allowRetake: boolean;
  anonymous: boolean;
  showAnswers: boolean;
  timeLimitSeconds: number | null;
  passMark: number | null;
  pages: { id: string; title: string | null; questions: QuestionDef[] }[];
  answerKey: AnswerKey;
}

const q = (id: string, type: QuestionDef['type'], title: string, extra: Partial<QuestionDef> = {}): QuestionDef => ({
  id,
  type,
  title,
  description: null,
  ...extra,
});

const options = (...labels: [string, string][]) => labels.map(([value, label]) => ({ value, label }));
/** Choices that name a learning topic (a course category): answers count as demand for course requests on it. */
const topicOptions = (...labels: [string, string, string][]) => labels.map(([value, label, topic]) => ({ value, label, topic }));

const LEARNING_NEEDS: SeedQuestionnaire = {
  id: 'q-learning-needs',
  title: '2026年党员学习需求调查',
  description: '为更好地安排远程教育课程，请根据实际情况填写。约需3分钟。',
  mode: 'survey',
  opensInMs: -30 * DAY,
  closesInMs: 60 * DAY,
  allowRetake: false,
  anonymous: false,
  showAnswers: false,
  timeLimitSeconds: null,
  passMark: null,
  pages: [
    {
      id: 'p1',
      title: '基本情况',
      questions: [
        q('work', 'single', '您目前的工作类型', {
          required: true,
          options: options(['government', '机关事业单位'], ['enterprise', '企业'], ['rural', '农村'], ['retired', '离退休'], ['student', '学生'], ['other', '其他']),
        }),
        q('migrant', 'boolean', '您目前是否在户籍地以外务工或居住（流动党员）？', { required: true, labelTrue: '是', labelFalse: '否' }),
        q('migrantDifficulty', 'single', '外出期间，参加组织生活的主要困难是什么？', {
          required: true,
          visibleIf: { question: 'migrant', equals: true },
          options: options(['time', '工作时间冲突'], ['distance', '离支部太远'], ['contact', '与支部联系少'], ['none', '没有困难']),
        }),
        q('device', 'single', '您最常用的学习方式', {
          required: true,
          options: options(['phone', '手机'], ['computer', '电脑'], ['meeting', '集中学习'], ['tv', '广播电视']),
        }),
      ],
    },
    {
      id: 'p2',
      title: '学习需求',
      questions: [
        q('topics', 'multiple', '您希望学习哪些内容？（最多选3项）', {
          required: true,
          maxSelect: 3,
          options: options(['theory', '党的创新理论'], ['history', '党史'], ['agriculture', '农业实用技术'], ['economy', '市场经济'], ['law', '法律法规'], ['digital', '信息技术应用']),
        }),
        q('hours', 'number', '您每周可用于学习的时间（小时）', { required: true, min: 0, max: 40, step: 0.5 }),
        q('satisfaction', 'rating', '您对目前远程教育课程的满意度', { required: true, scale: 5, minLabel: '很不满意', maxLabel: '很满意' }),
        q('reason', 'text', '请简要说明不满意的原因', {
          requiredIf: { question: 'satisfaction', in: [1, 2] },
          visibleIf: { question: 'satisfaction', answered: true },
          maxLength: 100,
        }),
        q('formats', 'ranking', '请按偏好对以下学习形式排序', {
          options: options(['video', '视频课件'], ['audio', '音频广播'], ['article', '图文材料'], ['onsite', '现场教学']),
        }),
        q('suggestion', 'longtext', '对支部学习活动的其他建议', { maxLength: 500 }),
      ],
    },
  ],
  answerKey: {},
};

const QUIZ: SeedQuestionnaire = {
  id: 'q-dangzhang-quiz',
  title: '党章知识测验',
  description: '共10题，每题10分，60分及格，限时10分钟。开始后计时，不可暂停。',
  mode: 'quiz',
  opensInMs: -14 * DAY,
  closesInMs: 45 * DAY,
  allowRetake: true,
  anonymous: false,
  showAnswers: true,
  timeLimitSeconds: 600,
  passMark: 60,
  pages: [
    {
      id: 'p1',
      title: null,
      questions: [
        q('k1', 'single', '党的最高理想和最终目标是？', { required: true, points: 10, options: options(['a', '实现共产主义'], ['b', '实现小康社会'], ['c', '实现现代化'], ['d', '实现共同富裕']) }),
        q('k2', 'single', '预备党员的预备期为几年？', { required: true, points: 10, options: options(['half', '半年'], ['one', '一年'], ['two', '两年'], ['three', '三年']) }),
        q('k3', 'boolean', '党员有权在党的会议上和党报党刊上参加关于党的政策问题的讨论。', { required: true, points: 10, labelTrue: '正确', labelFalse: '错误' }),
        q('k4', 'multiple', '下列属于党的纪律处分种类的有（多选）', {
          required: true,
          points: 10,
          options: options(['warning', '警告'], ['serious-warning', '严重警告'], ['fine', '罚款'], ['probation', '留党察看'], ['expel', '开除党籍']),
        }),
        q('k5', 'number', '党员如果没有正当理由，连续几个月不交纳党费，就被认为是自行脱党？', { required: true, points: 10, min: 1, max: 24, step: 1 }),
        q('k6', 'single', '党的根本组织原则是？', { required: true, points: 10, options: options(['a', '民主集中制'], ['b', '集体领导'], ['c', '党管干部'], ['d', '个人分工负责']) }),
        q('k7', 'text', '党的全国代表大会每几年举行一次？（填数字）', { required: true, points: 10, maxLength: 4, pattern: '^[0-9一二三四五六七八九十]+$', patternMessage: '请填写数字' }),
        q('k8', 'boolean', '党支部党员大会一般每月召开一次。', { required: true, points: 10, labelTrue: '正确', labelFalse: '错误' }),
        q('k9', 'single', '在职党员月工资收入（税后）4,800元，每月应交党费多少元？', { required: true, points: 10, options: options(['a', '24.00元'], ['b', '48.00元'], ['c', '72.00元'], ['d', '96.00元']) }),
        q('k10', 'multiple', '“三会一课”中的“三会”包括（多选）', {
          required: true,
          points: 10,
          options: options(['assembly', '支部党员大会'], ['committee', '支部委员会'], ['group', '党小组会'], ['life', '民主生活会']),
        }),
      ],
    },
  ],
  answerKey: {
    k1: { correct: 'a', explanation: '党章总纲：党的最高理想和最终目标是实现共产主义。' },
    k2: { correct: 'one', explanation: '预备党员的预备期为一年。' },
    k3: { correct: true, explanation: '这是党章规定的党员权利之一。' },
    k4: { correct: ['warning', 'serious-warning', 'probation', 'expel'], explanation: '党的纪律处分有五种：警告、严重警告、撤销党内职务、留党察看、开除党籍。' },
    k5: { correct: 6, explanation: '连续六个月不交纳党费，被认为是自行脱党。' },
    k6: { correct: 'a', explanation: '党是根据自己的纲领和章程，按照民主集中制组织起来的统一整体。' },
    k7: { correct: '5', accepted: ['五'], explanation: '党的全国代表大会每五年举行一次。' },
    k8: { correct: false, explanation: '支部党员大会一般每季度召开一次。' },
    k9: { correct: 'b', explanation: '3000元以上至5000元（含）按1%交纳：4800 × 1% = 48.00元。' },
    k10: { correct: ['assembly', 'committee', 'group'], explanation: '“三会”指支部党员大会、支部委员会和党小组会。' },
  },
};

const EVALUATION: SeedQuestionnaire = {
  id: 'q-evaluation-2026',
  title: '2026年度民主评议党员',
  description: '请对本支部其他党员逐一评定等次。“优秀”不超过被评议人数的三分之一。评议结果匿名保存，系统只记录您是否已参加。',
  mode: 'evaluation',
  opensInMs: -7 * DAY,
  closesInMs: 40 * DAY,
  allowRetake: false,
  anonymous: true,
  showAnswers: false,
  timeLimitSeconds: null,
  passMark: null,
  pages: [
    {
      id: 'p1',
      title: null,
      questions: [
        // Rows, columns and the 优秀 quota are filled in per voter from their branch.
        q('grades', 'matrix', '请评定等次', { required: true, rows: [], columns: [] }),
        q('comment', 'longtext', '对支部班子和党员队伍建设的意见建议（选填）', { maxLength: 500 }),
      ],
    },
  ],
  answerKey: {},
};

const SATISFACTION: SeedQuestionnaire = {
  id: 'q-satisfaction',
  title: '党员服务满意度调查',
  description: '匿名填写，约1分钟。',
  mode: 'survey',
  opensInMs: -60 * DAY,
  closesInMs: 30 * DAY,
  allowRetake: false,
  anonymous: true,
  showAnswers: false,
  timeLimitSeconds: null,
  passMark: null,
  pages: [
    {
      id: 'p1',
      title: null,
      questions: [
        q('overall', 'rating', '您对党组织服务党员工作的总体评价', { required: true, scale: 5, minLabel: '很不满意', maxLabel: '很满意' }),
        q('best', 'single', '您认为做得最好的一项是', {
          required: true,
          options: options(['study', '组织学习'], ['care', '关心关爱'], ['service', '为民服务'], ['openness', '党务公开']),
        }),
        q('improve', 'longtext', '还有哪些方面需要改进？', { maxLength: 300 }),
      ],
    },
  ],
  answerKey: {},
};

/** A learning-needs survey whose choices carry topics, so the branch's course-request view counts its answers. */
const STUDY_TOPICS: SeedQuestionnaire = {
  id: 'q-study-topics',
  title: '下半年学习内容征询',
  description: '支部将根据大家的选择安排下半年的课程和集中学习。约1分钟。',
  mode: 'survey',
  opensInMs: -20 * DAY,
  closesInMs: 40 * DAY,
  allowRetake: false,
  anonymous: false,
  showAnswers: false,
  timeLimitSeconds: null,
  passMark: null,
  pages: [
    {
      id: 'p1',
      title: null,
      questions: [
        q('wanted', 'multiple', '下半年您最希望支部安排哪些学习内容？（最多选3项）', {
          required: true,
          maxSelect: 3,
          options: topicOptions(
            ['theory', '党的创新理论', '理论学习'],
            ['history', '党史故事', '党史学习教育'],
            ['affairs', '党务工作方法', '党务知识'],
            ['skills', '实用技术（种养、电商、手机应用）', '实用技能'],
            ['economy', '市场经济与家庭理财', '经济知识'],
            ['law', '法律法规', '法治教育'],
            ['integrity', '廉洁自律', '党风廉政'],
          ),
        }),
        q('format', 'single', '您更希望以哪种方式学习？', {
          required: true,
          options: options(['online', '线上自学'], ['onsite', '集中学习'], ['both', '线上线下结合']),
        }),
        q('more', 'text', '还想学习什么？（选填）', { maxLength: 60 }),
      ],
    },
  ],
  answerKey: {},
};

export const SEED_QUESTIONNAIRES: SeedQuestionnaire[] = [LEARNING_NEEDS, QUIZ, EVALUATION, SATISFACTION, STUDY_TOPICS];
