/** getBranchDuesMembers: every member's months of a year, for the secretary. */
import type { Hono } from 'hono';
import { mountOperation, type OperationDeps } from '../http/operation';
import { problems } from '../http/problem';
import { canManageBranch } from '../rules/branch-access';
import { monthOf } from '../rules/calendar';
import { duesYearView, memberDuesState, type DuesRecord } from '../rules/dues-year';
import type { Services } from './services';

export function mountBranchDuesRoutes(app: Hono, deps: OperationDeps, services: Services): void {
  const { dues, members, duesSettings } = services;

  mountOperation(app, deps, 'getBranchDuesMembers', ({ member, params, query, now }) => {
    if (!canManageBranch(member, params.branchId!)) throw problems.forbidden('Only the branch secretary can see its members’ dues');
    const branch = members.branch(params.branchId!);
    if (!branch) throw problems.notFound('Branch');
    const year = (query.year as number | undefined) ?? Number(monthOf(now).slice(0, 4));
    const byMember = new Map<string, Map<string, DuesRecord>>();
    for (const r of dues.branchRecords(branch.id, '0000-01', '9999-12')) {
      if (!byMember.has(r.memberId)) byMember.set(r.memberId, new Map());
      byMember.get(r.memberId)!.set(r.month, r);
    }
    const contact = { name: branch.contactName, phone: branch.contactPhone };
    const rows = members
      .membersOfBranch(branch.id)
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((m) => {
        // The member's own year as getDues states it, so both read the same months and amounts.
        const view = duesYearView(memberDuesState(m, byMember.get(m.id) ?? new Map(), monthOf(now), duesSettings), year, now, contact, []);
        return { memberId: m.id, name: m.name, category: m.category, monthlyFen: view.basis.monthlyFen, paidFen: view.paidFen, owedFen: view.owedFen, months: view.months };
      });
    return { status: 200, body: { branchId: branch.id, branchName: branch.name, year, members: rows } };
  });
}
