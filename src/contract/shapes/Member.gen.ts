// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { optional } from '../builders/optional.js';
import { Id } from './Id.gen.js';
import { MemberCategory } from './MemberCategory.gen.js';
import { MemberGroup } from './MemberGroup.gen.js';

/** The shape of `Member` in openapi.yaml. */
export const Member = { id: Id, name: 'string', branchId: Id, branchName: 'string', roles: ['member|secretary|admin'], category: MemberCategory, migrant: 'boolean', groups: /*#__PURE__*/ optional([MemberGroup]) } as const;
/** What `me` answers. */
export { Member as me };
