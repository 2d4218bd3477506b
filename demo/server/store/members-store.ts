/** Members, branches and the shape the API returns for a member. */
import type { Db } from '../db/database';
import type { Member, MemberCategory } from '../shared-contract';

export type Role = Member['roles'][number];

export interface MemberRecord {
  id: string;
  name: string;
  branchId: string;
  branchName: string;
  roles: Role[];
  category: MemberCategory;
  migrant: boolean;
  baseFen: number | null;
  duesFrom: string;
  /** The education groups the site keeps for the member (rules/member-groups.ts). */
  educationGroups: string[];
  bornOn: string | null;
  joinedPartyOn: string | null;
}

export interface BranchRecord {
  id: string;
  name: string;
  contactName: string;
  contactPhone: string | null;
}

interface MemberRow {
  id: string;
  name: string;
  branch_id: string;
  branch_name: string;
  roles: string;
  category: MemberCategory;
  migrant: number;
  base_fen: number | null;
  dues_from: string;
  education_groups: string;
  born_on: string | null;
  joined_party_on: string | null;
}

export const MEMBER_COLUMNS = `m.id, m.name, m.branch_id, b.name AS branch_name, m.roles, m.category, m.migrant, m.base_fen, m.dues_from,
  m.education_groups, m.born_on, m.joined_party_on`;

export function toMemberRecord(row: MemberRow): MemberRecord {
  return {
    id: row.id,
    name: row.name,
    branchId: row.branch_id,
    branchName: row.branch_name,
    roles: row.roles.split(',') as Role[],
    category: row.category,
    migrant: row.migrant === 1,
    baseFen: row.base_fen,
    duesFrom: row.dues_from,
    educationGroups: row.education_groups ? row.education_groups.split(',') : [],
    bornOn: row.born_on,
    joinedPartyOn: row.joined_party_on,
  };
}

export function createMembersStore(db: Db) {
  const byId = db.prepare(`SELECT ${MEMBER_COLUMNS} FROM members m JOIN branches b ON b.id = m.branch_id WHERE m.id = ?`);
  const byBranch = db.prepare(
    `SELECT ${MEMBER_COLUMNS} FROM members m JOIN branches b ON b.id = m.branch_id WHERE m.branch_id = ? ORDER BY m.id`,
  );
  const all = db.prepare(`SELECT ${MEMBER_COLUMNS} FROM members m JOIN branches b ON b.id = m.branch_id ORDER BY m.id`);
  const branch = db.prepare('SELECT id, name, contact_name, contact_phone FROM branches WHERE id = ?');
  const branches = db.prepare('SELECT id, name, contact_name, contact_phone FROM branches ORDER BY sort');
  const toBranch = (r: { id: string; name: string; contact_name: string; contact_phone: string | null }): BranchRecord => ({
    id: r.id,
    name: r.name,
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
  });
  return {
    member(id: string): MemberRecord | null {
      const row = byId.get(id) as MemberRow | undefined;
      return row ? toMemberRecord(row) : null;
    },
    membersOfBranch(branchId: string): MemberRecord[] {
      return (byBranch.all(branchId) as MemberRow[]).map(toMemberRecord);
    },
    allMembers(): MemberRecord[] {
      return (all.all() as MemberRow[]).map(toMemberRecord);
    },
    branch(id: string): BranchRecord | null {
      const row = branch.get(id) as Parameters<typeof toBranch>[0] | undefined;
      return row ? toBranch(row) : null;
    },
    branches(): BranchRecord[] {
      return (branches.all() as Parameters<typeof toBranch>[0][]).map(toBranch);
    },
  };
}

export type MembersStore = ReturnType<typeof createMembersStore>;
