/**
 * The Sa-Token style system's own tables, named as a home-grown MyBatis-Plus project names
 * them: `BIGINT` snowflake ids (IdType.ASSIGN_ID), snake_case columns mapped to camelCase,
 * `deleted` for logical deletion, `create_time/update_time` as LocalDateTime.
 */
import { chinaTime, insertRows, type Db } from '../shared/db';

export const SATOKEN_SCHEMA = `
CREATE TABLE IF NOT EXISTS sys_org (id BIGINT PRIMARY KEY, name TEXT, parent_id BIGINT, sort INTEGER, deleted INTEGER DEFAULT 0, create_time TEXT);
CREATE TABLE IF NOT EXISTS sys_user (id BIGINT PRIMARY KEY, username TEXT UNIQUE, password TEXT, nickname TEXT, real_name TEXT, phone TEXT, avatar TEXT, org_id BIGINT, role_code TEXT, status INTEGER DEFAULT 1, deleted INTEGER DEFAULT 0, create_time TEXT, update_time TEXT);
CREATE TABLE IF NOT EXISTS edu_category (id BIGINT PRIMARY KEY, name TEXT, sort INTEGER);
CREATE TABLE IF NOT EXISTS edu_course (id BIGINT PRIMARY KEY, category_id BIGINT, title TEXT, summary TEXT, cover_url TEXT, required INTEGER, credit NUMERIC, sort INTEGER, status INTEGER DEFAULT 1, deleted INTEGER DEFAULT 0, create_time TEXT, update_time TEXT);
CREATE TABLE IF NOT EXISTS edu_lesson (id BIGINT PRIMARY KEY, course_id BIGINT, title TEXT, type TEXT, url TEXT, duration_seconds INTEGER, sort INTEGER, deleted INTEGER DEFAULT 0, create_time TEXT);
CREATE TABLE IF NOT EXISTS edu_lesson_progress (id BIGINT PRIMARY KEY, user_id BIGINT, course_id BIGINT, lesson_id BIGINT, percent INTEGER, last_position INTEGER, status TEXT, create_time TEXT, update_time TEXT, UNIQUE (user_id, lesson_id));
CREATE TABLE IF NOT EXISTS exam_paper (id BIGINT PRIMARY KEY, title TEXT, description TEXT, total_score INTEGER, pass_score INTEGER, status INTEGER DEFAULT 1, create_time TEXT);
CREATE TABLE IF NOT EXISTS exam_question (id BIGINT PRIMARY KEY, paper_id BIGINT, type TEXT, content TEXT, score INTEGER, sort INTEGER);
CREATE TABLE IF NOT EXISTS exam_option (id BIGINT PRIMARY KEY, question_id BIGINT, label TEXT, content TEXT, is_correct INTEGER, sort INTEGER);
CREATE TABLE IF NOT EXISTS exam_answer (id BIGINT PRIMARY KEY, paper_id BIGINT, question_id BIGINT, user_id BIGINT, option_id BIGINT, answer_text TEXT, result_id BIGINT, create_time TEXT);
CREATE TABLE IF NOT EXISTS exam_result (id BIGINT PRIMARY KEY, paper_id BIGINT, user_id BIGINT, score INTEGER, total_score INTEGER, passed INTEGER, correct_count INTEGER, question_count INTEGER, finished_at TEXT);
`;

/** A fixed 19-digit id: kind 1 users, 2 orgs, 3 categories, 4 courses, 5 lessons, 6 papers, 7 questions, 8 options. */
export const sid = (kind: number, n: number) => (1798234567890000000n + BigInt(kind) * 100000n + BigInt(n) * 7n + 3n).toString();

export const SATOKEN_USERS = { member: sid(1, 1), secretary: sid(1, 2) };

/** Jackson's LocalDateTime: ISO local time (Beijing) with no zone. */
export const localDateTime = (ms: number) => chinaTime(ms).replace(' ', 'T');

const MEDIA = '/assets/media';

