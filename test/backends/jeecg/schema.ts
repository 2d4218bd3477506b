/**
 * The JeecgBoot style system's own tables, as Jeecg's online code generator creates them:
 * `id varchar(32)` filled by MyBatis-Plus ASSIGN_ID (19-digit snowflakes, as strings),
 * `create_by/create_time/update_by/update_time/sys_org_code`, `del_flag`, dict codes for
 * @Dict fields, plus Jeecg's own sys_user, sys_depart and sys_dict/sys_dict_item.
 */
import { insertRows, type Db } from '../shared/db';

export const JEECG_SCHEMA = `
CREATE TABLE IF NOT EXISTS sys_depart (id TEXT PRIMARY KEY, parent_id TEXT, depart_name TEXT, org_code TEXT, depart_order INTEGER, del_flag TEXT DEFAULT '0');
CREATE TABLE IF NOT EXISTS sys_user (id TEXT PRIMARY KEY, username TEXT UNIQUE, realname TEXT, password TEXT, avatar TEXT, sex INTEGER, phone TEXT, org_code TEXT, status INTEGER DEFAULT 1, del_flag INTEGER DEFAULT 0, work_no TEXT, create_by TEXT, create_time TEXT);
CREATE TABLE IF NOT EXISTS sys_dict (id TEXT PRIMARY KEY, dict_name TEXT, dict_code TEXT UNIQUE);
CREATE TABLE IF NOT EXISTS sys_dict_item (id TEXT PRIMARY KEY, dict_id TEXT, item_text TEXT, item_value TEXT, item_color TEXT, sort_order INTEGER, status INTEGER DEFAULT 1);
CREATE TABLE IF NOT EXISTS study_course (id TEXT PRIMARY KEY, course_name TEXT, course_type TEXT, cover_img TEXT, description TEXT, is_required TEXT, credit_hours NUMERIC, sort_no INTEGER, del_flag INTEGER DEFAULT 0, create_by TEXT, create_time TEXT, update_by TEXT, update_time TEXT, sys_org_code TEXT);
CREATE TABLE IF NOT EXISTS study_lesson (id TEXT PRIMARY KEY, course_id TEXT, lesson_name TEXT, lesson_type TEXT, media_url TEXT, duration INTEGER, sort_no INTEGER, create_by TEXT, create_time TEXT, sys_org_code TEXT);
CREATE TABLE IF NOT EXISTS study_progress (id TEXT PRIMARY KEY, user_id TEXT, course_id TEXT, lesson_id TEXT, progress INTEGER, last_position INTEGER, study_status TEXT, create_by TEXT, create_time TEXT, update_by TEXT, update_time TEXT, sys_org_code TEXT);
CREATE TABLE IF NOT EXISTS survey_paper (id TEXT PRIMARY KEY, paper_name TEXT, description TEXT, status TEXT, start_time TEXT, end_time TEXT, create_by TEXT, create_time TEXT, sys_org_code TEXT);
CREATE TABLE IF NOT EXISTS survey_question (id TEXT PRIMARY KEY, paper_id TEXT, question_title TEXT, question_type TEXT, is_required TEXT, sort_no INTEGER);
CREATE TABLE IF NOT EXISTS survey_option (id TEXT PRIMARY KEY, question_id TEXT, option_text TEXT, sort_no INTEGER);
CREATE TABLE IF NOT EXISTS survey_answer (id TEXT PRIMARY KEY, paper_id TEXT, user_id TEXT, submit_time TEXT, create_by TEXT, create_time TEXT, sys_org_code TEXT, UNIQUE (paper_id, user_id));
CREATE TABLE IF NOT EXISTS survey_answer_item (id TEXT PRIMARY KEY, answer_id TEXT, question_id TEXT, answer_value TEXT);
`;

/** A fixed ASSIGN_ID-style id: kind 1 courses, 2 lessons, 3 papers, 4 questions, 5 options. */
export const jid = (kind: number, n: number) => (1801100000000000000n + BigInt(kind) * 1000000n + BigInt(n) * 13n + 1n).toString();

export const JEECG_USERS = { member: 'a3f1c0d2e4b5467f8a9b0c1d2e3f4a51', secretary: 'b7e2d1c0a9f8465e7d6c5b4a39281706' };

