import type { Lesson } from '../../../api/types.js';
import { openLocalStore } from '../../../storage/local-store.js';
import { isMedia } from './lessons.js';
import type { SavedCourse } from './saved/offline-rules.js';
import { isHls } from './stage/playback.js';

/**
 * Where lessons saved on the device are kept, and the little the lesson stage must know
 * before the code that saves and reads them is loaded: whether a lesson is saved, and
 * whether one can be.
 */

/** Lessons saved on this device, one record per course and member (IndexedDB `pb-saved-lessons`). */
export const savedCourses = () => openLocalStore<SavedCourse>('saved-lessons');

/**
 * The key of a course's record: the outbox's namespace (`apiBase|member`, the member whose
 * study records the saved session sends) and the course.
 */
export const savedKey = (namespace: string, courseId: string) => `${namespace}|${courseId}`;

/** The Cache Storage cache of the saved files, under their own URLs (a site's service worker finds them with `caches.match`). */
export const FILES_CACHE = 'pb-saved-lessons';

/** Per page: the saved lessons of each record, read once and kept current by saving and removing here. */
const known = new Map<string, Promise<ReadonlySet<string>>>();

/** The ids of the lessons saved under `key` (none when storage cannot be read). */
export function savedLessons(key: string): Promise<ReadonlySet<string>> {
  let lessons = known.get(key);
  if (!lessons) {
    lessons = savedCourses()
      .get(key)
      .then((record) => new Set(Object.keys(record?.lessons ?? {})), () => new Set<string>());
    known.set(key, lessons);
  }
  return lessons;
}

/** The record under `key` changed (saved, removed). */
export function rememberSaved(key: string, record: SavedCourse | undefined): void {
  known.set(key, Promise.resolve(new Set(Object.keys(record?.lessons ?? {}))));
}

/**
 * Whether this page can save a lesson: Cache Storage exists (https and localhost only),
 * and the lesson's media is one file, not a stream of segments (HLS).
 */
export function canSave(lesson: Lesson): boolean {
  return typeof caches !== 'undefined' && !(isMedia(lesson) && lesson.media && isHls(lesson.media.src, lesson.media.type));
}
