/**
 * listCourseRequests, createCourseRequest, findSimilarCourseRequests, markCourseRequestsSeen,
 * setCourseRequestVoice, setCourseRequestStatus, getBranchCourseRequests.
 *
 * Every write is sealed (its idempotency record names neither member nor request), since
 * each answers with the caller's part in a request, which for an anonymous requester is
 * the very pairing the database must not hold.
 */
import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { pageOf } from '../http/cursor';
import { mountOperation, type OperationDeps } from '../http/operation';
import { HttpProblem, problems, type FieldError } from '../http/problem';
import { canManageBranch } from '../rules/branch-access';
import {
  branchDemand,
  hasDemand,
  mergedVoiceHidden,
  relationOf,
  requestView,
  sortRequests,
  surveyTopics,
  topicSummary,
  votesHidden,
  type BranchDemand,
  type Relation,
} from '../rules/course-request-demand';
import {
  applyStatusChange,
  categoryError,
  changeShapeErrors,
  newCourseRequest,
  SIMILARITY_THRESHOLD,
  takesVoices,
  titleDice,
  titleError,
  titleSimilarity,
  type NewRequestInput,
  type StatusChange,
} from '../rules/course-request-rules';
import { groupsOf, type MemberGroup } from '../rules/member-groups';
import { HIDDEN, requestKey } from '../store/course-request-keys';
import type { CourseRequestRecord } from '../store/course-request-store';
import type { MemberRecord } from '../store/members-store';
import type { Services } from './services';

const sealed = { sealed: true };
const newId = () => `cr_${randomBytes(9).toString('base64url')}`;

const invalid = (error: FieldError) =>
  new HttpProblem(422, 'invalid-course-request', 'The course request names something that is not there', { errors: [error] });
const closed = (r: CourseRequestRecord) =>
  new HttpProblem(409, 'course-request-closed', 'Voices can no longer change', { detail: `The request is ${r.status}; voices change only while it is received or planned.` });

