/** Seeds the education data of education-data.ts: groups, course requests, assignments. */
import { createHash } from 'node:crypto';
import type { Db } from '../db/database';
import { dayOf } from '../rules/calendar';
import { HIDDEN, requestKey } from '../store/course-request-keys';
import type { Anonymity } from '../store/anonymity';
import { createCourseRequestStore, type CourseRequestRecord } from '../store/course-request-store';
import { createStudyPlanStore } from '../store/study-plan-store';
import { lessonIdOf, type SeedCourse } from './courses-data';
import { DEMO_MEMBER_COMPLETED, educationFactsOf, SEED_ASSIGNMENTS, SEED_REQUESTS } from './education-data';
import type { SeedMember } from './people-data';

const DAY = 24 * 60 * 60 * 1000;

/** A stable id that looks like any other (random ids keep no order of insertion). */
const idOf = (prefix: string, key: string) => `${prefix}_${createHash('sha256').update(`seed:${key}`).digest('base64url').slice(0, 12)}`;

export function seedEducation(db: Db, options: { now: number; members: SeedMember[]; courses: SeedCourse[]; anonymity: Anonymity }): void {
  const { now, anonymity } = options;
  const year = Number(dayOf(now).slice(0, 4));
  const setFacts = db.prepare('UPDATE members SET education_groups = ?, born_on = ?, joined_party_on = ? WHERE id = ?');
  for (const m of options.members) {
    const facts = educationFactsOf(m);
    const n = Number(m.id.slice(1));
    const bornYear = year - facts.age;
    const monthDay = `${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
    setFacts.run(facts.groups.join(','), `${bornYear}-${monthDay}`, `${bornYear + facts.joinedAtAge}-07-01`, m.id);
  }

  const requests = createCourseRequestStore(db);
  const ids = new Map(SEED_REQUESTS.map((r) => [r.key, idOf('cr', r.key)]));
  const voiceOf = (requestId: string, memberId: string, hidden: boolean) => (hidden ? HIDDEN + requestKey(anonymity, requestId, memberId) : memberId);
  for (const s of SEED_REQUESTS) {
    const id = ids.get(s.key)!;
    const author = s.author ?? s.anonymousAuthor!;
    const record: CourseRequestRecord = {
      id,
      branchId: s.branchId,
      title: s.title,
      details: s.details,
      category: s.category,
      topic: s.category,
      anonymous: s.author === null,
      authorId: s.author,
      authorTag: s.author === null ? requestKey(anonymity, id, author) : null,
      status: s.status,
      revision: s.revision,
      createdOn: dayOf(now - s.createdDaysAgo * DAY),
      statusChangedAt: s.changedDaysAgo === undefined ? null : now - s.changedDaysAgo * DAY,
      plannedOn: s.plannedInDays === undefined ? null : dayOf(now + s.plannedInDays * DAY),
      courseId: s.courseId ?? null,
      declineReason: s.declineReason ?? null,
      mergedInto: s.mergedInto ? ids.get(s.mergedInto)! : null,
    };
    requests.insert(record);
    requests.addVoice(id, voiceOf(id, author, s.author === null));
    for (const voter of s.voices) requests.addVoice(id, voter);
    for (const viewer of s.seenBy ?? []) requests.markSeen(id, requestKey(anonymity, id, viewer), s.revision);
  }
  // A merged request's voices also count on the request it joined, each member once.
  for (const s of SEED_REQUESTS.filter((r) => r.mergedInto)) {
    const target = SEED_REQUESTS.find((r) => r.key === s.mergedInto)!;
    const targetId = ids.get(target.key)!;
    for (const voter of [s.author ?? s.anonymousAuthor!, ...s.voices]) {
      if (voter === target.author || target.voices.includes(voter)) continue;
      requests.addVoice(targetId, voiceOf(targetId, voter, s.author === null && voter === s.anonymousAuthor));
      requests.markSeen(targetId, requestKey(anonymity, targetId, voter), target.revision);
    }
  }

  const plans = createStudyPlanStore(db);
  for (const a of SEED_ASSIGNMENTS) {
    const dueOn = a.dueInDays !== undefined ? dayOf(now + a.dueInDays * DAY) : a.dueNextYearOn ? `${year + 1}-${a.dueNextYearOn}` : null;
    plans.insert({
      id: idOf('sa', a.key),
      branchId: a.branchId,
      title: a.title,
      courseIds: a.courseIds,
      dueOn,
      hoursPerYear: a.hoursPerYear ?? null,
      groups: a.groups,
      memberIds: a.memberIds ?? [],
      createdAt: now - a.createdDaysAgo * DAY,
    });
  }

  // The demo member finished one assigned course, so their plan shows a done item.
  const { memberId, courseId, daysAgo } = DEMO_MEMBER_COMPLETED;
  const course = options.courses.find((c) => c.id === courseId)!;
  const progress = db.prepare(
    `INSERT OR REPLACE INTO lesson_progress (member_id, lesson_id, course_id, position_seconds, watched, credited_seconds, completed_at, updated_at)
     VALUES (?, ?, ?, 0, ?, ?, ?, ?)`,
  );
  const credit = db.prepare('INSERT INTO study_credits (member_id, lesson_id, seconds, at) VALUES (?, ?, ?, ?)');
  course.lessons.forEach((lesson, i) => {
    const at = now - (daysAgo - i) * DAY;
    const media = lesson.kind === 'video' || lesson.kind === 'audio';
    const seconds = media ? lesson.durationSeconds : Math.max(lesson.minReadingSeconds ?? 0, Math.min(lesson.durationSeconds, 120));
    progress.run(memberId, lessonIdOf(courseId, i), courseId, JSON.stringify(media ? [[0, seconds]] : []), seconds, at, at);
    credit.run(memberId, lessonIdOf(courseId, i), seconds, at);
  });
}
