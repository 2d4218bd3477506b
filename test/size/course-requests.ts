/** <pb-course-requests> over the core (the ask form and the secretary's view are lazy chunks, not counted). */
export * from './core.js';
import '../../src/define/pb-course-requests.js';
