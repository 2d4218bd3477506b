import type { Course, CourseProgress, Lesson } from '../../../../api/types.js';
import { isMedia } from '../lessons.js';

/**
 * The rules of lessons saved on the device for study without a network: which files a
 * lesson needs, whether they fit, the record kept per course, and the study session a
 * saved lesson continues. Plain data, no DOM (tested under Node).
 */

/** What a file is to the lesson. */
export type FileRole = 'media' | 'poster' | 'captions' | 'document' | 'attachment';

/** A file the lesson needs; `bytes` is known for materials (the course lists their size) and measured for the rest. */
export interface LessonFile {
  /** The absolute URL, already checked (http or https). */
  url: string;
  role: FileRole;
  bytes: number | undefined;
}

/** A file as saved: its size on the device. */
export interface SavedFile {
  url: string;
  role: FileRole;
  bytes: number;
}

/**
 * The study session a saved lesson continues. It is opened (its first batch, seq 0, sent)
 * while the member saves the lesson online, because the server credits a session only
 * from when it first heard of it: batches of a session it never heard of, arriving hours
 * later, would earn one heartbeat.
 */
export interface SavedSession {
  id: string;
  /** Epoch ms when it was opened (its seq 0 was sent). */
  openedAt: number;
  /** The last seq sent from this device. */
  seq: number;
}

export interface SavedLesson {
  savedAt: number;
  /** The files and the course text together. */
  bytes: number;
  files: SavedFile[];
  session: SavedSession;
}

/** One course's record on the device, for one member of one backend. */
export interface SavedCourse {
  /** When the course and progress below were last written (saved, or refreshed online). */
  savedAt: number;
  course: Course;
  progress: CourseProgress;
  lessons: Record<string, SavedLesson>;
}

/**
 * The files a lesson needs to be studied without a network, each URL once: the media (the
 * lesson's own rendition; the lighter audio-only one is for poor connections, which a
 * saved file does not have), the video's poster, the captions, the document and the
 * training materials. `check` turns a URL from the course into an absolute one it allows,
 * or undefined (such a URL is not shown online either, so it is not saved).
 */
export function lessonFiles(lesson: Lesson, check: (url: string | null | undefined) => string | undefined): LessonFile[] {
  const media = lesson.media;
  const files = new Map<string, LessonFile>();
  const add = (value: string | null | undefined, role: FileRole, bytes?: number) => {
    const url = check(value);
    if (url && !files.has(url)) files.set(url, { url, role, bytes });
  };
  if (media && isMedia(lesson)) {
    add(media.src, 'media');
    if (lesson.kind === 'video') add(media.poster, 'poster');
    for (const caption of media.captions) add(caption.src, 'captions');
  }
  if (lesson.kind === 'document') add(lesson.document?.src, 'document');
  for (const attachment of lesson.attachments) add(attachment.url, 'attachment', attachment.sizeBytes);
  return [...files.values()];
}

/** The bytes to save, and how many files have no size known (the server did not say). */
export function totalSize(files: ReadonlyArray<{ bytes: number | undefined }>): { bytes: number; unknown: number } {
  let bytes = 0;
  let unknown = 0;
  for (const file of files) {
    if (file.bytes === undefined) unknown++;
    else bytes += file.bytes;
  }
  return { bytes, unknown };
}

/**
 * The space this site may still use on the device (`navigator.storage.estimate()`), or
 * undefined when the browser does not say.
 */
export function spaceLeft(estimate: { quota?: number | undefined; usage?: number | undefined } | undefined): number | undefined {
  if (!estimate || estimate.quota === undefined) return undefined;
  return Math.max(0, estimate.quota - (estimate.usage ?? 0));
}

/** Whether `bytes` fit in the space left, with a margin for the record and the browser's own overhead. */
export const fits = (bytes: number, left: number | undefined): boolean => left === undefined || bytes * 1.05 + 1e6 <= left;

/** The largest `seq` the contract allows. */
export const MAX_SEQ = 1_000_000_000;

/**
 * The next `seq` of a saved lesson's session. Pages that continue it one after another
 * (a reload, another day) must never repeat a seq, or the server takes the batch for one
 * it has seen and credits nothing: the last seq sent is kept on the device, but a page
 * may close before that write lands. So the seq also follows the clock, in tenths of a
 * second since the session was opened, which a later page has always passed.
 *
 * @example sessionSeq(41, openedAt, Date.now()) // 41 + 1 at least
 */
export function sessionSeq(last: number, openedAt: number, now: number): number {
  return Math.min(MAX_SEQ, Math.max(last + 1, Math.floor((now - openedAt) / 100)));
}

/** The record after saving a lesson, with the course and progress as they are now. */
export function withLesson(record: SavedCourse | undefined, course: Course, progress: CourseProgress, lessonId: string, lesson: SavedLesson): SavedCourse {
  return { savedAt: lesson.savedAt, course, progress, lessons: { ...record?.lessons, [lessonId]: lesson } };
}

/** The record without a lesson; undefined when no lesson of the course is left. */
export function withoutLesson(record: SavedCourse, lessonId: string): SavedCourse | undefined {
  const lessons = Object.fromEntries(Object.entries(record.lessons).filter(([id]) => id !== lessonId));
  return Object.keys(lessons).length ? { ...record, lessons } : undefined;
}

/** Of `urls`, those no saved lesson in `records` still uses (a file two lessons share stays). */
export function unusedFiles(urls: readonly string[], records: readonly SavedCourse[]): string[] {
  const used = new Set(records.flatMap((record) => Object.values(record.lessons).flatMap((lesson) => lesson.files.map((file) => file.url))));
  return urls.filter((url) => !used.has(url));
}

/** The record with newer progress (a receipt, or the page's progress online); the course stays. */
export function withProgress(record: SavedCourse, progress: CourseProgress, now: number): SavedCourse {
  return { ...record, progress, savedAt: now };
}

/**
 * The lesson as the player shows it from the device: each saved file's URL replaced by
 * `local(url)` (a URL of the page for the saved copy), the others left as they are, and
 * no audio-only rendition: the file is on the device, there is no connection to spare.
 */
export function localLesson(lesson: Lesson, check: (url: string | null | undefined) => string | undefined, local: (url: string) => string | undefined): Lesson {
  const swap = (value: string | null | undefined): string | null => {
    if (value === null || value === undefined) return null;
    const url = check(value);
    return (url && local(url)) || value;
  };
  const media = lesson.media;
  return {
    ...lesson,
    media: media && { ...media, src: swap(media.src)!, poster: swap(media.poster), audioOnlySrc: null, captions: media.captions.map((c) => ({ ...c, src: swap(c.src)! })) },
    document: lesson.document && { ...lesson.document, src: swap(lesson.document.src)! },
    attachments: lesson.attachments.map((a) => ({ ...a, url: swap(a.url)! })),
  };
}

/** How many files of each role, for "video, 2 captions, 1 material". */
export function countRoles(files: ReadonlyArray<{ role: FileRole }>): Partial<Record<FileRole, number>> {
  const counts: Partial<Record<FileRole, number>> = {};
  for (const file of files) counts[file.role] = (counts[file.role] ?? 0) + 1;
  return counts;
}
