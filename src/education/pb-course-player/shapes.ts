import { orNull, shape, type Infer } from '../../api/data-shape.js';
import type { Course, CourseProgress, ProgressReceipt } from '../../api/types.js';
import { courseSummaryEntries, progressSummaryEntries } from '../pb-course-catalog/internal/shapes.js';

/** The shapes of the answers the player reads: the course, the member's progress, receipts. */

const lessonEntries = {
  id: 'string',
  title: 'string',
  kind: 'video|audio|document|article',
  durationSeconds: 'number?',
  minReadingSeconds: 'number?',
  media: orNull({
    src: 'string',
    type: 'string',
    audioOnlySrc: 'string?',
    poster: 'string?',
    captions: [{ src: 'string', srclang: 'string', label: 'string', default: 'boolean' }],
  }),
  document: orNull({ src: 'string', type: 'string' }),
  articleHtml: 'string?',
  attachments: [{ id: 'string', name: 'string', url: 'string', type: 'string', sizeBytes: 'number' }],
} as const;

export const courseShape = shape({
  ...courseSummaryEntries,
  policy: {
    allowSeek: 'free|watched',
    maxPlaybackRate: 'number',
    sequential: 'boolean',
    pauseWhenHidden: 'boolean',
    completionCoverage: 'number',
    heartbeatSeconds: 'number',
  },
  lessons: [lessonEntries],
});

const lessonProgressEntries = {
  lessonId: 'string',
  positionSeconds: 'number',
  furthestSeconds: 'number',
  coverage: 'number',
  creditedSeconds: 'number?',
  completed: 'boolean',
  updatedAt: 'string?',
} as const;

export const courseProgressShape = shape({
  courseId: 'string',
  percent: 'number',
  creditedSeconds: 'number?',
  completed: 'boolean',
  lessons: [lessonProgressEntries],
});

export const receiptShape = shape({ lesson: lessonProgressEntries, course: progressSummaryEntries, creditedNow: 'number' });

const _course: Infer<typeof courseShape> extends Course ? true : never = true;
const _progress: Infer<typeof courseProgressShape> extends CourseProgress ? true : never = true;
const _receipt: Infer<typeof receiptShape> extends ProgressReceipt ? true : never = true;
void [_course, _progress, _receipt];
