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
import { dayOf } from '../rules/calendar';
import {
  canMove,
  canReceiveMerge,
  SIMILARITY_THRESHOLD,
  takesVoices,
  titleDice,
  titleSimilarity,
  type RequestStatus,
} from '../rules/course-request-rules';
import { isCalendarDay } from '../rules/study-plan';
import type { MemberGroup } from '../rules/member-groups';
import type { CourseRequestRecord } from '../store/course-request-store';
import { groupsOf, type MemberRecord } from '../store/members-store';
import {
  branchDemand,
  HIDDEN,
  hiddenKey,
  relationOf,
  requestView,
  sortRequests,
  voterFor,
  type BranchDemand,
  type RequestDeps,
} from '../rules/course-request-demand';
import { canManageBranch } from '../rules/branch-access';
import type { Services } from './services';

const sealed = { sealed: true };
const newId = () => `cr_${randomBytes(9).toString('base64url')}`;

const invalid = (pointer: string, detail: string) =>
  new HttpProblem(422, 'invalid-course-request', 'The course request names something that is not there', { errors: [{ pointer, detail }] });
const closed = (r: CourseRequestRecord) =>
  new HttpProblem(409, 'course-request-closed', 'Voices can no longer change', { detail: `The request is ${r.status}; voices change only while it is received or planned.` });

interface StatusChange {
  status: Exclude<RequestStatus, 'received'>;
  plannedOn?: string;
  courseId?: string;
  reason?: string;
  mergedInto?: string;
  topic?: string;
}

/** What each status needs, and takes (besides `topic`). */
const CHANGE_FIELD = { planned: 'plannedOn', available: 'courseId', declined: 'reason', merged: 'mergedInto' } as const;

function checkChangeShape(change: StatusChange): void {
  const errors: FieldError[] = [];
  const needed = CHANGE_FIELD[change.status];
  if (change[needed] === undefined) errors.push({ pointer: `/${needed}`, detail: `is required when status is ${change.status}` });
  for (const field of Object.values(CHANGE_FIELD)) {
    if (field !== needed && change[field] !== undefined) errors.push({ pointer: `/${field}`, detail: `is not taken when status is ${change.status}` });
  }
  if (change.plannedOn !== undefined && !isCalendarDay(change.plannedOn)) errors.push({ pointer: '/plannedOn', detail: 'is not a day of the calendar' });
  if (change.reason !== undefined && change.reason.trim().length < 2) errors.push({ pointer: '/reason', detail: 'must have at least 2 characters besides spaces' });
  if (change.topic !== undefined && !change.topic.trim()) errors.push({ pointer: '/topic', detail: 'must not be blank' });
  if (errors.length) throw problems.validation(errors);
}

