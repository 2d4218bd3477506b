// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { within } from '../builders/within.js';
import { BranchDuesMember } from './BranchDuesMember.gen.js';
import { Id } from './Id.gen.js';

/** The shape of `BranchDuesMembers` in openapi.yaml. */
export const BranchDuesMembers = { branchId: Id, branchName: 'string', year: /*#__PURE__*/ within(-Infinity, Infinity, true), members: [BranchDuesMember] } as const;
/** What `getBranchDuesMembers` answers. */
export { BranchDuesMembers as getBranchDuesMembers };
