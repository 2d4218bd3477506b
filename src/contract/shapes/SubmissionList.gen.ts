// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { Submission } from './Submission.gen.js';

/** The shape of `SubmissionList` in openapi.yaml. */
export const SubmissionList = { items: [Submission] } as const;
/** What `getMyResponses` answers. */
export { SubmissionList as getMyResponses };
