import type { QuizStrings } from './quiz-strings.js';

/** English strings for `quiz-strings.ts`, loaded when a widget shows English. */
export const en: QuizStrings = {
  yes: 'Yes',
  no: 'No',
  questionCount: (n) => `${n} ${n === 1 ? 'question' : 'questions'}`,
  totalPoints: (n) => `${n} points in total`,
  passMark: (n) => `pass mark ${n}`,
  timeLimit: (duration) => `time limit ${duration}`,
  timerNote: 'The timer starts when you press Start and cannot be paused; your answers are submitted when time is up.',
  start: 'Start',
  starting: 'Starting…',
  timeLeft: 'Time left',
  resultTitle: 'Your result',
  passed: 'Passed',
  failed: 'Not passed',
  passLine: (n) => `Pass mark ${n}`,
  correct: 'Correct',
  wrong: 'Incorrect',
  earned: (earned, points) => `${earned} of ${points} points`,
  yourAnswer: 'Your answer',
  correctAnswer: 'Correct answer',
  explanation: 'Explanation',
  noAnswer: 'Not answered',
  late: 'This arrived after the time limit, so it was scored on the answers saved before the deadline.',
};
