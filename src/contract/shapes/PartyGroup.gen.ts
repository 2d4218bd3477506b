// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { within } from '../builders/within.js';

/** The shape of `PartyGroup` in openapi.yaml. */
export const PartyGroup = { name: 'string', memberCount: /*#__PURE__*/ within(-Infinity, Infinity, true) } as const;
