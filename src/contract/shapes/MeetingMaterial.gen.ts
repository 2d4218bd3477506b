// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { optional } from '../builders/optional.js';
import { within } from '../builders/within.js';
import { Id } from './Id.gen.js';

/** The shape of `MeetingMaterial` in openapi.yaml. */
export const MeetingMaterial = { id: Id, name: 'string', kind: 'minutes|slides|recording|document', url: 'string', type: /*#__PURE__*/ optional('string'), sizeBytes: /*#__PURE__*/ optional(/*#__PURE__*/ within(-Infinity, Infinity, true)) } as const;
