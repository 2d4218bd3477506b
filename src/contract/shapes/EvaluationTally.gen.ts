// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { orNull } from '../builders/or-null.js';
import { EvaluationGradeCounts } from './EvaluationGradeCounts.gen.js';
import { Id } from './Id.gen.js';

/** The shape of `EvaluationTally` in openapi.yaml. */
export const EvaluationTally = { memberId: Id, name: 'string', ballots: 'int', withheld: 'boolean', counts: /*#__PURE__*/ orNull(EvaluationGradeCounts) } as const;
