/**
 * Fills an empty database with the deterministic demo data, relative to `now` (so the
 * demo always has a current year of history). Runs in one transaction.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/database';
import { dayOf, monthOf, addMonths } from '../rules/calendar';
import { duesBasis } from '../rules/dues-rules';
import { hashPassword } from '../store/auth-store';
import { createAuthStore } from '../store/auth-store';
import { DEMO_ROOT } from '../paths';
import { createAnonymity } from '../store/anonymity';
import { duesHistory, studyHistory } from './activity';
import { lessonIdOf, SEED_COURSES } from './courses-data';
import { seedEducation } from './education';
import { seedMeetings } from './meetings';
import { participationHistory } from './participation';
import { COMMITTEE_NAME, generateMembers, SEED_BRANCHES } from './people-data';
import { SEED_QUESTIONNAIRES } from './questionnaires-data';
import { createRandom } from './random';

/** Demo bearer tokens, documented in the README (for curl and API clients). */
export const DEMO_TOKENS: Record<string, string> = {
  m0001: 'demo-member-token',
  m0002: 'demo-secretary-token',
};

export const DEMO_ACCOUNTS = [
  { username: 'demo-member', password: 'demo', description: '第一党支部 普通党员（在职，月基数 4,800 元）', token: DEMO_TOKENS.m0001! },
  { username: 'demo-secretary', password: 'demo', description: '第一党支部 书记', token: DEMO_TOKENS.m0002! },
];

function fileSize(url: string): number {
  try {
    return statSync(join(DEMO_ROOT, url)).size;
  } catch {
    return 0;
  }
}

/**
 * `anonymityKey` must be the key the server will run with (AppOptions.anonymityKey): the
 * seed's anonymous course requests are linked to their members only through it.
 */
