/**
 * The yearly 学时 requirement (每年集中学习培训不少于 32 学时): what a member must earn in
 * credit hours of completed courses in a calendar year. One default for every member, and
 * per education group where a site asks more (or less) of some, e.g. cadres 56. Pure.
 */
import { MEMBER_GROUPS, type MemberGroup } from './member-groups';

export interface CreditRequirement {
  /** 学时 a year for a member none of whose groups has its own figure. */
  defaultHours: number;
  /** Per group; a member in several groups owes the largest of theirs. */
  byGroup: Partial<Record<MemberGroup, number>>;
}

export const DEFAULT_CREDIT_REQUIREMENT: CreditRequirement = { defaultHours: 32, byGroup: {} };

const isHours = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 1000;

/**
 * The setting as stored (`settings.credit_requirement`, JSON `{"defaultHours":32,"byGroup":{"cadre":56}}`);
 * whatever is not a sensible number is left at its default.
 */
export function creditRequirementSetting(stored: string | undefined): Partial<CreditRequirement> {
  if (!stored) return {};
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return {};
  }
  const { defaultHours, byGroup } = (value ?? {}) as { defaultHours?: unknown; byGroup?: Record<string, unknown> };
  const groups = Object.fromEntries(
    Object.entries(byGroup && typeof byGroup === 'object' ? byGroup : {}).filter(([g, h]) => (MEMBER_GROUPS as readonly string[]).includes(g) && isHours(h)),
  ) as Partial<Record<MemberGroup, number>>;
  return { ...(isHours(defaultHours) ? { defaultHours } : {}), ...(Object.keys(groups).length ? { byGroup: groups } : {}) };
}

/** The member's yearly requirement: the largest figure among their groups', or the default when none has one. */
export function requiredHours(requirement: CreditRequirement, groups: readonly MemberGroup[]): number {
  const own = groups.map((g) => requirement.byGroup[g]).filter(isHours);
  return own.length ? Math.max(...own) : requirement.defaultHours;
}
