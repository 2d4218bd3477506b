/**
 * The grid (matrix, 民主评议) and ranking questions: a chunk of their own, loaded with a
 * definition that has one, so questionnaires without them never download it.
 */
export { matrixQuestion } from './matrix.js';
export { rankingQuestion } from './ranking.js';
export { gridStyles as styles } from './grid-styles.js';
