/**
 * Study credit (学时): what a heartbeat batch earns. Pure; the caller loads and stores the
 * states. Three guarantees:
 *
 * - a session is never credited more than the wall-clock time it has been running (plus one
 *   heartbeat period, for the batch that opened it);
 * - a member is never credited more than the wall-clock time that passed, across all their
 *   sessions, lessons, courses and devices (the member's clock, below);
 * - a stretch of media time is credited once per member and lesson, however many tabs or
 *   sessions replay it.
 *
 * Coverage (what completes a lesson) and credit (time studied) have separate budgets: a
 * member playing at 1.5× (within the course's `maxPlaybackRate`) covers 30 s of media in 20 s
 * and is credited 20 s. The media a session may add to coverage is bounded by its wall-clock
 * time × `maxPlaybackRate`, and so is the media all of a member's sessions add together.
 *
 * The member's clock is a watermark, `creditedUntil`: every batch that earns takes the time
 * it earns from the watermark on, and the watermark may run at most one heartbeat period
 * ahead of now. So the time credited in any stretch of wall clock is at most that stretch
 * plus one heartbeat, whatever number of sessions report at once. A session takes its time
 * from no earlier than its own first batch, so a new session cannot claim the hours before
 * it existed, and a session left open cannot claim time already credited elsewhere.
 *
 * Two sessions earning at once would split the clock, and each lesson would earn at half
 * speed: a member reading one lesson would see it credited slowly because a forgotten tab
 * plays another. Instead the session that earned last holds the clock while it keeps
 * earning (until `creditedUntil` passes); other sessions earn nothing meanwhile, and take
 * over once it stops or sends `ended`.
 */
import type { Lesson } from '../types.js';
import { measure, mergeIntervals, type Interval } from './intervals.js';
import { isMedia } from './lessons.js';

export type { Interval };

export interface LessonRules {
  kind: Lesson['kind'];
  /** Media length; for reading lessons the estimated reading time, which caps their credit. */
  durationSeconds: number | null;
  minReadingSeconds: number | null;
  completionCoverage: number;
  heartbeatSeconds: number;
  /** The fastest playback the course allows; bounds how much media a session can cover. */
  maxPlaybackRate: number;
}

export interface LessonCreditState {
  watched: Interval[];
  creditedSeconds: number;
  completed: boolean;
}

export interface SessionCreditState {
  firstReceivedAt: number;
  creditedSeconds: number;
  /** Media seconds this session added to the lesson's coverage. */
  coveredSeconds: number;
  lastSeq: number;
}

/** A member's study clock, across all their sessions (stored per member). */
export interface MemberClock {
  /** Epoch ms up to which the member's time has been credited; at most one heartbeat ahead of the batch that set it. */
  creditedUntil: number;
  /** The session that earned last: while `creditedUntil` is ahead of now, only it earns. Null once it ended. */
  holder: string | null;
}

export interface HeartbeatInput {
  seq: number;
  intervals: Interval[];
  activeSeconds: number;
  /** Which session holds the member's clock; one id per session. */
  sessionId?: string;
  /** The session's last batch: it lets go of the member's clock. */
  ended?: boolean;
}

export interface CreditOutcome {
  creditedNow: number;
  lesson: LessonCreditState;
  session: SessionCreditState;
  /** The member's clock after the batch (unchanged when it earned nothing). */
  clock: MemberClock | null;
  coverage: number;
  furthestSeconds: number;
  /** The batch's seq was not new for its session: acknowledged, nothing credited. */
  duplicate: boolean;
}

/** Float noise: the server keeps what it credits to the microsecond (the contract's intervals merge within a millisecond by default). */
const EPSILON = 1e-6;

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Parts of `intervals` (merged) not covered by `covered` (merged). */
export function subtractIntervals(intervals: Interval[], covered: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const [start, end] of intervals) {
    let cursor = start;
    for (const [cs, ce] of covered) {
      if (ce <= cursor) continue;
      if (cs >= end) break;
      if (cs > cursor) out.push([cursor, Math.min(cs, end)]);
      cursor = Math.max(cursor, ce);
      if (cursor >= end) break;
    }
    if (cursor < end) out.push([cursor, end]);
  }
  return out.filter(([s, e]) => e - s > EPSILON);
}

/** Keep intervals from the earliest until `budget` seconds are used; cut the last one short. */
function takeBudget(intervals: Interval[], budget: number): Interval[] {
  const out: Interval[] = [];
  let left = budget;
  for (const [s, e] of intervals) {
    if (left <= EPSILON) break;
    const len = Math.min(e - s, left);
    out.push([s, s + len]);
    left -= len;
  }
  return out;
}

/** Wall-clock seconds a session may count when a batch arrives at `receivedAt` (one heartbeat of grace). */
function sessionClock(session: SessionCreditState, receivedAt: number, heartbeatSeconds: number): number {
  return Math.max(0, (receivedAt - session.firstReceivedAt) / 1000) + heartbeatSeconds;
}

/** Seconds a session may still be credited when a batch arrives at `receivedAt`. */
export function sessionAllowance(session: SessionCreditState, receivedAt: number, heartbeatSeconds: number): number {
  return Math.max(0, sessionClock(session, receivedAt, heartbeatSeconds) - session.creditedSeconds);
}

/**
 * The member's time a session's batch may use: from the watermark (or the session's first
 * batch, if later) up to one heartbeat past now; none while another session holds the clock.
 */
