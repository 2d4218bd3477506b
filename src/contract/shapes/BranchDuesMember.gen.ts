// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { DuesMonth } from './DuesMonth.gen.js';
import { Id } from './Id.gen.js';
import { MemberCategory } from './MemberCategory.gen.js';

/** The shape of `BranchDuesMember` in openapi.yaml. */
export const BranchDuesMember = { memberId: Id, name: 'string', category: MemberCategory, monthlyFen: 'int', paidFen: 'int', owedFen: 'int', months: [DuesMonth] } as const;
