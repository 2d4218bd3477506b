/**
 * The quiz parts (the start screen and the attempt it starts, a running attempt found on
 * load, the countdown and its clock, the result): a chunk of their own, loaded with a
 * quiz, so surveys never download it.
 */
export { quizIntro, quizTimer } from './quiz-intro.js';
export { resumePanel } from './resume.js';
export { quizClock } from './quiz-clock.js';
export { quizDecisions as decide } from './quiz-machine.js';
export { askAttempt, runningAttempt, startError } from './attempt.js';
export { resultView } from './result-view.js';
export { quizStyles as styles } from './quiz.styles.js';
export { quizStrings } from './strings/index.js';
