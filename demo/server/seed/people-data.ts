/**
 * 青山镇党委: six branches and ~120 members covering every dues category and bracket.
 * Names are generated from common surnames and given names with a seeded PRNG.
 */
import type { MemberCategory } from '../rules/dues-rules';
import type { Random } from './random';
import { branches } from '../../../fixtures/branches';

export const COMMITTEE_NAME = '青山镇党委';

export interface SeedBranch {
  id: string;
  name: string;
  contactPhone: string;
}

/** The branches the stories and tests name too (fixtures/branches.ts). */
export const SEED_BRANCHES: SeedBranch[] = branches.map((branch) => ({ ...branch }));

export interface SeedMember {
  id: string;
  username: string | null;
  name: string;
  branchId: string;
  roles: ('member' | 'secretary' | 'admin')[];
  category: MemberCategory;
  migrant: boolean;
  baseFen: number | null;
  /** Months before the seeding month that dues started (joined, or transferred in). */
  duesStartMonthsAgo: number;
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '朱', '马', '胡', '郭', '林', '何', '高', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹'];
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '超', '秀兰', '霞', '平', '刚', '桂英', '建华', '志强', '海燕', '国庆', '红霞', '春梅', '文博', '晓东', '立新', '玉兰', '德明', '振华', '思远', '雨涵'];

/**
 * Monthly bases (in 分) chosen so every bracket and every boundary appears:
 * 3000.00 / 3000.01 / 5000.00 / 5000.01 / 10000.00 / 10000.01.
 */
const IN_SERVICE_BASES = [
  250_000, 300_000, 300_001, 380_000, 450_000, 500_000, 500_001, 620_000, 780_000, 900_000, 1_000_000, 1_000_001, 1_250_000,
];
const PENSIONS = [320_000, 410_000, 480_000, 500_000, 500_001, 560_000, 690_000];

interface BranchPlan {
  branchId: string;
  count: number;
  categoryFor: (index: number, r: Random) => MemberCategory;
  migrantChance: number;
}

const PLANS: BranchPlan[] = [
  { branchId: 'b01', count: 20, categoryFor: () => 'in-service', migrantChance: 0 },
  { branchId: 'b02', count: 22, categoryFor: (i) => (i % 9 === 8 ? 'unemployed' : 'in-service'), migrantChance: 0.1 },
  {
    branchId: 'b03',
    count: 20,
    categoryFor: (i) => (['in-service', 'student', 'unemployed', 'relief', 'in-service'] as const)[i % 5]!,
    migrantChance: 0.05,
  },
  { branchId: 'b04', count: 20, categoryFor: () => 'retired', migrantChance: 0 },
  { branchId: 'b05', count: 20, categoryFor: (i) => (i % 7 === 6 ? 'in-service' : 'farmer'), migrantChance: 0.25 },
  { branchId: 'b06', count: 18, categoryFor: (i) => (i % 3 === 0 ? 'farmer' : 'in-service'), migrantChance: 1 },
];

export function generateMembers(r: Random): SeedMember[] {
  const usedNames = new Set<string>(['李明', '王红梅']);
  const members: SeedMember[] = [
    // The demo accounts (documented in the README): the member and their branch secretary.
    { id: 'm0001', username: 'demo-member', name: '李明', branchId: 'b01', roles: ['member'], category: 'in-service', migrant: false, baseFen: 480_000, duesStartMonthsAgo: 30 },
    { id: 'm0002', username: 'demo-secretary', name: '王红梅', branchId: 'b01', roles: ['member', 'secretary'], category: 'in-service', migrant: false, baseFen: 650_000, duesStartMonthsAgo: 30 },
  ];
  let serial = 3;
  for (const plan of PLANS) {
    const existing = members.filter((m) => m.branchId === plan.branchId).length;
    for (let i = existing; i < plan.count; i++) {
      let name = '';
      do name = r.pick(SURNAMES) + r.pick(GIVEN);
      while (usedNames.has(name));
      usedNames.add(name);
      const category = plan.categoryFor(i, r);
      const baseFen =
        category === 'in-service' ? IN_SERVICE_BASES[(serial * 7) % IN_SERVICE_BASES.length]! : category === 'retired' ? PENSIONS[serial % PENSIONS.length]! : null;
      members.push({
        id: `m${String(serial).padStart(4, '0')}`,
        username: null,
        name,
        branchId: plan.branchId,
        // The first member of every other branch is its secretary.
        roles: i === 0 ? ['member', 'secretary'] : ['member'],
        category,
        migrant: plan.branchId === 'b06' || r.chance(plan.migrantChance),
        baseFen,
        duesStartMonthsAgo: r.chance(0.1) ? r.int(2, 9) : 30,
      });
      serial += 1;
    }
  }
  return members;
}
