// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { optional } from '../builders/optional.js';
import { Id } from './Id.gen.js';
import { Timestamp } from './Timestamp.gen.js';

/** The shape of `Attempt` in openapi.yaml. */
export const Attempt = { id: Id, startedAt: Timestamp, deadline: 'date?', serverTime: /*#__PURE__*/ optional(Timestamp) } as const;
/** What `startAttempt` answers. */
export { Attempt as startAttempt };
