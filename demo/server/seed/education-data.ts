/**
 * The demo's education data: members' education groups and the days that make veterans,
 * course requests of 第一党支部 in every status (the demo member's among them, one
 * anonymous), and study assignments by group and by name. Days are offsets from the
 * seeding day, so the demo is current whenever it is seeded.
 */
import type { MemberGroup } from '../rules/member-groups';
import type { RequestStatus } from '../rules/course-request-rules';
import type { SeedMember } from './people-data';

export interface EducationFacts {
  groups: MemberGroup[];
  /** Age and age at joining the Party, in years, on the seeding day. */
  age: number;
  joinedAtAge: number;
}

const spread = (n: number, lo: number, hi: number) => lo + ((n * 7919) % (hi - lo + 1));

/** Deterministic from the member's number, so the PRNG draws of the rest of the seed stay put. */
export function educationFactsOf(m: SeedMember): EducationFacts {
  const n = Number(m.id.slice(1));
  const joinedAtAge = spread(n, 19, 34);
  if (m.id === 'm0001') return { groups: ['ordinary'], age: 38, joinedAtAge: 24 };
  if (m.id === 'm0002') return { groups: ['cadre'], age: 46, joinedAtAge: 23 };
  switch (m.category) {
    case 'in-service': {
      const groups: MemberGroup[] = [n % 5 === 0 || m.roles.includes('secretary') ? 'cadre' : 'ordinary'];
      if (n % 4 === 3) groups.push('skilled');
      return { groups, age: spread(n, 26, 58), joinedAtAge };
    }
    case 'retired':
      // Half of the retired members have gone back to their home village; some are 70 and over.
      return { groups: n % 2 === 0 ? ['returned-retiree'] : [], age: spread(n, 60, 86), joinedAtAge: spread(n, 18, 26) };
    case 'farmer':
      return { groups: [n % 3 === 0 ? 'skilled' : 'ordinary'], age: spread(n, 30, 74), joinedAtAge };
    case 'student':
      return { groups: [], age: spread(n, 19, 23), joinedAtAge: 18 };
    default:
      return { groups: [], age: spread(n, 32, 60), joinedAtAge };
  }
}

export interface SeedRequest {
  key: string;
  branchId: string;
  title: string;
  details: string;
  category: string;
  /** Null: anonymous (the requester is `anonymousAuthor`). */
  author: string | null;
  anonymousAuthor?: string;
  status: RequestStatus;
  createdDaysAgo: number;
  changedDaysAgo?: number;
  revision: number;
  plannedInDays?: number;
  courseId?: string;
  declineReason?: string;
  /** The `key` of the request it was merged into. */
  mergedInto?: string;
  /** Voices besides the requester's own. */
  voices: string[];
  /** Members whose marks say they saw the current revision. */
  seenBy?: string[];
}

/** 第一党支部 is m0001–m0020; m0001 is the demo member, m0002 the secretary. */
export const SEED_REQUESTS: SeedRequest[] = [
  {
    key: 'ecommerce', branchId: 'b01', title: '农村电商直播入门', details: '想学习用手机直播销售本村的茶叶和笋干，包括开通账号、拍摄和讲解技巧。',
    category: '实用技能', author: 'm0001', status: 'planned', createdDaysAgo: 12, changedDaysAgo: 2, revision: 1, plannedInDays: 20,
    voices: ['m0003', 'm0006', 'm0009', 'm0012', 'm0014'],
  },
  {
    key: 'online-branch', branchId: 'b01', title: '如何在手机上参加网上党支部活动', details: '不太会用手机上的党建平台，希望有人手把手教一下。',
    category: '党务知识', author: null, anonymousAuthor: 'm0001', status: 'received', createdDaysAgo: 5, revision: 0, voices: ['m0011', 'm0016'],
  },
  {
    key: 'law', branchId: 'b01', title: '法律常识：土地承包与婚姻家庭', details: '村里经常遇到土地流转和家庭纠纷，想系统学一学相关法律。',
    category: '法治教育', author: 'm0001', status: 'available', createdDaysAgo: 60, changedDaysAgo: 8, revision: 2, plannedInDays: -30, courseId: 'c-falv',
    voices: ['m0004', 'm0008', 'm0015'], seenBy: ['m0001'],
  },
  {
    key: 'visit', branchId: 'b01', title: '组织外出参观红色教育基地', details: '建议组织党员到嘉兴南湖参观学习。',
    category: '党史学习教育', author: 'm0001', status: 'declined', createdDaysAgo: 40, changedDaysAgo: 30, revision: 1,
    declineReason: '本季度活动经费已用完，已列入明年计划；可先参加线上红色展馆学习。', voices: ['m0010'], seenBy: ['m0001'],
  },
  {
    key: 'phone', branchId: 'b01', title: '智能手机常用功能培训', details: '很多老党员不会用微信支付、视频通话，建议开一门手机使用课。',
    category: '实用技能', author: 'm0005', status: 'planned', createdDaysAgo: 25, changedDaysAgo: 15, revision: 1, plannedInDays: 35,
    voices: ['m0002', 'm0008', 'm0018', 'm0020'],
  },
  {
    key: 'phone-elderly', branchId: 'b01', title: '教老党员用智能手机', details: '帮老党员学会用手机看新闻、学党课。',
    category: '实用技能', author: 'm0001', status: 'merged', createdDaysAgo: 20, changedDaysAgo: 10, revision: 1, mergedInto: 'phone',
    voices: [], seenBy: ['m0001'],
  },
  {
    key: 'family', branchId: 'b01', title: '红色家风故事分享', details: '请老党员讲讲自家的红色家风故事，录成音频课。',
    category: '党史学习教育', author: 'm0007', status: 'received', createdDaysAgo: 9, revision: 0,
    voices: ['m0001', 'm0003', 'm0005', 'm0013', 'm0017', 'm0019'],
  },
  {
    key: 'finance', branchId: 'b01', title: '家庭理财与防范电信诈骗', details: '最近村里有人被骗，希望讲讲怎么识别诈骗。',
    category: '经济知识', author: null, anonymousAuthor: 'm0012', status: 'received', createdDaysAgo: 3, revision: 0, voices: ['m0006', 'm0009'],
  },
  {
    key: 'three-meetings', branchId: 'b01', title: '“三会一课”规范操作', details: '支委会、党员大会记录怎么写才规范。',
    category: '党务知识', author: 'm0002', status: 'available', createdDaysAgo: 45, changedDaysAgo: 20, revision: 1, courseId: 'c-dangwu',
    voices: ['m0003', 'm0014'],
  },
  {
    key: 'rural-policy', branchId: 'b02', title: '乡村振兴政策解读', details: '希望系统讲解今年的强农惠农政策。',
    category: '理论学习', author: 'm0021', status: 'received', createdDaysAgo: 7, revision: 0, voices: ['m0022', 'm0023'],
  },
];

