/**
 * What a course request looks like to one member: their part in it (through keyed hashes,
 * so an anonymous request's requester is recognised without the database naming them) and
 * its demand, voices plus answers of learning-needs surveys on its topic.
 */
import { STATUS_ORDER } from './course-request-rules';
import type { Anonymity } from '../store/anonymity';
import type { CourseStore } from '../store/course-store';
import type { CourseRequestRecord, CourseRequestStore } from '../store/course-request-store';
import type { MemberRecord, MembersStore } from '../store/members-store';
import type { QuestionnaireStore } from '../store/questionnaire-store';

export interface RequestDeps {
  requests: CourseRequestStore;
  courses: CourseStore;
  members: MembersStore;
  questionnaires: QuestionnaireStore;
  anonymity: Anonymity;
}

/** Voices that name nobody start with this; member ids never contain a colon. */
export const HIDDEN = 'h:';

/** The keyed hash standing for a member's link to one request (voice, mark, authorship). */
export function requestKey(anonymity: Anonymity, requestId: string, memberId: string): string {
  return anonymity.tag('course-request', requestId, memberId);
}

export function hiddenKey(deps: RequestDeps, requestId: string, memberId: string): string {
  return requestKey(deps.anonymity, requestId, memberId);
}

export interface Relation {
  asked: boolean;
  voiced: boolean;
  unread: boolean;
  key: string;
}

export function relationOf(deps: RequestDeps, r: CourseRequestRecord, memberId: string): Relation {
  const key = hiddenKey(deps, r.id, memberId);
  const asked = r.authorId === memberId || (r.authorTag !== null && r.authorTag === key);
  const voiced = deps.requests.hasVoice(r.id, memberId) || deps.requests.hasVoice(r.id, HIDDEN + key);
  const unread = (asked || voiced) && r.revision > (deps.requests.seen(r.id, key) ?? 0);
  return { asked, voiced, unread, key };
}

/** A member's voice on a request: hidden for the requester of an anonymous one. */
export function voterFor(r: CourseRequestRecord, relation: Relation, memberId: string): string {
  return r.anonymous && relation.asked ? HIDDEN + relation.key : memberId;
}

export interface BranchDemand {
  /** Voices per request id (a filter counts only named voices of the members it keeps). */
  voices: Map<string, number>;
  /** Survey answers per topic. */
  topics: Map<string, number>;
}

/** Question id → option value → topic, for a questionnaire's choice questions. */
function topicOptions(pages: { questions: { id: string; type: string; options?: { value: string; topic?: string }[] }[] }[]) {
  const out = new Map<string, Map<string, string>>();
  for (const q of pages.flatMap((p) => p.questions)) {
    if (q.type !== 'single' && q.type !== 'multiple') continue;
    const topics = new Map((q.options ?? []).filter((o) => o.topic).map((o) => [o.value, o.topic!]));
    if (topics.size) out.set(q.id, topics);
  }
  return out;
}

/**
 * Demand in a branch. Survey answers: each member's latest answer to each questionnaire,
 * one count per topic they chose in it. `keep` limits both to some members; hidden voices
 * (anonymous requesters') then never count, so no filter can narrow down who asked.
 */
export function branchDemand(deps: RequestDeps, branchId: string, keep: ((m: MemberRecord) => boolean) | null): BranchDemand {
  const members = deps.members.membersOfBranch(branchId);
  const kept = keep ? new Set(members.filter(keep).map((m) => m.id)) : null;
  let voices: Map<string, number>;
  if (!kept) voices = deps.requests.voiceCounts(branchId);
  else {
    voices = new Map();
    for (const v of deps.requests.branchVoices(branchId)) if (kept.has(v.voter)) voices.set(v.id, (voices.get(v.id) ?? 0) + 1);
  }
  const topics = new Map<string, number>();
  for (const q of deps.questionnaires.list()) {
    if (q.anonymous) continue;
    const options = topicOptions(q.pages);
    if (!options.size) continue;
    const latest = new Map<string, Record<string, unknown>>();
    for (const a of deps.requests.branchAnswers(q.id, branchId)) latest.set(a.memberId, a.answers);
    for (const [memberId, answers] of latest) {
      if (kept && !kept.has(memberId)) continue;
      const chosen = new Set<string>();
      for (const [questionId, byValue] of options) {
        const answer = answers[questionId];
        for (const value of Array.isArray(answer) ? answer : [answer]) {
          const topic = typeof value === 'string' ? byValue.get(value) : undefined;
          if (topic) chosen.add(topic);
        }
      }
      for (const topic of chosen) topics.set(topic, (topics.get(topic) ?? 0) + 1);
    }
  }
  return { voices, topics };
}

export function demandOf(r: CourseRequestRecord, demand: BranchDemand) {
  const voices = demand.voices.get(r.id) ?? 0;
  const answers = demand.topics.get(r.topic) ?? 0;
  return { voices, answers, total: voices + answers };
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The contract's `CourseRequest` for one member. */
export function requestView(deps: RequestDeps, r: CourseRequestRecord, memberId: string, demand: BranchDemand, allVoices: Map<string, number>) {
  const relation = relationOf(deps, r, memberId);
  const author = r.authorId ? deps.members.member(r.authorId) : null;
  const course = r.courseId ? deps.courses.course(r.courseId) : null;
  const target = r.mergedInto ? deps.requests.get(r.mergedInto) : null;
  return {
    id: r.id,
    branchId: r.branchId,
    title: r.title,
    details: r.details,
    category: r.category,
    topic: r.topic,
    anonymous: r.anonymous,
    requester: r.anonymous || !r.authorId ? null : { id: r.authorId, name: author?.name ?? r.authorId },
    status: r.status,
    revision: r.revision,
    createdOn: r.createdOn,
    statusChangedAt: iso(r.statusChangedAt),
    plannedOn: r.plannedOn,
    course: r.courseId ? { id: r.courseId, title: course?.title ?? r.courseId } : null,
    declineReason: r.declineReason,
    mergedInto: target ? { id: target.id, title: target.title } : null,
    voices: allVoices.get(r.id) ?? 0,
    demand: demandOf(r, demand),
    mine: { asked: relation.asked, voiced: relation.voiced, unread: relation.unread },
  };
}

/** Open requests first, then by demand, newest, id (random: no order of insertion shows). */
export function sortRequests(list: CourseRequestRecord[], demand: BranchDemand): CourseRequestRecord[] {
  const total = new Map(list.map((r) => [r.id, demandOf(r, demand).total]));
  return [...list].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      total.get(b.id)! - total.get(a.id)! ||
      b.createdOn.localeCompare(a.createdOn) ||
      a.id.localeCompare(b.id),
  );
}
