/**
 * A year of history: dues payments (with arrears), study progress and credits, and
 * questionnaire participation, so rankings and charts have something real to show.
 */
import { addMonths, monthOf, monthsBetween, monthStart, type YearMonth } from '../rules/calendar';
import type { Random } from './random';
import type { SeedMember } from './people-data';
import { lessonIdOf, type SeedCourse } from './courses-data';

const DAY = 24 * 60 * 60 * 1000;

export interface DuesRow {
  memberId: string;
  month: YearMonth;
  state: 'paid' | 'exempt';
  paidAt: number | null;
}

/** Members who stop paying for a while: id → months unpaid, ending last month. */
export const ARREARS_PLAN: Record<string, number> = {
  m0001: 2, // the demo member: two overdue months, so the pay flow can be shown
  m0031: 7, // one member at 6+ months (serious)
  m0047: 3,
  m0066: 1,
  m0093: 4,
  m0110: 2,
};

/**
 * Arrears laid over the drawn history (id → months unpaid, ending last month), so the
 * random draws, and every other member's history with them, stay as they were: a 6+ month
 * case in the demo secretary's own branch (b01), for the branch summary.
 */
const ARREARS_OVERLAY: Record<string, number> = { m0004: 7 };

/** Members with an exempt stretch (illness, hardship approved by the branch). */
const EXEMPT_PLAN: Record<string, number> = { m0055: 3, m0088: 2 };

export function duesHistory(members: SeedMember[], now: number, r: Random): DuesRow[] {
  const current = monthOf(now);
  const rows: DuesRow[] = [];
  for (const m of members) {
    const from = addMonths(current, -m.duesStartMonthsAgo);
    const arrears = ARREARS_PLAN[m.id] ?? 0;
    const exempt = EXEMPT_PLAN[m.id] ?? 0;
    const lateHabit = r.chance(0.15);
    for (let month = from; month < current; month = addMonths(month, 1)) {
      const monthsAgo = monthsBetween(month, current);
      if (monthsAgo <= arrears) continue; // unpaid
      if (exempt && monthsAgo > 4 && monthsAgo <= 4 + exempt) {
        rows.push({ memberId: m.id, month, state: 'exempt', paidAt: null });
        continue;
      }
      const late = lateHabit && r.chance(0.5);
      const paidAt = monthStart(late ? addMonths(month, 1) : month) + r.int(2, 24) * DAY + r.int(9, 20) * 3600_000;
      rows.push({ memberId: m.id, month, state: 'paid', paidAt: Math.min(paidAt, now - DAY) });
    }
    // About a third have already paid the current month.
    if (!arrears && r.chance(0.35) && now - monthStart(current) > DAY) {
      rows.push({ memberId: m.id, month: current, state: 'paid', paidAt: monthStart(current) + Math.floor((now - monthStart(current)) / 2) });
    }
  }
  return rows.filter((row) => monthsBetween(row.month, current) > (ARREARS_OVERLAY[row.memberId] ?? -1));
}

export interface ProgressRow {
  memberId: string;
  lessonId: string;
  courseId: string;
  position: number;
  watched: [number, number][];
  credited: number;
  completedAt: number | null;
  updatedAt: number;
}

export interface CreditRow {
  memberId: string;
  lessonId: string;
  seconds: number;
  at: number;
}

/** How keen each member is: a few very active, most moderate, some barely. */
function engagementOf(r: Random, member: SeedMember): number {
  if (member.id === 'm0001') return 0.45;
  const base = r.next();
  return base < 0.15 ? 0.05 + r.next() * 0.15 : base > 0.85 ? 0.85 + r.next() * 0.15 : 0.3 + r.next() * 0.45;
}

export function studyHistory(members: SeedMember[], courses: SeedCourse[], now: number, r: Random) {
  const progress: ProgressRow[] = [];
  const credits: CreditRow[] = [];
  for (const m of members) {
    const engagement = engagementOf(r, m);
    for (const course of courses) {
      const interest = course.required ? engagement : engagement * (m.category === 'farmer' && course.id === 'c-nongye' ? 1.3 : 0.6);
      // In a sequential course nobody studies past a lesson they have not completed. (The
      // random draws stay the same either way, so the rest of the seed does not shift.)
      let blocked = false;
      for (const [index, lesson] of course.lessons.entries()) {
        const lessonId = lessonIdOf(course.id, index);
        if (!r.chance(Math.min(0.95, interest))) {
          blocked ||= course.policy.sequential;
          continue;
        }
        const media = lesson.kind === 'video' || lesson.kind === 'audio';
        const cap = lesson.durationSeconds;
        const finished = r.chance(0.55 + interest * 0.4);
        const credited = finished ? cap * (media ? 1 : 0.6 + r.next() * 0.4) : cap * r.next() * 0.8;
        const roundedCredit = Math.round(credited * 1000) / 1000;
        const completed = media ? roundedCredit >= cap * course.policy.completionCoverage : roundedCredit >= (lesson.minReadingSeconds ?? 0);
        // Spread the credit over one to four sittings within the past year.
        const sittings = r.int(1, 4);
        let at = now - r.int(5, 360) * DAY;
        let last = at;
        const studied: CreditRow[] = [];
        for (let s = 0; s < sittings; s++) {
          const seconds = Math.round((roundedCredit / sittings) * 1000) / 1000;
          if (seconds > 0) studied.push({ memberId: m.id, lessonId, seconds, at: Math.min(at, now - 3600_000) });
          last = Math.min(at, now - 3600_000);
          at += r.int(1, 12) * DAY;
        }
        if (blocked) continue;
        blocked = course.policy.sequential && !completed;
        credits.push(...studied);
        progress.push({
          memberId: m.id,
          lessonId,
          courseId: course.id,
          position: media ? (finished ? 0 : Math.round(roundedCredit)) : 0,
          watched: media && roundedCredit > 0 ? [[0, roundedCredit]] : [],
          credited: roundedCredit,
          completedAt: completed ? last : null,
          updatedAt: last,
        });
      }
    }
  }
  return { progress, credits };
}
