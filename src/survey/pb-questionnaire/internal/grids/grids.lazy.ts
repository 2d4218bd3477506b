/**
 * The grid question (matrix, 民主评议): a chunk of its own, loaded with a definition that
 * has one, so questionnaires without it never download it.
 */
export { matrixQuestion } from './matrix.js';
export { gridRules as rules } from './grid-rules.js';
export { gridStyles as styles } from './grids.styles.js';
