/**
 * Education groups (分类施教): which kinds of member a study assignment can be aimed at.
 * Four are kept per member by the site; migrant follows the member's record, and veteran
 * (老党员) their age and years in the Party on the day asked. Pure.
 */
import { dayOf } from './calendar';

import { MEMBER_GROUPS, type MemberGroup } from '../shared-contract';

export { MEMBER_GROUPS, type MemberGroup };

/** The groups a site keeps per member (the others are derived). */
export const KEPT_GROUPS: readonly MemberGroup[] = ['cadre', 'returned-retiree', 'skilled', 'ordinary'];

/** 老党员: aged 70 or more, or 50 or more years since joining the Party (光荣在党50年). */
export const VETERAN_AGE = 70;
export const VETERAN_PARTY_YEARS = 50;

export interface GroupFacts {
  /** Kept groups, as stored. */
  educationGroups: readonly string[];
  migrant: boolean;
  /** `YYYY-MM-DD`, or null when the site does not know it. */
  bornOn: string | null;
  joinedPartyOn: string | null;
}

/** Whole years from `from` to `day` (both `YYYY-MM-DD`): a birthday counts on its day. */
export function yearsSince(from: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(from.slice(0, 4));
  return day.slice(5) >= from.slice(5) ? years : years - 1;
}

export function isVeteran(facts: GroupFacts, day: string): boolean {
  return (
    (facts.bornOn !== null && yearsSince(facts.bornOn, day) >= VETERAN_AGE) ||
    (facts.joinedPartyOn !== null && yearsSince(facts.joinedPartyOn, day) >= VETERAN_PARTY_YEARS)
  );
}

/** The member's groups on `day`, in the order of MEMBER_GROUPS. */
export function memberGroups(facts: GroupFacts, day: string): MemberGroup[] {
  return MEMBER_GROUPS.filter((group) => {
    if (group === 'migrant') return facts.migrant;
    if (group === 'veteran') return isVeteran(facts, day);
    return facts.educationGroups.includes(group);
  });
}

/** The member's groups at an instant: on its day in China (veteran depends on the day). */
export function groupsOf(facts: GroupFacts, now: number): MemberGroup[] {
  return memberGroups(facts, dayOf(now));
}
