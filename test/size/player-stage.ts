/**
 * The lesson stage of `<pb-course-player>`, over the catalog and player: the chunk every page
 * with a player fetches while its course loads (media, reading views, tracker, the "Save
 * for offline" button).
 */
export * from './education.js';
export { LessonStage } from '../../src/education/pb-course-player/internal/stage/stage.lazy.js';