export function mountCourseRequestRoutes(app: Hono, deps: OperationDeps, services: Services): void {
  const { courseRequests: requests, courses, members, questionnaires, anonymity } = services;
  const keyOf = (requestId: string, memberId: string) => requestKey(anonymity, requestId, memberId);

  /** The member's part in a request, from their voice (named or hidden) and seen mark. */
  const relation = (r: CourseRequestRecord, memberId: string): Relation => {
    const key = keyOf(r.id, memberId);
    const voiced = requests.hasVoice(r.id, memberId) || requests.hasVoice(r.id, HIDDEN + key);
    return relationOf(r, memberId, key, { voiced, seenRevision: requests.seen(r.id, key) });
  };

  /** Demand in a branch, of the members `keep` keeps (all when null). */
  const demandIn = (branchId: string, keep: ((m: MemberRecord) => boolean) | null): BranchDemand => {
    const kept = keep ? new Set(members.membersOfBranch(branchId).filter(keep).map((m) => m.id)) : null;
    const surveys = questionnaires.list().flatMap((q) => {
      const topics = surveyTopics(q);
      return topics ? [{ topics, answers: requests.branchAnswers(q.id, branchId) }] : [];
    });
    return branchDemand({ voices: kept ? requests.branchVoices(branchId) : requests.voiceCounts(branchId), surveys }, kept);
  };

  const view = (r: CourseRequestRecord, memberId: string, demand: BranchDemand, allVoices: Map<string, number>) => {
    const target = r.mergedInto ? requests.get(r.mergedInto) : null;
    const refs = {
      requesterName: r.authorId ? (members.member(r.authorId)?.name ?? null) : null,
      courseTitle: r.courseId ? (courses.course(r.courseId)?.title ?? null) : null,
      mergedInto: target ? { id: target.id, title: target.title } : null,
    };
    return requestView(r, relation(r, memberId), refs, demand, allVoices);
  };

  const visible = (id: string, member: MemberRecord): CourseRequestRecord => {
    const r = requests.get(id);
    // Another branch's request is as good as missing: ids are not to be probed.
    if (!r || (r.branchId !== member.branchId && !member.roles.includes('admin'))) throw problems.notFound('Course request');
    return r;
  };
  const viewFor = (r: CourseRequestRecord, member: MemberRecord) => {
    const demand = demandIn(r.branchId, null);
    return view(r, member.id, demand, demand.voices);
  };

  mountOperation(app, deps, 'listCourseRequests', ({ member, query }) => {
    const demand = demandIn(member.branchId, null);
    const all = requests.ofBranch(member.branchId);
    const relations = new Map(all.map((r) => [r.id, relation(r, member.id)]));
    const listed = all.filter((r) => {
      const rel = relations.get(r.id)!;
      return (query.status === undefined || r.status === query.status) && (query.mine !== true || rel.asked || rel.voiced);
    });
    const page = pageOf(sortRequests(listed, demand), query);
    return {
      status: 200,
      body: {
        ...page,
        items: page.items.map((r) => view(r, member.id, demand, demand.voices)),
        unread: [...relations.values()].filter((rel) => rel.unread).length,
      },
    };
  });

  mountOperation(app, deps, 'findSimilarCourseRequests', ({ member, query }) => {
    const title = query.title as string;
    const demand = demandIn(member.branchId, null);
    const close = <T>(items: T[], titleOf: (item: T) => string) =>
      items
        .map((item) => ({ item, score: titleSimilarity(title, titleOf(item)) }))
        .filter((s) => s.score >= SIMILARITY_THRESHOLD)
        .sort((a, b) => b.score - a.score || titleDice(title, titleOf(b.item)) - titleDice(title, titleOf(a.item)) || titleOf(a.item).localeCompare(titleOf(b.item)))
        .slice(0, 5);
    const candidates = requests.ofBranch(member.branchId).filter((r) => r.status !== 'merged');
    return {
      status: 200,
      body: {
        requests: close(candidates, (r) => r.title).map(({ item, score }) => ({ request: view(item, member.id, demand, demand.voices), score })),
        courses: close(courses.courses(), (c) => c.title).map(({ item, score }) => ({ id: item.id, title: item.title, category: item.category, score })),
      },
    };
  });

  mountOperation(
    app,
    deps,
    'createCourseRequest',
    ({ member, body, now }) => {
      const input = body as NewRequestInput;
      const error = titleError(input.title);
      if (error) throw problems.validation([error]);
      const wrongCategory = categoryError(input.category, new Set(courses.courses().map((c) => c.category)));
      if (wrongCategory) throw invalid(wrongCategory);
      const id = newId();
      const tag = keyOf(id, member.id);
      const record = newCourseRequest(id, input, member, tag, now);
      requests.insert(record);
      requests.addVoice(id, input.anonymous ? HIDDEN + tag : member.id);
      return { status: 201, body: viewFor(record, member) };
    },
    sealed,
  );

  mountOperation(
    app,
    deps,
    'setCourseRequestVoice',
    ({ member, params, body }) => {
      const r = visible(params.requestId!, member);
      if (r.branchId !== member.branchId) throw problems.notFound('Course request');
      const { voiced } = body as { voiced: boolean };
      const rel = relation(r, member.id);
      if (rel.voiced !== voiced) {
        if (!takesVoices(r.status)) throw closed(r);
        if (voiced) {
          requests.addVoice(r.id, votesHidden(r, rel) ? HIDDEN + rel.key : member.id);
          // A voice added now sees the request as it is: earlier changes are not news.
          requests.markSeen(r.id, rel.key, r.revision);
        } else {
          requests.removeVoice(r.id, member.id);
          requests.removeVoice(r.id, HIDDEN + rel.key);
        }
      }
      return { status: 200, body: viewFor(r, member) };
    },
    sealed,
  );

  mountOperation(
    app,
    deps,
    'markCourseRequestsSeen',
    ({ member, body }) => {
      for (const { id, revision } of (body as { seen: { id: string; revision: number }[] }).seen) {
        const r = requests.get(id);
        if (!r || r.branchId !== member.branchId) continue;
        const rel = relation(r, member.id);
        if (rel.asked || rel.voiced) requests.markSeen(r.id, rel.key, Math.min(revision, r.revision));
      }
      const unread = requests.ofBranch(member.branchId).filter((r) => relation(r, member.id).unread).length;
      return { status: 200, body: { unread } };
    },
    sealed,
  );

  mountOperation(
    app,
    deps,
    'setCourseRequestStatus',
    ({ member, params, body, now }) => {
      const r = visible(params.requestId!, member);
      if (!canManageBranch(member, r.branchId)) throw problems.forbidden('Only the branch secretary can answer its course requests');
      const change = body as StatusChange;
      const errors = changeShapeErrors(change);
      if (errors.length) throw problems.validation(errors);
      const outcome = applyStatusChange(r, change, now, {
        target: change.status === 'merged' ? requests.get(change.mergedInto!) : null,
        courseExists: change.status === 'available' && courses.course(change.courseId!) !== null,
      });
      if (outcome.refused === 'transition') throw new HttpProblem(409, 'status-transition', 'The request cannot move to that status', { detail: outcome.detail });
      if (outcome.refused === 'invalid') throw invalid(outcome.error);
      if (outcome.target) {
        moveVoices(r, outcome.target);
        if (change.topic !== undefined) requests.update(outcome.target);
      }
      requests.update(outcome.next);
      return { status: 200, body: viewFor(outcome.next, member) };
    },
    sealed,
  );

  /**
   * The merged request's voices join the target, each member once. A voice that names
   * nobody is matched to its member with the key (trying every member), and stays one that
   * names nobody. The merged request keeps its rows: its voicers still see it as theirs.
   */
  function moveVoices(from: CourseRequestRecord, to: CourseRequestRecord): void {
    let everyone: MemberRecord[] | null = null;
    for (const voter of requests.voters(from.id)) {
      let memberId: string | null = voter;
      const hidden = voter.startsWith(HIDDEN);
      if (hidden) {
        everyone ??= members.allMembers();
        memberId = everyone.find((m) => HIDDEN + keyOf(from.id, m.id) === voter)?.id ?? null;
      }
      if (memberId === null) continue;
      const rel = relation(to, memberId);
      if (rel.voiced) continue;
      requests.addVoice(to.id, mergedVoiceHidden(hidden, to, rel) ? HIDDEN + rel.key : memberId);
      requests.markSeen(to.id, rel.key, to.revision);
    }
  }

  mountOperation(app, deps, 'getBranchCourseRequests', ({ member, params, query, now }) => {
    if (!canManageBranch(member, params.branchId!)) throw problems.forbidden('Only the branch secretary can see its course requests by demand');
    const branch = members.branch(params.branchId!);
    if (!branch) throw problems.notFound('Branch');
    const group = query.group as MemberGroup | undefined;
    const category = query.category as string | undefined;
    const keep =
      group !== undefined || category !== undefined
        ? (m: MemberRecord) => (group === undefined || groupsOf(m, now).includes(group)) && (category === undefined || m.category === category)
        : null;
    const demand = demandIn(branch.id, keep);
    const all = requests.ofBranch(branch.id);
    const listed = all.filter((r) => (query.status === undefined || r.status === query.status) && (!keep || hasDemand(r, demand)));
    const page = pageOf(sortRequests(listed, demand), query);
    const allVoices = keep ? requests.voiceCounts(branch.id) : demand.voices;
    return {
      status: 200,
      body: {
        branchId: branch.id,
        branchName: branch.name,
        ...page,
        items: page.items.map((r) => view(r, member.id, demand, allVoices)),
        topics: topicSummary(demand, all),
      },
    };
  });
}
