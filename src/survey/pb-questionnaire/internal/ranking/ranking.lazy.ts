/**
 * The ranking question: a chunk of its own (it alone needs lit's `repeat`, to move
 * items), loaded with a definition that has one.
 */
export { rankingQuestion } from './ranking.js';
export { rankingRules as rules } from './ranking-rules.js';
export { rankingStyles as styles } from './ranking.styles.js';
