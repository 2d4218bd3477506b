// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { orNull } from '../builders/or-null.js';
import { Answers } from './Answers.gen.js';
import { Timestamp } from './Timestamp.gen.js';

/** The shape of `Draft` in openapi.yaml. */
export const Draft = { answers: Answers, pageIndex: 'int', attemptId: 'string?', updatedAt: Timestamp } as const;
/** What `getDraft` answers. */
export const getDraft = /*#__PURE__*/ orNull(Draft);
/** What `saveDraft` answers. */
export { Draft as saveDraft };
