// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { Id } from './Id.gen.js';
import { ReminderSubject } from './ReminderSubject.gen.js';
import { Timestamp } from './Timestamp.gen.js';

/** The shape of `ReminderBatch` in openapi.yaml. */
export const ReminderBatch = { branchId: Id, subject: ReminderSubject, message: 'string?', sentAt: Timestamp, recipients: [{ memberId: Id, name: 'string', reminderId: Id }] } as const;
/** What `sendReminders` answers. */
export { ReminderBatch as sendReminders };
