/**
 * What the member's list shows, without DOM: the meetings still to come (and open for
 * check-in) first, soonest first, then those that ended, latest first; which answers each
 * offers; and a refusal from the backend in the member's words (its key in the strings).
 */
import { PbError } from '../../../api/errors.js';
import type { Meeting } from '../../../api/types.js';
import type { MeetingStrings } from '../strings/index.js';

export interface Arranged {
  upcoming: Meeting[];
  past: Meeting[];
}

export function arrange(items: readonly Meeting[]): Arranged {
  const by = (a: Meeting, b: Meeting) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.id.localeCompare(b.id);
  return {
    upcoming: items.filter((m) => m.status !== 'ended').sort(by),
    past: items.filter((m) => m.status === 'ended').sort((a, b) => by(b, a)),
  };
}

/** What the member may do at a meeting now: reply (attend or leave), check in with a code, check in online. */
export function offers(m: Meeting): { reply: boolean; code: boolean; online: boolean } {
  const open = m.mine.expected && !m.mine.checkIn && m.status !== 'ended';
  const checkIn = open && m.status === 'open';
  return { reply: open, code: checkIn, online: checkIn && m.onlineAllowed };
}

export type Refusal = keyof MeetingStrings['refused'];

/** A refused write as one of the strings' refusals, by the problem's type and field error code. */
export function refusalOf(error: unknown): Refusal {
  if (error instanceof PbError && error.retryable) return 'offline';
  const problem = error as { type?: string; fieldErrors?: { pointer: string; code?: string }[] } | null;
  const code = problem?.fieldErrors?.[0]?.code;
  switch (problem?.type) {
    case '/problems/meeting-closed':
      return 'closed';
    case '/problems/already-checked-in':
      return 'already';
    case '/problems/invalid-check-in':
      return code === 'expired' || code === 'incorrect' || code === 'not-expected' || code === 'not-allowed' ? code : code === 'limit-exceeded' ? 'tooMany' : 'other';
    case '/problems/invalid-meeting':
      return code === 'not-expected' ? 'not-expected' : problem.fieldErrors?.[0]?.pointer === '/reason' ? 'reason' : 'other';
    default:
      return 'other';
  }
}

/** Six digits, whatever else was typed (spaces, full-width digits from a Chinese keyboard). */
export function normaliseCode(typed: string): string {
  return typed.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\D/g, '').slice(0, 6);
}
