/** Who may see and manage a branch's summaries and plans: its secretary, or an admin. */
import type { MemberRecord } from '../store/members-store';

export function canManageBranch(member: MemberRecord, branchId: string): boolean {
  return member.roles.includes('admin') || (member.roles.includes('secretary') && member.branchId === branchId);
}