export function seedDatabase(db: Db, options: { now: number; seed?: number; anonymityKey: Buffer }): void {
  const now = options.now;
  const r = createRandom(options.seed ?? 20_260_101);
  const members = generateMembers(r);
  const insert = {
    setting: db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)'),
    branch: db.prepare('INSERT INTO branches (id, name, sort, contact_name, contact_phone) VALUES (?, ?, ?, ?, ?)'),
    member: db.prepare(
      `INSERT INTO members (id, username, password_hash, name, branch_id, roles, category, migrant, base_fen, dues_from)
       VALUES (@id, @username, @passwordHash, @name, @branchId, @roles, @category, @migrant, @baseFen, @duesFrom)`,
    ),
    course: db.prepare(
      'INSERT INTO courses (id, sort, title, description, category, required, cover_url, credit_hours, policy) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    lesson: db.prepare(
      `INSERT INTO lessons (id, course_id, sort, title, kind, duration_seconds, min_reading_seconds, media, document, article_html, attachments)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    questionnaire: db.prepare(
      `INSERT INTO questionnaires (id, sort, title, description, mode, opens_at, closes_at, allow_retake, anonymous, show_answers,
         time_limit_seconds, pass_mark, pages, answer_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    dues: db.prepare('INSERT INTO dues_months (member_id, month, state, amount_fen, paid_at) VALUES (?, ?, ?, ?, ?)'),
    progress: db.prepare(
      `INSERT INTO lesson_progress (member_id, lesson_id, course_id, position_seconds, watched, credited_seconds, completed_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    credit: db.prepare('INSERT INTO study_credits (member_id, lesson_id, seconds, at) VALUES (?, ?, ?, ?)'),
    participation: db.prepare('INSERT INTO participations (id, questionnaire_id, member_id, submitted_at) VALUES (?, ?, ?, ?)'),
    submission: db.prepare(
      'INSERT INTO submissions (id, questionnaire_id, member_id, answers, result, late, submitted_at, submitted_on) VALUES (?, ?, ?, ?, ?, 0, ?, ?)',
    ),
    // Anonymous rows take random keys from the table's default: nothing derived from the participation.
    grade: db.prepare('INSERT INTO evaluation_grades (questionnaire_id, branch_id, ratee_id, grade) VALUES (?, ?, ?, ?)'),
    anonymousSubmission: db.prepare('INSERT INTO submissions (questionnaire_id, answers, result, late) VALUES (?, ?, ?, 0)'),
  };

  db.transaction(() => {
    insert.setting.run('committee_name', COMMITTEE_NAME);
    insert.setting.run('farmer_dues_fen', '50');
    SEED_BRANCHES.forEach((b, i) => {
      const secretary = members.find((m) => m.branchId === b.id && m.roles.includes('secretary'));
      insert.branch.run(b.id, b.name, i + 1, secretary?.name ?? '组织委员', b.contactPhone);
    });
    const current = monthOf(now);
    for (const m of members) {
      insert.member.run({
        id: m.id,
        username: m.username,
        // Fixed salts keep the seed deterministic; these are published demo passwords anyway.
        passwordHash: m.username ? hashPassword('demo', `seed-${m.username}`) : null,
        name: m.name,
        branchId: m.branchId,
        roles: m.roles.join(','),
        category: m.category,
        migrant: m.migrant ? 1 : 0,
        baseFen: m.baseFen,
        duesFrom: addMonths(current, -m.duesStartMonthsAgo),
      });
    }

    SEED_COURSES.forEach((c, i) => {
      insert.course.run(c.id, i + 1, c.title, c.description, c.category, c.required ? 1 : 0, `/assets/covers/${c.id}.svg`, c.creditHours, JSON.stringify(c.policy));
      c.lessons.forEach((l, j) => {
        const attachments = (l.attachments ?? []).map((a) => ({ id: a.id, name: a.name, url: `/assets/media/${a.file}`, type: a.type, sizeBytes: fileSize(`assets/media/${a.file}`) }));
        insert.lesson.run(
          lessonIdOf(c.id, j), c.id, j + 1, l.title, l.kind, l.durationSeconds, l.minReadingSeconds ?? null,
          l.media ? JSON.stringify(l.media) : null, l.document ? JSON.stringify(l.document) : null, l.articleHtml ?? null, JSON.stringify(attachments),
        );
      });
    });

    SEED_QUESTIONNAIRES.forEach((q, i) => {
      insert.questionnaire.run(
        q.id, i + 1, q.title, q.description, q.mode,
        q.opensInMs === null ? null : now + q.opensInMs, q.closesInMs === null ? null : now + q.closesInMs,
        q.allowRetake ? 1 : 0, q.anonymous ? 1 : 0, q.showAnswers ? 1 : 0, q.timeLimitSeconds, q.passMark,
        JSON.stringify(q.pages), JSON.stringify(q.answerKey),
      );
    });

    const byId = new Map(members.map((m) => [m.id, m]));
    for (const row of duesHistory(members, now, r)) {
      const m = byId.get(row.memberId)!;
      const amount = row.state === 'exempt' ? 0 : duesBasis(m.category, m.baseFen).monthlyFen;
      insert.dues.run(row.memberId, row.month, row.state, amount, row.paidAt);
    }
    const study = studyHistory(members, SEED_COURSES, now, r);
    for (const p of study.progress) {
      insert.progress.run(p.memberId, p.lessonId, p.courseId, p.position, JSON.stringify(p.watched), p.credited, p.completedAt, p.updatedAt);
    }
    for (const c of study.credits) insert.credit.run(c.memberId, c.lessonId, c.seconds, c.at);
    for (const s of participationHistory(members, SEED_QUESTIONNAIRES, now, r)) {
      insert.participation.run(s.id, s.questionnaireId, s.memberId, s.at);
      if (s.grades) {
        for (const [ratee, grade] of Object.entries(s.grades)) insert.grade.run(s.questionnaireId, s.branchId, ratee, grade);
      } else if (s.anonymous) {
        insert.anonymousSubmission.run(s.questionnaireId, JSON.stringify(s.answers), s.result ? JSON.stringify(s.result) : null);
      } else {
        insert.submission.run(s.id, s.questionnaireId, s.memberId, JSON.stringify(s.answers), s.result ? JSON.stringify(s.result) : null, s.at, dayOf(s.at));
      }
    }
    seedEducation(db, { now, members, courses: SEED_COURSES, anonymity: createAnonymity(options.anonymityKey) });
    seedMeetings(db, { now, members });
    const auth = createAuthStore(db, () => now);
    for (const [memberId, token] of Object.entries(DEMO_TOKENS)) auth.issueToken(memberId, 'demo token (README)', token);
  })();
}
