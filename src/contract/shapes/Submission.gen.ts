// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { orNull } from '../builders/or-null.js';
import { Id } from './Id.gen.js';
import { QuizResult } from './QuizResult.gen.js';
import { Timestamp } from './Timestamp.gen.js';

/** The shape of `Submission` in openapi.yaml. */
export const Submission = { id: Id, submittedAt: Timestamp, late: 'boolean', result: /*#__PURE__*/ orNull(QuizResult) } as const;
/** What `submitResponse` answers. */
export { Submission as submitResponse };
