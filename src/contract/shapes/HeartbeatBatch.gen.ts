// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { within } from '../builders/within.js';

/** The shape of `HeartbeatBatch` in openapi.yaml. */
export const HeartbeatBatch = { sessionId: 'string', seq: /*#__PURE__*/ within(0, 1000000000, true), position: /*#__PURE__*/ within(0, 86400), intervals: [[/*#__PURE__*/ within(0, 86400)]], activeSeconds: /*#__PURE__*/ within(0, 3600), ended: 'boolean' } as const;