export function memberAllowance(
  clock: MemberClock | null,
  sessionId: string,
  sessionStartedAt: number,
  receivedAt: number,
  heartbeatSeconds: number,
): { from: number; seconds: number } {
  const from = Math.max(clock?.creditedUntil ?? -Infinity, sessionStartedAt);
  const heldElsewhere = clock !== null && clock.holder !== null && clock.holder !== sessionId && receivedAt < clock.creditedUntil;
  if (heldElsewhere) return { from, seconds: 0 };
  return { from, seconds: Math.max(0, (receivedAt - from) / 1000 + heartbeatSeconds) };
}

export function coverageOf(rules: LessonRules, lesson: LessonCreditState): number {
  if (isMedia(rules)) {
    const duration = rules.durationSeconds ?? 0;
    return duration > 0 ? Math.min(1, measure(lesson.watched, EPSILON) / duration) : 0;
  }
  const target = rules.minReadingSeconds ?? rules.durationSeconds ?? 0;
  return target > 0 ? Math.min(1, lesson.creditedSeconds / target) : 1;
}

export function isLessonComplete(rules: LessonRules, lesson: LessonCreditState): boolean {
  if (isMedia(rules)) return coverageOf(rules, lesson) + EPSILON >= rules.completionCoverage;
  return lesson.creditedSeconds + EPSILON >= (rules.minReadingSeconds ?? 0);
}

/**
 * Credit one batch. `session` is null for the first batch of a session; it starts the
 * session's wall clock at `receivedAt`. `clock` is the member's (null before their first
 * credit).
 */
export function creditBatch(
  rules: LessonRules,
  lesson: LessonCreditState,
  session: SessionCreditState | null,
  batch: HeartbeatInput,
  receivedAt: number,
  clock: MemberClock | null = null,
): CreditOutcome {
  const current: SessionCreditState = session ?? { firstReceivedAt: receivedAt, creditedSeconds: 0, coveredSeconds: 0, lastSeq: -1 };
  if (session && batch.seq <= session.lastSeq) {
    return {
      creditedNow: 0,
      lesson,
      session,
      clock,
      coverage: coverageOf(rules, lesson),
      furthestSeconds: furthestOf(lesson.watched),
      duplicate: true,
    };
  }
  const sessionId = batch.sessionId ?? '';
  const member = memberAllowance(clock, sessionId, current.firstReceivedAt, receivedAt, rules.heartbeatSeconds);
  const allowance = Math.min(sessionAllowance(current, receivedAt, rules.heartbeatSeconds), member.seconds);
  const rate = Math.max(1, rules.maxPlaybackRate);
  let creditedNow = 0;
  let coveredNow = 0;
  let watched = lesson.watched;
  if (isMedia(rules)) {
    const duration = rules.durationSeconds ?? 0;
    const clipped = batch.intervals.map(([s, e]) => [Math.min(s, duration), Math.min(e, duration)] as Interval);
    const fresh = subtractIntervals(mergeIntervals(clipped, EPSILON), watched);
    const sessionCoverable = sessionClock(current, receivedAt, rules.heartbeatSeconds) * rate - current.coveredSeconds;
    const coverable = Math.max(0, Math.min(sessionCoverable, member.seconds * rate));
    const taken = takeBudget(fresh, coverable);
    coveredNow = measure(taken, EPSILON);
    creditedNow = Math.min(coveredNow, allowance);
    watched = mergeIntervals([...watched, ...taken], EPSILON).map(([s, e]) => [round3(s), round3(e)] as Interval);
  } else {
    const cap = rules.durationSeconds ?? rules.minReadingSeconds ?? 0;
    creditedNow = Math.max(0, Math.min(batch.activeSeconds, allowance, cap - lesson.creditedSeconds));
  }
  creditedNow = round3(creditedNow);
  const nextLesson: LessonCreditState = {
    watched,
    creditedSeconds: round3(lesson.creditedSeconds + creditedNow),
    completed: lesson.completed,
  };
  nextLesson.completed = lesson.completed || isLessonComplete(rules, nextLesson);
  return {
    creditedNow,
    lesson: nextLesson,
    session: {
      firstReceivedAt: current.firstReceivedAt,
      creditedSeconds: round3(current.creditedSeconds + creditedNow),
      coveredSeconds: round3(current.coveredSeconds + coveredNow),
      lastSeq: batch.seq,
    },
    clock: nextClock(clock, sessionId, member.from, Math.max(creditedNow, coveredNow / rate), batch.ended === true),
    coverage: round3(coverageOf(rules, nextLesson)),
    furthestSeconds: furthestOf(watched),
    duplicate: false,
  };
}

/** The member's clock after a batch used `usedSeconds` of it from `from` (media covered at speed uses less than its length). */
function nextClock(clock: MemberClock | null, sessionId: string, from: number, usedSeconds: number, ended: boolean): MemberClock | null {
  if (usedSeconds <= EPSILON) {
    // A holder that ends lets go even when its last batch earned nothing.
    return clock && ended && clock.holder === sessionId ? { ...clock, holder: null } : clock;
  }
  return { creditedUntil: Math.round(from + usedSeconds * 1000), holder: ended ? null : sessionId };
}

export function furthestOf(watched: Interval[]): number {
  return watched.length ? watched[watched.length - 1]![1] : 0;
}
