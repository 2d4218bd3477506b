import { array, boolean, nullable, number, object, picklist, string, type InferOutput } from 'valibot';
import type { Course, CourseProgress, ProgressReceipt } from '../../api/types.js';
import { courseSummaryEntries, progressSummaryShape } from '../pb-course-catalog/shapes.js';

/** The shapes of the answers the player reads: the course, the member's progress, receipts. */

const mediaShape = object({
  src: string(),
  type: string(),
  audioOnlySrc: nullable(string()),
  poster: nullable(string()),
  captions: array(object({ src: string(), srclang: string(), label: string(), default: boolean() })),
});

const lessonShape = object({
  id: string(),
  title: string(),
  kind: picklist(['video', 'audio', 'document', 'article']),
  durationSeconds: nullable(number()),
  minReadingSeconds: nullable(number()),
  media: nullable(mediaShape),
  document: nullable(object({ src: string(), type: string() })),
  articleHtml: nullable(string()),
  attachments: array(object({ id: string(), name: string(), url: string(), type: string(), sizeBytes: number() })),
});

export const courseShape = object({
  ...courseSummaryEntries,
  policy: object({
    allowSeek: picklist(['free', 'watched']),
    maxPlaybackRate: number(),
    sequential: boolean(),
    pauseWhenHidden: boolean(),
    completionCoverage: number(),
    heartbeatSeconds: number(),
  }),
  lessons: array(lessonShape),
});

export const lessonProgressShape = object({
  lessonId: string(),
  positionSeconds: number(),
  furthestSeconds: number(),
  coverage: number(),
  creditedSeconds: number(),
  completed: boolean(),
  updatedAt: nullable(string()),
});

export const courseProgressShape = object({
  courseId: string(),
  percent: number(),
  creditedSeconds: number(),
  completed: boolean(),
  lessons: array(lessonProgressShape),
});

export const receiptShape = object({ lesson: lessonProgressShape, course: progressSummaryShape, creditedNow: number() });

const _course: InferOutput<typeof courseShape> extends Course ? true : never = true;
const _progress: InferOutput<typeof courseProgressShape> extends CourseProgress ? true : never = true;
const _receipt: InferOutput<typeof receiptShape> extends ProgressReceipt ? true : never = true;
void [_course, _progress, _receipt];
