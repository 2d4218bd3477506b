/** What the API shows of a member (the contract's `Member`): no dues base, no login name, no birthday. */
import { groupsOf, type GroupFacts } from './member-groups';

export interface ShownMember extends GroupFacts {
  id: string;
  name: string;
  branchId: string;
  branchName: string;
  roles: readonly string[];
  category: string;
}

export function memberView(m: ShownMember, now: number) {
  return {
    id: m.id,
    name: m.name,
    branchId: m.branchId,
    branchName: m.branchName,
    roles: m.roles,
    category: m.category,
    migrant: m.migrant,
    groups: groupsOf(m, now),
  };
}
