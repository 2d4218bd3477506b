// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { within } from '../builders/within.js';

/** The shape of `CadencePeriod` in openapi.yaml. */
export const CadencePeriod = { period: 'string', held: /*#__PURE__*/ within(-Infinity, Infinity, true), planned: /*#__PURE__*/ within(-Infinity, Infinity, true), status: 'met|overdue|due|later' } as const;
