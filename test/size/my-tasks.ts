/** <pb-my-tasks> over the core. */
export * from './core.js';
import '../../src/define/pb-my-tasks.js';
