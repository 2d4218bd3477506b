/**
 * Who may see and manage a branch's summaries, plans and course requests: its secretary,
 * or an admin. The dues summary, the study summary and assignments, and the secretary's
 * view of course requests all ask this one rule.
 */
export function canManageBranch(member: { roles: readonly string[]; branchId: string }, branchId: string): boolean {
  return member.roles.includes('admin') || (member.roles.includes('secretary') && member.branchId === branchId);
}
