// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { orNull } from '../builders/or-null.js';
import { within } from '../builders/within.js';
import { LocalDate } from './LocalDate.gen.js';
import { Reminder } from './Reminder.gen.js';
import { TaskKind } from './TaskKind.gen.js';
import { TaskMeeting } from './TaskMeeting.gen.js';
import { TaskUrgency } from './TaskUrgency.gen.js';
import { YearMonth } from './YearMonth.gen.js';

/** The shape of `Task` in openapi.yaml. */
export const Task = { id: 'string', kind: TaskKind, targetId: 'string', title: 'string', urgency: TaskUrgency, dueOn: /*#__PURE__*/ orNull(LocalDate), daysLeft: /*#__PURE__*/ orNull(/*#__PURE__*/ within(-Infinity, Infinity, true)), percent: /*#__PURE__*/ orNull(/*#__PURE__*/ within(0, 100, true)), amountFen: 'int?', months: [YearMonth], reminder: /*#__PURE__*/ orNull(Reminder), meeting: /*#__PURE__*/ orNull(TaskMeeting) } as const;
