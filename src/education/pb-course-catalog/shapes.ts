import { array, boolean, nullable, number, object, string, type InferOutput } from 'valibot';
import type { CoursePage, CourseSummary } from '../../api/types.js';

/** The shapes of the course answers the education widgets read (checked on arrival). */

export const progressSummaryShape = object({ percent: number(), creditedSeconds: number(), completed: boolean() });

export const courseSummaryEntries = {
  id: string(),
  title: string(),
  description: string(),
  category: string(),
  required: boolean(),
  coverUrl: nullable(string()),
  lessonCount: number(),
  durationSeconds: number(),
  creditHours: number(),
  progress: progressSummaryShape,
};

export const coursePageShape = object({
  items: array(object(courseSummaryEntries)),
  nextCursor: nullable(string()),
  total: number(),
  categories: array(string()),
});

const _page: InferOutput<typeof coursePageShape> extends CoursePage ? true : never = true;
const _summary: InferOutput<typeof progressSummaryShape> extends CourseSummary['progress'] ? true : never = true;
void [_page, _summary];
