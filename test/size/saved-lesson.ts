/**
 * The chunk a page fetches when a member saves a lesson on the device or opens a saved one
 * (or the course cannot load and a saved copy may stand in), over the player and its stage.
 */
export * from './player-stage.js';
export { SavedLessons } from '../../src/education/pb-course-player/internal/saved/saved-lesson.lazy.js';
