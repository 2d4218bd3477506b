import { describeOperation } from '../../../../api/client.js';
import type { Infer } from '../../../../api/data-shape.js';
import { expectShape } from '../../../../api/shape.js';
import type { BranchCourseRequestPage } from '../../../../api/types.js';
import type { ResolvedSettings } from '../../../../config/settings.js';
import { requestShape } from '../shapes.js';

/** The secretary's page: the branch, its requests ranked by demand, survey demand per topic. */
export const branchPageShape = {
  branchId: 'string',
  branchName: 'string',
  items: [requestShape],
  nextCursor: 'string?',
  total: 'int',
  topics: [{ topic: 'string', answers: 'int', requests: 'int' }],
} as const;

const _page: [Infer<typeof branchPageShape>, BranchCourseRequestPage] extends [BranchCourseRequestPage, Infer<typeof branchPageShape>] ? true : never = true;
void _page;

/** `getBranchCourseRequests`' answer, checked: a wrong body is an error naming the endpoint and the path. */
export const checkBranchPage = (settings: ResolvedSettings, data: unknown): BranchCourseRequestPage =>
  expectShape(branchPageShape, data, describeOperation(settings, 'getBranchCourseRequests'));