export function seedSatoken(db: Db, now: number): void {
  const created = '2024-05-20T09:30:00';
  insertRows(db, 'sys_org', [
    { id: sid(2, 1), name: '第一党支部', parent_id: null, sort: 1, create_time: created },
    { id: sid(2, 2), name: '第二党支部', parent_id: null, sort: 2, create_time: created },
  ]);
  insertRows(db, 'sys_user', [
    [1, 'liming', '李明', '13800000101', 1, 'member'],
    [2, 'wangfang', '王芳', '13800000102', 1, 'secretary'],
    [3, 'zhangwei', '张伟', '13800000103', 2, 'member'],
  ].map(([n, username, name, phone, org, role]) => ({
    id: sid(1, n as number), username, password: 'dj123456', nickname: name, real_name: name, phone, avatar: null, org_id: sid(2, org as number), role_code: role, create_time: created, update_time: created,
  })));
  insertRows(db, 'edu_category', [[1, '理论学习'], [2, '党史学习'], [3, '党纪学习']].map(([n, name]) => ({ id: sid(3, n as number), name, sort: n })));
  const courses = [
    [1, 1, '习近平新时代中国特色社会主义思想学习纲要', '分专题学习新时代党的创新理论。', 'c-dangwu.svg', 1, 2.0],
    [2, 2, '党史中的重要会议', '从一大到二十大，重要会议的历史意义。', 'c-dangshi.svg', 1, 1.5],
    [3, 3, '《中国共产党纪律处分条例》导读', '逐章解读六项纪律。', 'c-lianzheng.svg', 0, 1.0],
  ] as const;
  insertRows(db, 'edu_course', courses.map(([n, category, title, summary, cover, required, credit]) => ({
    id: sid(4, n), category_id: sid(3, category), title, summary, cover_url: `/assets/covers/${cover}`, required, credit, sort: n, create_time: created, update_time: created,
  })));
  const lessons = [
    [1, 1, '第一讲 新时代的历史方位', 'VIDEO', `${MEDIA}/lesson-video.mp4`, 24],
    [2, 1, '第二讲 学习辅导材料', 'PDF', `${MEDIA}/dangzhang-study-guide.pdf`, 300],
    [3, 2, '第一讲 中共一大', 'VIDEO', `${MEDIA}/lesson-video.mp4`, 24],
    [4, 2, '第二讲 遵义会议（音频）', 'AUDIO', `${MEDIA}/lesson-audio.m4a`, 20],
    [5, 3, '第一讲 政治纪律和组织纪律', 'VIDEO', `${MEDIA}/lesson-video.mp4`, 24],
  ] as const;
  insertRows(db, 'edu_lesson', lessons.map(([n, course, title, type, url, seconds]) => ({ id: sid(5, n), course_id: sid(4, course), title, type, url, duration_seconds: seconds, sort: n, create_time: created })));
  // The member is part-way through 党史 lesson 1.
  insertRows(db, 'edu_lesson_progress', [{ id: sid(9, 1), user_id: SATOKEN_USERS.member, course_id: sid(4, 2), lesson_id: sid(5, 3), percent: 50, last_position: 12, status: 'IN_PROGRESS', create_time: localDateTime(now - 86400_000), update_time: localDateTime(now - 86400_000) }]);

  insertRows(db, 'exam_paper', [{ id: sid(6, 1), title: '党纪学习教育知识测验', description: '共3题，满分100分，60分及格；不限时。', total_score: 100, pass_score: 60, create_time: created }]);
  const questions = [
    [1, 'SINGLE', '党的纪律处分条例规定的纪律处分种类有几种？', 40, [['三种', 0], ['五种', 1], ['六种', 0]]],
    [2, 'MULTIPLE', '下列属于“六项纪律”的有？', 40, [['政治纪律', 1], ['组织纪律', 1], ['财务纪律', 0], ['廉洁纪律', 1]]],
    [3, 'JUDGE', '党员受到警告处分一年内不得在党内提升职务。', 20, [['正确', 1], ['错误', 0]]],
    [4, 'TEXT', '谈谈你学习条例的体会（不计分）', 0, []],
  ] as const;
  let option = 1;
  for (const [n, type, content, score, options] of questions) {
    insertRows(db, 'exam_question', [{ id: sid(7, n), paper_id: sid(6, 1), type, content, score, sort: n }]);
    insertRows(db, 'exam_option', options.map(([text, correct], i) => ({ id: sid(8, option++), question_id: sid(7, n), label: 'ABCD'[i], content: text, is_correct: correct, sort: i + 1 })));
  }
}
