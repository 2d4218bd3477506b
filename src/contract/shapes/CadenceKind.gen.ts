// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { within } from '../builders/within.js';
import { CadencePeriod } from './CadencePeriod.gen.js';
import { CadenceRule } from './CadenceRule.gen.js';

/** The shape of `CadenceKind` in openapi.yaml. */
export const CadenceKind = { rule: CadenceRule, periods: [CadencePeriod], overdue: /*#__PURE__*/ within(-Infinity, Infinity, true) } as const;
