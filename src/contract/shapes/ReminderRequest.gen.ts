// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { optional } from '../builders/optional.js';
import { Id } from './Id.gen.js';
import { ReminderSubject } from './ReminderSubject.gen.js';

/** The shape of `ReminderRequest` in openapi.yaml. */
export const ReminderRequest = { to: 'member|arrears|unanswered', memberId: /*#__PURE__*/ optional(Id), questionnaireId: /*#__PURE__*/ optional(Id), subject: ReminderSubject, message: /*#__PURE__*/ optional('string?') } as const;
