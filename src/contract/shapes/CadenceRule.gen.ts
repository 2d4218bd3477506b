// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { within } from '../builders/within.js';
import { MeetingKind } from './MeetingKind.gen.js';

/** The shape of `CadenceRule` in openapi.yaml. */
export const CadenceRule = { kind: MeetingKind, per: 'month|quarter', min: /*#__PURE__*/ within(1, Infinity, true) } as const;
