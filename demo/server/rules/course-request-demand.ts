/**
 * What a course request looks like to one member: their part in it (recognised through a
 * keyed hash, so an anonymous request's requester is known without the database naming
 * them) and its demand, voices plus answers of learning-needs surveys on its topic. Pure:
 * the routes read the voices, marks and answers (store/course-request-store.ts).
 */
import { answerOf } from '../shared-contract';
import { STATUS_ORDER, type CourseRequestRecord } from './course-request-rules';

/** A member's part in a request. `key` is the keyed hash of request and member. */
export interface Relation {
  asked: boolean;
  voiced: boolean;
  unread: boolean;
  key: string;
}

/**
 * `voiced`: the member's voice is there, named or hidden; `seenRevision`: the revision
 * last marked seen under `key` (null: never).
 */
export function relationOf(r: CourseRequestRecord, memberId: string, key: string, facts: { voiced: boolean; seenRevision: number | null }): Relation {
  const asked = r.authorId === memberId || (r.authorTag !== null && r.authorTag === key);
  const unread = (asked || facts.voiced) && r.revision > (facts.seenRevision ?? 0);
  return { asked, voiced: facts.voiced, unread, key };
}

/** The requester of an anonymous request voices it without being named. */
export function votesHidden(r: CourseRequestRecord, relation: Relation): boolean {
  return r.anonymous && relation.asked;
}

/**
 * A merged request's voice joins the target hidden when it was hidden, or when its member
 * is the anonymous target's requester; otherwise named.
 */
export function mergedVoiceHidden(wasHidden: boolean, target: CourseRequestRecord, relation: Relation): boolean {
  return wasHidden || votesHidden(target, relation);
}

export interface BranchDemand {
  /** Voices per request id (a filter counts only named voices of the members it keeps). */
  voices: Map<string, number>;
  /** Survey answers per topic. */
  topics: Map<string, number>;
}

/** Question id → option value → topic, for a questionnaire's choice questions. */
export type TopicOptions = Map<string, Map<string, string>>;

/**
 * The choices of a questionnaire that ask for a topic, or null when none do or the
 * questionnaire is anonymous (its answers name nobody, so they count for no branch).
 */
export function surveyTopics(q: {
  anonymous: boolean;
  pages: { questions: { id: string; type: string; options?: { value: string; topic?: string }[] }[] }[];
}): TopicOptions | null {
  if (q.anonymous) return null;
  const out: TopicOptions = new Map();
  for (const question of q.pages.flatMap((p) => p.questions)) {
    if (question.type !== 'single' && question.type !== 'multiple') continue;
    const topics = new Map((question.options ?? []).filter((o) => o.topic).map((o) => [o.value, o.topic!]));
    if (topics.size) out.set(question.id, topics);
  }
  return out.size ? out : null;
}

export interface DemandInput {
  /** Voices per request, when every member counts; each voice (request id, voter), when `kept` filters. */
  voices: Map<string, number> | readonly { id: string; voter: string }[];
  /** Each survey with topics (surveyTopics), and its named answers by the branch's members, oldest first. */
  surveys: readonly { topics: TopicOptions; answers: readonly { memberId: string; answers: Record<string, unknown> }[] }[];
}

/**
 * Demand in a branch. Survey answers: each member's latest answer to each questionnaire,
 * one count per topic they chose in it. `kept` limits both to some members; hidden voices
 * (anonymous requesters') then never count, so no filter can narrow down who asked.
 */
export function branchDemand(input: DemandInput, kept: ReadonlySet<string> | null): BranchDemand {
  let voices: Map<string, number>;
  if (input.voices instanceof Map) voices = input.voices;
  else {
    voices = new Map();
    for (const v of input.voices) if (!kept || kept.has(v.voter)) voices.set(v.id, (voices.get(v.id) ?? 0) + 1);
  }
  const topics = new Map<string, number>();
  for (const survey of input.surveys) {
    const latest = new Map<string, Record<string, unknown>>();
    for (const a of survey.answers) latest.set(a.memberId, a.answers);
    for (const [memberId, answers] of latest) {
      if (kept && !kept.has(memberId)) continue;
      const chosen = new Set<string>();
      for (const [questionId, byValue] of survey.topics) {
        const answer = answerOf(answers, questionId);
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

/** A filtered view lists only the requests its members asked for in some way. */
export function hasDemand(r: CourseRequestRecord, demand: BranchDemand): boolean {
  return demandOf(r, demand).total > 0;
}

/** Survey topics with their answers and the open requests on each, most asked first. */
export function topicSummary(demand: BranchDemand, requests: readonly CourseRequestRecord[]) {
  const open = requests.filter((r) => r.status === 'received' || r.status === 'planned');
  return [...demand.topics.entries()]
    .map(([topic, answers]) => ({ topic, answers, requests: open.filter((r) => r.topic === topic).length }))
    .sort((a, b) => b.answers - a.answers || a.topic.localeCompare(b.topic));
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Names the view shows beside ids: the requester, the course made available, the merge target. */
export interface RequestRefs {
  requesterName: string | null;
  courseTitle: string | null;
  mergedInto: { id: string; title: string } | null;
}

/** The contract's `CourseRequest` for one member; `allVoices` counts every voice (filters aside). */
export function requestView(r: CourseRequestRecord, relation: Relation, refs: RequestRefs, demand: BranchDemand, allVoices: Map<string, number>) {
  return {
    id: r.id,
    branchId: r.branchId,
    title: r.title,
    details: r.details,
    category: r.category,
    topic: r.topic,
    anonymous: r.anonymous,
    requester: r.anonymous || !r.authorId ? null : { id: r.authorId, name: refs.requesterName ?? r.authorId },
    status: r.status,
    revision: r.revision,
    createdOn: r.createdOn,
    statusChangedAt: iso(r.statusChangedAt),
    plannedOn: r.plannedOn,
    course: r.courseId ? { id: r.courseId, title: refs.courseTitle ?? r.courseId } : null,
    declineReason: r.declineReason,
    mergedInto: refs.mergedInto,
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
