/**
 * A questionnaire's results for its organisers, as pure functions over the answers the
 * store selected (never with their authors): one aggregate per question, a quiz's figures,
 * the 民主评议 tallies with the anonymity threshold, and the free-text answers.
 */
import type { AnswerValue, Answers, QuestionAggregate, QuizResult, QuizSummary, EvaluationTally } from '../shared-contract';
import type { QuestionDef } from './answer-validation';
import { EVALUATION_GRADES, type Grade } from './evaluation-rules';

/** Below this many answers (anonymous) or ballots (a person evaluated) nothing is shown. */
export const DEFAULT_MIN_BALLOTS = 5;

const share = (count: number, of: number) => (of > 0 ? count / of : 0);
const mean = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);
const isAnswered = (v: AnswerValue | undefined): v is AnswerValue =>
  v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0) && !(typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0);

/** The aggregate of one question over the answers given to it. */
export function aggregateQuestion(question: QuestionDef, answers: readonly Answers[]): QuestionAggregate {
  const given = answers.map((a) => a[question.id]).filter(isAnswered);
  const base = { questionId: question.id, title: question.title, type: question.type, answered: given.length };
  const counted = (choices: readonly { value: string; label: string }[], hits: (v: AnswerValue, value: string) => boolean) =>
    choices.map((c) => {
      const count = given.filter((v) => hits(v, c.value)).length;
      return { value: c.value, label: c.label, count, share: share(count, given.length) };
    });
  switch (question.type) {
    case 'single':
      return { ...base, kind: 'choice', options: counted(question.options ?? [], (v, value) => v === value) };
    case 'multiple':
      return { ...base, kind: 'choice', options: counted(question.options ?? [], (v, value) => Array.isArray(v) && v.includes(value)) };
    case 'boolean': {
      const choices = [
        { value: 'true', label: question.labelTrue ?? '是' },
        { value: 'false', label: question.labelFalse ?? '否' },
      ];
      return { ...base, kind: 'choice', options: counted(choices, (v, value) => String(v) === value) };
    }
    case 'rating': {
      const scale = question.scale ?? 5;
      const choices = Array.from({ length: scale }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));
      const numbers = given.filter((v): v is number => typeof v === 'number');
      return { ...base, kind: 'rating', options: counted(choices, (v, value) => String(v) === value), average: mean(numbers) };
    }
    case 'number': {
      const numbers = given.filter((v): v is number => typeof v === 'number');
      return {
        ...base,
        kind: 'number',
        average: mean(numbers),
        min: numbers.length ? Math.min(...numbers) : null,
        max: numbers.length ? Math.max(...numbers) : null,
      };
    }
    case 'matrix': {
      const columns = (question.columns ?? []).map((c) => ({ value: c.value, label: c.label }));
      const grids = given.filter((v): v is Record<string, string> => typeof v === 'object' && !Array.isArray(v));
      const rows = (question.rows ?? []).map((r) => {
        const picked = grids.map((g) => g[r.value]).filter((v): v is string => typeof v === 'string');
        return { value: r.value, label: r.label, counts: columns.map((c) => picked.filter((v) => v === c.value).length), answered: picked.length };
      });
      return { ...base, kind: 'matrix', columns, rows };
    }
    case 'ranking': {
      const orders = given.filter((v): v is string[] => Array.isArray(v));
      const ranking = (question.options ?? [])
        .map((o) => {
          const positions = orders.map((order) => order.indexOf(o.value)).filter((i) => i >= 0).map((i) => i + 1);
          return { value: o.value, label: o.label, averagePosition: mean(positions), firstCount: positions.filter((p) => p === 1).length };
        })
        .sort((a, b) => (a.averagePosition ?? Infinity) - (b.averagePosition ?? Infinity));
      return { ...base, kind: 'ranking', ranking };
    }
    default:
      return { ...base, kind: 'text' };
  }
}

/** The text a free-text question's answers hold, those containing `search` (case-insensitive). */
export function textAnswers(questionId: string, answers: readonly Answers[], search: string | undefined): string[] {
  const needle = search?.trim().toLowerCase();
  return answers
    .map((a) => a[questionId])
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    .filter((v) => !needle || v.toLowerCase().includes(needle));
}

/** Scores in ten bands of a tenth of the total, pass rate, and the five questions most often missed. */
export function quizSummary(questions: readonly QuestionDef[], results: readonly QuizResult[], passMark: number | null): QuizSummary {
  const total = questions.reduce((sum, q) => sum + (q.points ?? 0), 0);
  const width = total / 10;
  const bands = Array.from({ length: 10 }, (_, i) => ({
    from: Math.round(i * width * 100) / 100,
    to: Math.round((i === 9 ? total : (i + 1) * width) * 100) / 100,
    count: 0,
  }));
  for (const r of results) {
    const i = width > 0 ? Math.min(9, Math.floor(r.score / width)) : 0;
    bands[i]!.count += 1;
  }
  const passed = results.filter((r) => r.passed).length;
  const misses = questions
    .filter((q) => (q.points ?? 0) > 0)
    .map((q) => {
      const marks = results.map((r) => r.questions.find((x) => x.questionId === q.id)).filter((x) => x !== undefined);
      return { questionId: q.id, title: q.title, wrong: marks.filter((x) => !x.correct).length, answered: marks.length };
    })
    .filter((m) => m.wrong > 0)
    .sort((a, b) => b.wrong - a.wrong || share(b.wrong, b.answered) - share(a.wrong, a.answered));
  return {
    totalPoints: total,
    passMark,
    scored: results.length,
    passed,
    passRate: results.length ? passed / results.length : null,
    average: mean(results.map((r) => r.score)),
    bands,
    mostWrong: misses.slice(0, 5),
  };
}

/**
 * One tally per person evaluated, from the grade counts the store summed (ratee → grade →
 * count); a tally with fewer than `minBallots` ballots is withheld (null, not zeros).
 */
export function evaluationTallies(
  ratees: readonly { id: string; name: string }[],
  counts: ReadonlyMap<string, Partial<Record<Grade, number>>>,
  minBallots: number,
): EvaluationTally[] {
  return ratees.map((m) => {
    const c = counts.get(m.id) ?? {};
    const full = Object.fromEntries(EVALUATION_GRADES.map((g) => [g.value, c[g.value] ?? 0])) as Record<Grade, number>;
    const ballots = Object.values(full).reduce((a, b) => a + b, 0);
    const withheld = ballots < minBallots;
    return { memberId: m.id, name: m.name, ballots, withheld, counts: withheld ? null : full };
  });
}
