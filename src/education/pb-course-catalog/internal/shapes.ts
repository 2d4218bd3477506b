import { shape, type Infer } from '../../../api/data-shape.js';
import type { CoursePage, CourseSummary } from '../../../api/types.js';

/** The shapes of the course answers the education widgets read (checked on arrival). */

export const progressSummaryEntries = { percent: 'number', creditedSeconds: 'number?', completed: 'boolean' } as const;
export const progressSummaryShape = shape(progressSummaryEntries);

export const courseSummaryEntries = {
  id: 'string',
  title: 'string',
  description: 'string',
  category: 'string',
  required: 'boolean',
  coverUrl: 'string?',
  lessonCount: 'number',
  durationSeconds: 'number',
  creditHours: 'number',
  progress: progressSummaryEntries,
} as const;

export const coursePageShape = shape({
  items: [courseSummaryEntries],
  nextCursor: 'string?',
  total: 'number',
  categories: ['string'],
});

const _page: Infer<typeof coursePageShape> extends CoursePage ? true : never = true;
const _summary: Infer<typeof progressSummaryShape> extends CourseSummary['progress'] ? true : never = true;
void [_page, _summary];
