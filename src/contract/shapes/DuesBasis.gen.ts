// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { orNull } from '../builders/or-null.js';
import { MemberCategory } from './MemberCategory.gen.js';

/** The shape of `DuesBasis` in openapi.yaml. */
export const DuesBasis = { category: /*#__PURE__*/ orNull(MemberCategory), baseFen: 'int?', rate: 'string', monthlyFen: 'int', description: 'string' } as const;
