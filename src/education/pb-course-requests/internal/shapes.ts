/**
 * The course-request answers the element reads, checked on arrival: one request and a member's
 * list. The secretary's page and the ask form's suggestions have theirs in their chunks.
 */
import { orNull, type Infer, type Shape } from '../../../api/data-shape.js';
import type { CourseRequest, CourseRequestPage } from '../../../api/types.js';

export const requestStatuses = 'received|planned|available|declined|merged';

export const requestShape = {
  id: 'string',
  branchId: 'string',
  title: 'string',
  details: 'string',
  category: 'string',
  topic: 'string',
  anonymous: 'boolean',
  requester: orNull({ id: 'string', name: 'string' }),
  status: requestStatuses,
  revision: 'int',
  createdOn: 'string',
  statusChangedAt: 'date?',
  plannedOn: 'string?',
  course: orNull({ id: 'string', title: 'string' }),
  declineReason: 'string?',
  mergedInto: orNull({ id: 'string', title: 'string' }),
  voices: 'int',
  demand: { voices: 'int', answers: 'int', total: 'int' },
  mine: { asked: 'boolean', voiced: 'boolean', unread: 'boolean' },
} as const satisfies Shape;

export const requestPageShape = { items: [requestShape], nextCursor: 'string?', total: 'int', unread: 'int' } as const satisfies Shape;


// The shapes stay in step with the contract's types, both ways.
type Same<A, B> = [A, B] extends [B, A] ? true : never;
const _checks: [Same<Infer<typeof requestShape>, CourseRequest>, Same<Infer<typeof requestPageShape>, CourseRequestPage>] = [true, true];
void _checks;
