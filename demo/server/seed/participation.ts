/**
 * Seeded questionnaire answers from other members, generated to be valid for each
 * definition (the demo member has answered nothing, so every flow can be shown).
 */
import { excellentLimit } from '../rules/evaluation-rules';
import type { Answers } from '../shared-contract';
import { scoreQuiz } from '../rules/quiz-scoring';
import type { SeedMember } from './people-data';
import type { SeedQuestionnaire } from './questionnaires-data';
import { createRandom, type Random } from './random';

const DAY = 24 * 60 * 60 * 1000;

export interface SeedSubmission {
  id: string;
  questionnaireId: string;
  memberId: string;
  anonymous: boolean;
  answers: Answers;
  result: ReturnType<typeof scoreQuiz> | null;
  at: number;
  grades: Record<string, string> | null;
  branchId: string;
}

function learningNeedsAnswers(m: SeedMember, r: Random): Answers {
  const work = m.category === 'retired' ? 'retired' : m.category === 'farmer' ? 'rural' : m.category === 'student' ? 'student' : r.pick(['government', 'enterprise', 'other']);
  const answers: Answers = {
    work,
    migrant: m.migrant,
    device: r.pick(['phone', 'phone', 'computer', 'meeting', 'tv']),
    topics: ['theory', 'history', 'agriculture', 'economy', 'law', 'digital'].filter(() => r.chance(0.35)).slice(0, 3),
    hours: r.int(1, 12) / 2 + 0.5,
    satisfaction: r.int(3, 5),
    formats: ['video', 'audio', 'article', 'onsite'].sort(() => r.next() - 0.5),
  };
  if ((answers.topics as string[]).length === 0) answers.topics = ['history'];
  if (m.migrant) answers.migrantDifficulty = r.pick(['time', 'distance', 'contact', 'none']);
  return answers;
}

/** Cadres lean to theory and party affairs, farmers to skills; everyone a little of everything. */
function studyTopicAnswers(m: SeedMember, r: Random): Answers {
  const leaning = m.category === 'farmer' ? ['skills', 'economy'] : m.category === 'retired' ? ['history', 'law'] : ['theory', 'skills'];
  const wanted = new Set<string>([r.pick(leaning)]);
  for (const value of ['theory', 'history', 'affairs', 'skills', 'economy', 'law', 'integrity']) if (wanted.size < 3 && r.chance(0.2)) wanted.add(value);
  return { wanted: [...wanted], format: r.pick(['online', 'onsite', 'both', 'both']) };
}

function quizAnswers(q: SeedQuestionnaire, r: Random): Answers {
  const answers: Answers = {};
  for (const question of q.pages.flatMap((p) => p.questions)) {
    const key = q.answerKey[question.id];
    if (key && r.chance(0.75)) answers[question.id] = key.correct;
    else if (question.type === 'single') answers[question.id] = r.pick(question.options!).value;
    else if (question.type === 'multiple') answers[question.id] = [question.options![0]!.value];
    else if (question.type === 'boolean') answers[question.id] = r.chance(0.5);
    else if (question.type === 'number') answers[question.id] = r.int(1, 12);
    else if (question.type === 'text') answers[question.id] = String(r.int(1, 9));
  }
  return answers;
}

function evaluationGrid(voter: SeedMember, members: SeedMember[], r: Random): Record<string, string> {
  const ratees = members.filter((m) => m.branchId === voter.branchId && m.id !== voter.id);
  let excellent = r.int(0, excellentLimit(ratees.length));
  const grid: Record<string, string> = {};
  for (const m of ratees) {
    if (excellent > 0 && r.chance(0.4)) {
      grid[m.id] = 'excellent';
      excellent -= 1;
    } else grid[m.id] = r.chance(0.93) ? 'qualified' : 'basic';
  }
  return grid;
}

/**
 * Free-text answers for the results view, chosen by the member's number (not drawn from
 * the random stream, so every other seeded figure stays as it was).
 */
const SUGGESTIONS = ['希望多安排一些短视频课程，手机上看更方便', '集中学习时间能否安排在晚上', '建议增加农业实用技术的现场教学', '课程字幕再大一些，老党员看得清', '希望有离线下载，外出务工时也能学'];
const IMPROVEMENTS = ['党务公开的内容可以更及时', '希望多走访困难党员', '组织生活形式可以更多样', '学习材料希望提前发放'];
const serialOf = (id: string) => Number(id.replace(/\D/g, '')) || 0;

export function participationHistory(members: SeedMember[], questionnaires: SeedQuestionnaire[], now: number, r: Random): SeedSubmission[] {
  const out: SeedSubmission[] = [];
  let serial = 1;
  for (const q of questionnaires) {
    const openedAgo = -(q.opensInMs ?? -30 * DAY);
    const share = q.mode === 'quiz' ? 0.45 : q.mode === 'evaluation' ? 0.35 : 0.55;
    for (const m of members) {
      if (m.username || !r.chance(share)) continue;
      const at = now - Math.floor(r.next() * openedAgo);
      let answers: Answers = {};
      let result: SeedSubmission['result'] = null;
      let grades: Record<string, string> | null = null;
      if (q.id === 'q-learning-needs') {
        answers = learningNeedsAnswers(m, r);
        if (serialOf(m.id) % 3 === 0) answers.suggestion = SUGGESTIONS[serialOf(m.id) % SUGGESTIONS.length]!;
      }
      else if (q.id === 'q-study-topics') answers = studyTopicAnswers(m, r);
      else if (q.mode === 'quiz') {
        answers = quizAnswers(q, r);
        result = scoreQuiz(q.pages.flatMap((p) => p.questions), q.answerKey, answers, q.passMark, q.showAnswers);
      } else if (q.mode === 'evaluation') grades = evaluationGrid(m, members, r);
      else {
        answers = { overall: r.int(3, 5), best: r.pick(['study', 'care', 'service', 'openness']) };
        if (serialOf(m.id) % 4 === 1) answers.improve = IMPROVEMENTS[serialOf(m.id) % IMPROVEMENTS.length]!;
      }
      out.push({ id: `seed_${String(serial++).padStart(5, '0')}`, questionnaireId: q.id, memberId: m.id, anonymous: q.anonymous, answers, result, at, grades, branchId: m.branchId });
    }
  }
  // 第一党支部's 民主评议 gets six ballots, so the demo secretary's results show tallies (a tally
  // needs five ballots; a voter is not among their own ratees). Drawn from a stream of their
  // own, so every other seeded figure stays as it was.
  const evaluation = questionnaires.find((q) => q.mode === 'evaluation');
  if (evaluation) {
    const own = createRandom(19);
    const voted = new Set(out.filter((s) => s.questionnaireId === evaluation.id).map((s) => s.memberId));
    const extra = members.filter((m) => m.branchId === 'b01' && !m.username && !voted.has(m.id)).slice(0, Math.max(0, EVALUATION_VOTERS - members.filter((m) => m.branchId === 'b01' && voted.has(m.id)).length));
    for (const [i, m] of extra.entries()) {
      const at = now - 2 * DAY - (i + 1) * 3_600_000;
      out.push({ id: `seed_${String(serial++).padStart(5, '0')}`, questionnaireId: evaluation.id, memberId: m.id, anonymous: true, answers: {}, result: null, at, grades: evaluationGrid(m, members, own), branchId: m.branchId });
    }
  }
  return out;
}

/** Ballots 第一党支部's 民主评议 is seeded with at least. */
const EVALUATION_VOTERS = 6;
