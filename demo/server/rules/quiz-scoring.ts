/**
 * Quiz scoring, on the server only: the answer key never leaves it before a submission.
 * All-or-nothing per question (a multiple-choice answer must match the whole set).
 */
import { answerOf, type AnswerValue, type Answers, type QuestionResult, type QuizResult } from '../shared-contract';
import type { QuestionDef } from './answer-validation';

export interface AnswerKeyEntry {
  correct: AnswerValue;
  /** Text questions: other accepted spellings (compared trimmed, case-insensitively). */
  accepted?: string[];
  explanation?: string;
}

export type AnswerKey = Record<string, AnswerKeyEntry>;

function normalizeText(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && new Set(a).size === a.length && a.every((v) => b.includes(v));
}

export function isCorrect(question: QuestionDef, key: AnswerKeyEntry, given: AnswerValue | undefined): boolean {
  if (given === undefined) return false;
  const expected = key.correct;
  switch (question.type) {
    case 'multiple':
      return Array.isArray(given) && Array.isArray(expected) && sameSet(given, expected);
    case 'ranking':
      return Array.isArray(given) && Array.isArray(expected) && given.join('\u0000') === expected.join('\u0000');
    case 'text':
    case 'longtext': {
      if (typeof given !== 'string') return false;
      const accepted = [expected, ...(key.accepted ?? [])].filter((v): v is string => typeof v === 'string');
      return accepted.some((a) => normalizeText(a) === normalizeText(given));
    }
    case 'matrix': {
      if (typeof given !== 'object' || Array.isArray(given) || typeof expected !== 'object' || Array.isArray(expected)) return false;
      const rows = Object.keys(expected);
      return rows.length === Object.keys(given).length && rows.every((r) => given[r] === expected[r]);
    }
    default:
      return given === expected;
  }
}

export function totalPoints(questions: readonly QuestionDef[]): number {
  return questions.reduce((sum, q) => sum + (q.points ?? 0), 0);
}

export function scoreQuiz(
  questions: readonly QuestionDef[],
  key: AnswerKey,
  answers: Answers,
  passMark: number | null,
  showAnswers: boolean,
): QuizResult {
  const results: QuestionResult[] = [];
  for (const q of questions) {
    const entry = answerOf(key, q.id);
    if (!entry) continue; // Unscored questions (e.g. a comment box) are not in the result.
    const points = q.points ?? 0;
    const correct = isCorrect(q, entry, answerOf(answers, q.id));
    const result: QuestionResult = { questionId: q.id, points, earned: correct ? points : 0, correct };
    if (showAnswers) {
      result.correctAnswer = entry.correct;
      if (entry.explanation) result.explanation = entry.explanation;
    }
    results.push(result);
  }
  const score = results.reduce((sum, r) => sum + r.earned, 0);
  const total = results.reduce((sum, r) => sum + r.points, 0);
  return { score, totalPoints: total, passed: score >= (passMark ?? total), questions: results };
}
