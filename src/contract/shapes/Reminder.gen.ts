// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { Id } from './Id.gen.js';
import { NamedRef } from './NamedRef.gen.js';
import { ReminderSubject } from './ReminderSubject.gen.js';
import { Timestamp } from './Timestamp.gen.js';

/** The shape of `Reminder` in openapi.yaml. */
export const Reminder = { id: Id, subject: ReminderSubject, message: 'string?', from: NamedRef, sentAt: Timestamp, read: 'boolean' } as const;
/** What `markReminderRead` answers. */
export { Reminder as markReminderRead };
