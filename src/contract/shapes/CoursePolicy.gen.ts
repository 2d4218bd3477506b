// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { within } from '../builders/within.js';

/** The shape of `CoursePolicy` in openapi.yaml. */
export const CoursePolicy = { allowSeek: 'free|watched', maxPlaybackRate: /*#__PURE__*/ within(0.5, 4), sequential: 'boolean', pauseWhenHidden: 'boolean', completionCoverage: /*#__PURE__*/ within(0, 1), heartbeatSeconds: /*#__PURE__*/ within(5, 300, true) } as const;