const DICTS: [string, string, [string, string][]][] = [
  ['sex', '性别', [['1', '男'], ['2', '女']]],
  ['yn', '是否', [['1', '是'], ['0', '否']]],
  ['course_type', '课程分类', [['llxx', '理论学习'], ['dsxx', '党史学习'], ['djxx', '党纪学习']]],
  ['lesson_type', '课时类型', [['video', '视频'], ['audio', '音频'], ['pdf', '文档']]],
  ['study_status', '学习状态', [['0', '未开始'], ['1', '学习中'], ['2', '已完成']]],
  ['survey_question_type', '题型', [['radio', '单选题'], ['checkbox', '多选题'], ['textarea', '问答题']]],
];

export function seedJeecg(db: Db): void {
  const created = '2024-06-03 14:20:00';
  const audit = { create_by: 'admin', create_time: created, sys_org_code: 'A01' };
  insertRows(db, 'sys_depart', [
    { id: 'c6d7cb4deeac411cb3384b1b31278596', parent_id: '', depart_name: '红星街道党工委', org_code: 'A01', depart_order: 0 },
    { id: '4f1765520d6346f9bd9c79e2479e5b12', parent_id: 'c6d7cb4deeac411cb3384b1b31278596', depart_name: '第一党支部', org_code: 'A01A01', depart_order: 1 },
  ]);
  insertRows(db, 'sys_user', [
    { id: JEECG_USERS.member, username: 'liming', realname: '李明', password: 'dj123456', avatar: null, sex: 1, phone: '13800000101', org_code: 'A01A01', work_no: 'DY0101', create_by: 'admin', create_time: created },
    { id: JEECG_USERS.secretary, username: 'wangfang', realname: '王芳', password: 'dj123456', avatar: null, sex: 2, phone: '13800000102', org_code: 'A01A01', work_no: 'DY0102', create_by: 'admin', create_time: created },
  ]);
  DICTS.forEach(([code, name, items], i) => {
    const dictId = `dict${String(i + 1).padStart(28, '0')}`;
    insertRows(db, 'sys_dict', [{ id: dictId, dict_name: name, dict_code: code }]);
    insertRows(db, 'sys_dict_item', items.map(([value, text], j) => ({ id: `item${String(i * 100 + j + 1).padStart(28, '0')}`, dict_id: dictId, item_text: text, item_value: value, item_color: null, sort_order: j + 1 })));
  });
  insertRows(db, 'study_course', [
    [1, '新时代党的创新理论专题', 'llxx', 'c-dangwu.svg', '系统学习新时代党的创新理论。', '1', 2.0],
    [2, '红色基因代代传', 'dsxx', 'c-dangshi.svg', '重温党史上的红色故事。', '0', 1.0],
  ].map(([n, name, type, cover, description, required, hours]) => ({
    id: jid(1, n as number), course_name: name, course_type: type, cover_img: `temp/${cover}`, description, is_required: required, credit_hours: hours, sort_no: n, update_by: null, update_time: null, ...audit,
  })));
  insertRows(db, 'study_lesson', [
    [1, 1, '第一课 理论创新的时代背景', 'video', '/assets/media/lesson-video.mp4', 24],
    [2, 1, '第二课 学习辅导材料', 'pdf', '/assets/media/dangzhang-study-guide.pdf', 300],
    [3, 2, '第一课 红船精神（音频）', 'audio', '/assets/media/lesson-audio.m4a', 20],
  ].map(([n, course, name, type, url, seconds]) => ({ id: jid(2, n as number), course_id: jid(1, course as number), lesson_name: name, lesson_type: type, media_url: url, duration: seconds, sort_no: n, create_by: 'admin', create_time: created, sys_org_code: 'A01' })));
  insertRows(db, 'survey_paper', [{ id: jid(3, 1), paper_name: '党员教育培训满意度调查', description: '匿名填写，约2分钟。', status: '1', start_time: '2026-01-01 00:00:00', end_time: '2026-12-31 23:59:59', ...audit }]);
  const questions = [
    [1, '您对本年度党员教育培训的总体评价', 'radio', '1', ['非常满意', '满意', '一般', '不满意']],
    [2, '您希望采用哪些培训方式', 'checkbox', '1', ['专题讲座', '线上课程', '现场教学', '交流研讨']],
    [3, '其他意见和建议', 'textarea', '0', []],
  ] as const;
  let option = 1;
  for (const [n, title, type, required, options] of questions) {
    insertRows(db, 'survey_question', [{ id: jid(4, n), paper_id: jid(3, 1), question_title: title, question_type: type, is_required: required, sort_no: n }]);
    insertRows(db, 'survey_option', options.map((text, i) => ({ id: jid(5, option++), question_id: jid(4, n), option_text: text, sort_no: i + 1 })));
  }
}
