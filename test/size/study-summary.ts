/** <pb-study-summary> over the core. */
export * from './core.js';
import '../../src/define/pb-study-summary.js';
