import type { PlayerStrings } from './zh-CN.js';

/** English strings of `<pb-course-player>`, loaded when a widget shows English. */
export const en: PlayerStrings = {
  lessons: 'Lessons',
  kind: { video: 'Video', audio: 'Audio', document: 'Document', article: 'Article' },
  required: 'Required',
  elective: 'Elective',
  worth: (h) => `Worth ${h} credit ${h === '1' ? 'hour' : 'hours'}`,
  courseProgress: 'Course progress',
  courseCredited: (d) => `${d} studied`,
  lessonCredited: (d) => `${d} studied in this lesson`,
  coverage: (p) => `${p} watched`,
  done: 'Completed',
  saved: 'Saved offline',
  locked: 'Complete the lessons before this one first',
  courseDone: (h) => `Well done: you completed this course and earned ${h} credit ${h === '1' ? 'hour' : 'hours'}.`,
  certificate: 'View certificate',
  lessonDone: 'Lesson completed',
  next: 'Next lesson',
  empty: 'This course has no lessons yet',
  refused: 'The server did not accept a study record: ',
};
