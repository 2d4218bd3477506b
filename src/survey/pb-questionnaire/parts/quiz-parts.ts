/**
 * The quiz parts (the start screen, the countdown, the result): a chunk of their own,
 * loaded with a quiz, so surveys never download it.
 */
export { quizIntro, quizTimer } from './quiz.js';
export { resultView } from './result-view.js';
export { quizStyles as styles } from './quiz-styles.js';
