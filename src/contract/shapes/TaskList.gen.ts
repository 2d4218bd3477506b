// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { orNull } from '../builders/or-null.js';
import { Id } from './Id.gen.js';
import { LocalDate } from './LocalDate.gen.js';
import { PlanHours } from './PlanHours.gen.js';
import { Task } from './Task.gen.js';
import { TaskCounts } from './TaskCounts.gen.js';

/** The shape of `TaskList` in openapi.yaml. */
export const TaskList = { memberId: Id, asOf: LocalDate, counts: TaskCounts, items: [Task], hours: /*#__PURE__*/ orNull(PlanHours) } as const;
/** What `getMyTasks` answers. */
export { TaskList as getMyTasks };