export function mountCourseRequestRoutes(app: Hono, deps: OperationDeps, services: Services): void {
  const { courseRequests: requests, courses, members, questionnaires, anonymity } = services;
  const rd: RequestDeps = { requests, courses, members, questionnaires, anonymity };

  const visible = (id: string, member: MemberRecord): CourseRequestRecord => {
    const r = requests.get(id);
    // Another branch's request is as good as missing: ids are not to be probed.
    if (!r || (r.branchId !== member.branchId && !member.roles.includes('admin'))) throw problems.notFound('Course request');
    return r;
  };
  const viewFor = (r: CourseRequestRecord, member: MemberRecord, demand?: BranchDemand) => {
    const d = demand ?? branchDemand(rd, r.branchId, null);
    return requestView(rd, r, member.id, d, d.voices);
  };

  mountOperation(app, deps, 'listCourseRequests', ({ member, query }) => {
    const demand = branchDemand(rd, member.branchId, null);
    const all = requests.ofBranch(member.branchId);
    const relations = new Map(all.map((r) => [r.id, relationOf(rd, r, member.id)]));
    const listed = all.filter((r) => {
      const rel = relations.get(r.id)!;
      return (query.status === undefined || r.status === query.status) && (query.mine !== true || rel.asked || rel.voiced);
    });
    const page = pageOf(sortRequests(listed, demand), query);
    return {
      status: 200,
      body: {
        ...page,
        items: page.items.map((r) => requestView(rd, r, member.id, demand, demand.voices)),
        unread: [...relations.values()].filter((rel) => rel.unread).length,
      },
    };
  });

  mountOperation(app, deps, 'findSimilarCourseRequests', ({ member, query }) => {
    const title = query.title as string;
    const demand = branchDemand(rd, member.branchId, null);
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
        requests: close(candidates, (r) => r.title).map(({ item, score }) => ({ request: requestView(rd, item, member.id, demand, demand.voices), score })),
        courses: close(courses.courses(), (c) => c.title).map(({ item, score }) => ({ id: item.id, title: item.title, category: item.category, score })),
      },
    };
  });

  mountOperation(
    app,
    deps,
    'createCourseRequest',
    ({ member, body, now }) => {
      const input = body as { title: string; details?: string; category: string; anonymous: boolean };
      const title = input.title.trim();
      if ([...title.replace(/\s+/gu, '')].length < 2) throw problems.validation([{ pointer: '/title', detail: 'must have at least 2 characters besides spaces' }]);
      const categories = new Set(courses.courses().map((c) => c.category));
      if (!categories.has(input.category)) throw invalid('/category', `is not a course category (${[...categories].join('、')})`);
      const id = newId();
      const tag = hiddenKey(rd, id, member.id);
      const record: CourseRequestRecord = {
        id,
        branchId: member.branchId,
        title,
        details: (input.details ?? '').trim(),
        category: input.category,
        topic: input.category,
        anonymous: input.anonymous,
        authorId: input.anonymous ? null : member.id,
        authorTag: input.anonymous ? tag : null,
        status: 'received',
        revision: 0,
        // The day only: a time would point at whoever was online then.
        createdOn: dayOf(now),
        statusChangedAt: null,
        plannedOn: null,
        courseId: null,
        declineReason: null,
        mergedInto: null,
      };
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
      const relation = relationOf(rd, r, member.id);
      if (relation.voiced !== voiced) {
        if (!takesVoices(r.status)) throw closed(r);
        if (voiced) {
          requests.addVoice(r.id, voterFor(r, relation, member.id));
          // A voice added now sees the request as it is: earlier changes are not news.
          requests.markSeen(r.id, relation.key, r.revision);
        } else {
          requests.removeVoice(r.id, member.id);
          requests.removeVoice(r.id, HIDDEN + relation.key);
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
        const relation = relationOf(rd, r, member.id);
        if (relation.asked || relation.voiced) requests.markSeen(r.id, relation.key, Math.min(revision, r.revision));
      }
      const unread = requests.ofBranch(member.branchId).filter((r) => relationOf(rd, r, member.id).unread).length;
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
      checkChangeShape(change);
      if (!canMove(r.status, change.status)) {
        throw new HttpProblem(409, 'status-transition', 'The request cannot move to that status', {
          detail: `The request is ${r.status}: it cannot become ${change.status}.`,
        });
      }
      const next: CourseRequestRecord = { ...r, status: change.status, revision: r.revision + 1, statusChangedAt: now };
      if (change.topic !== undefined && change.status !== 'merged') next.topic = change.topic.trim();
      if (change.status === 'planned') {
        if (change.plannedOn! < dayOf(now)) throw invalid('/plannedOn', `is before today (${dayOf(now)})`);
        next.plannedOn = change.plannedOn!;
      } else if (change.status === 'available') {
        if (!courses.course(change.courseId!)) throw invalid('/courseId', 'is not a course of the catalog');
        next.courseId = change.courseId!;
      } else if (change.status === 'declined') {
        next.declineReason = change.reason!.trim();
      } else {
        const target = requests.get(change.mergedInto!);
        if (!target || target.branchId !== r.branchId) throw invalid('/mergedInto', 'is not a request of this branch');
        if (target.id === r.id) throw invalid('/mergedInto', 'is the request itself');
        if (!canReceiveMerge(target.status)) throw invalid('/mergedInto', `is ${target.status}: merge into a received, planned or available request`);
        moveVoices(r, target);
        if (change.topic !== undefined) requests.update({ ...target, topic: change.topic.trim() });
        next.mergedInto = target.id;
      }
      requests.update(next);
      return { status: 200, body: viewFor(next, member) };
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
      let hidden = false;
      if (voter.startsWith(HIDDEN)) {
        hidden = true;
        everyone ??= members.allMembers();
        memberId = everyone.find((m) => HIDDEN + hiddenKey(rd, from.id, m.id) === voter)?.id ?? null;
      }
      if (memberId === null) continue;
      const relation = relationOf(rd, to, memberId);
      if (relation.voiced) continue;
      requests.addVoice(to.id, hidden || (to.anonymous && relation.asked) ? HIDDEN + relation.key : memberId);
      requests.markSeen(to.id, relation.key, to.revision);
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
    const demand = branchDemand(rd, branch.id, keep);
    const all = requests.ofBranch(branch.id);
    const listed = all.filter(
      (r) => (query.status === undefined || r.status === query.status) && (!keep || (demand.voices.get(r.id) ?? 0) + (demand.topics.get(r.topic) ?? 0) > 0),
    );
    const page = pageOf(sortRequests(listed, demand), query);
    const allVoices = keep ? requests.voiceCounts(branch.id) : demand.voices;
    const open = all.filter((r) => r.status === 'received' || r.status === 'planned');
    const topics = [...demand.topics.entries()]
      .map(([topic, answers]) => ({ topic, answers, requests: open.filter((r) => r.topic === topic).length }))
      .sort((a, b) => b.answers - a.answers || a.topic.localeCompare(b.topic));
    return {
      status: 200,
      body: {
        branchId: branch.id,
        branchName: branch.name,
        ...page,
        items: page.items.map((r) => requestView(rd, r, member.id, demand, allVoices)),
        topics,
      },
    };
  });
}
