/** The course catalog and player over the core (hls.js and DOMPurify load lazily and are not counted). */
export * from './core.js';
import '../../src/define/pb-course-catalog.js';
import '../../src/define/pb-course-player.js';