export interface SeedAssignment {
  key: string;
  branchId: string;
  title: string;
  courseIds: string[];
  /** Days from the seeding day; a string is a fixed month-day of the next year (`03-31`). */
  dueInDays?: number;
  dueNextYearOn?: string;
  hoursPerYear?: number;
  groups: MemberGroup[];
  memberIds?: string[];
  createdDaysAgo: number;
}

/**
 * The demo member (m0001, ordinary) has one course overdue (廉洁自律, by name), one due
 * soon (党史), one on track (党章), one done (市场经济, studied in the seed) and 24 学时 a year.
 */
export const SEED_ASSIGNMENTS: SeedAssignment[] = [
  { key: 'cadre-hours', branchId: 'b01', title: '在职干部年度学习', courseIds: [], hoursPerYear: 32, groups: ['cadre'], createdDaysAgo: 250 },
  { key: 'ordinary-hours', branchId: 'b01', title: '普通岗位党员年度学习', courseIds: [], hoursPerYear: 24, groups: ['ordinary'], createdDaysAgo: 250 },
  { key: 'charter', branchId: 'b01', title: '党章学习', courseIds: ['c-dangzhang'], dueInDays: 75, groups: ['ordinary', 'cadre'], createdDaysAgo: 60 },
  { key: 'history', branchId: 'b01', title: '党史专题学习', courseIds: ['c-dangshi'], dueInDays: 14, groups: ['ordinary'], createdDaysAgo: 45 },
  { key: 'integrity', branchId: 'b01', title: '廉洁自律教育补学', courseIds: ['c-lianzheng'], dueInDays: -10, groups: [], memberIds: ['m0001', 'm0004', 'm0009'], createdDaysAgo: 40 },
  { key: 'economy', branchId: 'b01', title: '市场经济基础知识', courseIds: ['c-shichang'], dueInDays: 40, groups: ['ordinary'], createdDaysAgo: 30 },
  { key: 'skills', branchId: 'b01', title: '实用技术（有一技之长党员）', courseIds: ['c-nongye', 'c-anquan'], dueInDays: 45, groups: ['skilled'], createdDaysAgo: 30 },
  { key: 'cadre-affairs', branchId: 'b01', title: '基层党务工作实务（干部）', courseIds: ['c-dangwu'], dueInDays: 60, groups: ['cadre'], createdDaysAgo: 30 },
  { key: 'retiree-charter', branchId: 'b04', title: '离退休返乡党员：党章学习', courseIds: ['c-dangzhang'], dueNextYearOn: '03-31', groups: ['returned-retiree'], createdDaysAgo: 20 },
  { key: 'veteran-history', branchId: 'b04', title: '老党员：党史专题（可收听音频）', courseIds: ['c-dangshi'], hoursPerYear: 12, groups: ['veteran'], createdDaysAgo: 20 },
  { key: 'migrant-hours', branchId: 'b06', title: '流动党员年度学习', courseIds: [], hoursPerYear: 16, groups: ['migrant'], createdDaysAgo: 200 },
  { key: 'migrant-safety', branchId: 'b06', title: '安全生产与应急知识', courseIds: ['c-anquan'], dueInDays: 60, groups: ['migrant'], createdDaysAgo: 30 },
];

/** c-shichang, studied to the end by the demo member: its `done` plan item. */
export const DEMO_MEMBER_COMPLETED = { memberId: 'm0001', courseId: 'c-shichang', daysAgo: 20 };
