/**
 * The RuoYi-style 党建 system's own tables: RuoYi's sys_* tables (a subset of ry-vue's
 * sql/ry_*.sql) and a `party_*` module named the way RuoYi's code generator names things
 * (`xxx_id` keys, `char(1)` dict codes, `create_by/create_time` audit columns, yuan
 * decimals). Seeded with a small 党建 data set around the injected clock.
 */
import { chinaDate, chinaTime, insertRows, type Db } from '../shared/db';

export const RUOYI_SCHEMA = `
CREATE TABLE IF NOT EXISTS sys_dept (dept_id INTEGER PRIMARY KEY, parent_id INTEGER, ancestors TEXT, dept_name TEXT, order_num INTEGER, leader TEXT, phone TEXT, status TEXT DEFAULT '0', del_flag TEXT DEFAULT '0', create_time TEXT);
CREATE TABLE IF NOT EXISTS sys_user (user_id INTEGER PRIMARY KEY, dept_id INTEGER, user_name TEXT UNIQUE, nick_name TEXT, email TEXT, phonenumber TEXT, sex TEXT, avatar TEXT, password TEXT, status TEXT DEFAULT '0', del_flag TEXT DEFAULT '0', login_date TEXT, create_time TEXT, remark TEXT);
CREATE TABLE IF NOT EXISTS sys_role (role_id INTEGER PRIMARY KEY, role_name TEXT, role_key TEXT, role_sort INTEGER, data_scope TEXT, status TEXT DEFAULT '0');
CREATE TABLE IF NOT EXISTS sys_user_role (user_id INTEGER, role_id INTEGER, PRIMARY KEY (user_id, role_id));
CREATE TABLE IF NOT EXISTS sys_role_menu_perms (role_id INTEGER, perms TEXT);
CREATE TABLE IF NOT EXISTS sys_dict_data (dict_code INTEGER PRIMARY KEY, dict_sort INTEGER, dict_label TEXT, dict_value TEXT, dict_type TEXT, css_class TEXT, list_class TEXT, is_default TEXT DEFAULT 'N', status TEXT DEFAULT '0', create_time TEXT);
CREATE TABLE IF NOT EXISTS party_member (member_id INTEGER PRIMARY KEY, user_id INTEGER UNIQUE, member_type TEXT, join_date TEXT, dues_category TEXT, dues_base NUMERIC);
CREATE TABLE IF NOT EXISTS party_course (course_id INTEGER PRIMARY KEY, course_name TEXT, course_type TEXT, cover_image TEXT, course_desc TEXT, is_required TEXT, class_hour NUMERIC, order_num INTEGER, status TEXT DEFAULT '0', create_by TEXT, create_time TEXT, update_time TEXT);
CREATE TABLE IF NOT EXISTS party_course_chapter (chapter_id INTEGER PRIMARY KEY, course_id INTEGER, chapter_name TEXT, chapter_type TEXT, video_url TEXT, file_url TEXT, content TEXT, duration INTEGER, order_num INTEGER);
CREATE TABLE IF NOT EXISTS party_study_record (record_id INTEGER PRIMARY KEY AUTOINCREMENT, user_id INTEGER, course_id INTEGER, chapter_id INTEGER, progress INTEGER, last_position INTEGER, study_status TEXT, create_by TEXT, create_time TEXT, update_by TEXT, update_time TEXT);
CREATE TABLE IF NOT EXISTS party_exam_paper (paper_id INTEGER PRIMARY KEY, paper_name TEXT, paper_type TEXT, total_score INTEGER, pass_score INTEGER, exam_time INTEGER, start_time TEXT, end_time TEXT, status TEXT DEFAULT '0', remark TEXT, create_time TEXT);
CREATE TABLE IF NOT EXISTS party_exam_question (question_id INTEGER PRIMARY KEY, paper_id INTEGER, question_type TEXT, question_title TEXT, score INTEGER, right_answer TEXT, analysis TEXT, is_required TEXT DEFAULT 'Y', order_num INTEGER);
CREATE TABLE IF NOT EXISTS party_exam_option (option_id INTEGER PRIMARY KEY, question_id INTEGER, option_key TEXT, option_content TEXT, order_num INTEGER);
CREATE TABLE IF NOT EXISTS party_exam_record (record_id INTEGER PRIMARY KEY AUTOINCREMENT, paper_id INTEGER, user_id INTEGER, score INTEGER, is_pass TEXT, submit_time TEXT);
CREATE TABLE IF NOT EXISTS party_answer (answer_id INTEGER PRIMARY KEY AUTOINCREMENT, record_id INTEGER, paper_id INTEGER, question_id INTEGER, user_id INTEGER, answer TEXT, is_right TEXT, mark INTEGER, create_time TEXT);
CREATE TABLE IF NOT EXISTS party_dues_record (dues_id INTEGER PRIMARY KEY AUTOINCREMENT, user_id INTEGER, dept_id INTEGER, dues_year INTEGER, dues_month INTEGER, dues_base NUMERIC, dues_amount NUMERIC, pay_status TEXT, pay_type TEXT, pay_time TEXT, pay_id INTEGER, UNIQUE (user_id, dues_year, dues_month));
CREATE TABLE IF NOT EXISTS party_dues_pay (pay_id INTEGER PRIMARY KEY AUTOINCREMENT, pay_no TEXT, user_id INTEGER, pay_amount NUMERIC, pay_type TEXT, pay_status TEXT, pay_time TEXT, months TEXT);
CREATE TABLE IF NOT EXISTS party_score_log (log_id INTEGER PRIMARY KEY AUTOINCREMENT, user_id INTEGER, dept_id INTEGER, score INTEGER, source_type TEXT, source_id INTEGER, create_time TEXT);
`;

/** Where the demo's files are served (by the e2e server) and RuoYi's upload prefix. */
const MEDIA = '/assets/media';
const upload = (file: string) => `/profile/upload/2024/03/12/${file}`;

const DICTS: [string, [string, string][]][] = [
  ['sys_yes_no', [['Y', '是'], ['N', '否']]],
  ['party_course_type', [['1', '理论武装'], ['2', '党史学习'], ['3', '党章党规'], ['4', '廉政教育']]],
  ['party_chapter_type', [['1', '视频'], ['2', '音频'], ['3', '文档'], ['4', '图文']]],
  ['party_study_status', [['0', '未学习'], ['1', '学习中'], ['2', '已完成']]],
  ['party_question_type', [['1', '单选题'], ['2', '多选题'], ['3', '判断题'], ['4', '简答题']]],
  ['party_paper_type', [['1', '考试'], ['2', '问卷']]],
  ['party_dues_status', [['0', '未缴'], ['1', '已缴'], ['2', '免缴'], ['3', '补缴'], ['4', '未到期']]],
  ['party_pay_type', [['1', '现金'], ['2', '银行代扣'], ['3', '微信'], ['4', '线上缴纳']]],
  ['party_rank_type', [['1', '本周'], ['2', '本月'], ['3', '本年'], ['4', '全部']]],
];

const USERS = [
  // user_id, dept_id, user_name, nick_name, phone, sex, dues base (yuan), role
  [101, 201, 'liming', '李明', '13800000101', '0', 4800, 'party_member'],
  [102, 201, 'wangfang', '王芳', '13800000102', '1', 6200, 'party_secretary'],
  [103, 201, 'zhangwei', '张伟', '13800000103', '0', 3600, 'party_member'],
  [104, 202, 'liuyang', '刘洋', '13800000104', '0', 5200, 'party_member'],
  [105, 202, 'chenjing', '陈静', '13800000105', '1', 2800, 'party_member'],
  [106, 203, 'zhaolei', '赵磊', '13800000106', '0', 8800, 'party_member'],
  [107, 203, 'sunli', '孙丽', '13800000107', '1', 4100, 'party_member'],
] as const;

/** The monthly amount by the 2008 rule for salaried members: one rate for the whole base. */
export function monthlyDues(base: number): number {
  const rate = base <= 3000 ? 0.005 : base <= 5000 ? 0.01 : base <= 10000 ? 0.015 : 0.02;
  return Math.round(base * rate * 100) / 100;
}

export function seedRuoyi(db: Db, now: number): void {
  const created = '2024-03-12 10:15:00';
  insertRows(db, 'sys_dept', [
    { dept_id: 200, parent_id: 100, ancestors: '0,100', dept_name: '青山镇党委', order_num: 1, leader: '周书记', phone: '0571-88000000', create_time: created },
    { dept_id: 201, parent_id: 200, ancestors: '0,100,200', dept_name: '第一党支部', order_num: 1, leader: '王芳', phone: '0571-88000201', create_time: created },
    { dept_id: 202, parent_id: 200, ancestors: '0,100,200', dept_name: '第二党支部', order_num: 2, leader: '刘洋', phone: '0571-88000202', create_time: created },
    { dept_id: 203, parent_id: 200, ancestors: '0,100,200', dept_name: '机关党支部', order_num: 3, leader: '赵磊', phone: '0571-88000203', create_time: created },
  ]);
  insertRows(db, 'sys_role', [
    { role_id: 10, role_name: '普通党员', role_key: 'party_member', role_sort: 10, data_scope: '5' },
    { role_id: 11, role_name: '支部书记', role_key: 'party_secretary', role_sort: 11, data_scope: '3' },
  ]);
  const memberPerms = ['party:course:list', 'party:course:query', 'party:study:add', 'party:study:edit', 'party:exam:query', 'party:exam:submit', 'party:dues:query', 'party:dues:pay', 'party:rank:list'];
  insertRows(db, 'sys_role_menu_perms', [
    ...memberPerms.map((perms) => ({ role_id: 10, perms })),
    ...[...memberPerms, 'party:dues:list'].map((perms) => ({ role_id: 11, perms })),
  ]);
  let dictCode = 1;
  insertRows(db, 'sys_dict_data', DICTS.flatMap(([type, items]) => items.map(([value, label], i) => ({
    dict_code: dictCode++, dict_sort: i + 1, dict_label: label, dict_value: value, dict_type: type, css_class: '', list_class: i === 0 ? 'primary' : 'default', is_default: i === 0 ? 'Y' : 'N', create_time: created,
  }))));
  for (const [userId, deptId, userName, nickName, phone, sex, base, role] of USERS) {
    insertRows(db, 'sys_user', [{ user_id: userId, dept_id: deptId, user_name: userName, nick_name: nickName, email: `${userName}@qingshan.gov.cn`, phonenumber: phone, sex, avatar: '', password: 'dj123456', login_date: chinaTime(now - 86400_000), create_time: created, remark: null }]);
    insertRows(db, 'sys_user_role', [{ user_id: userId, role_id: role === 'party_secretary' ? 11 : 10 }]);
    insertRows(db, 'party_member', [{ member_id: userId - 100, user_id: userId, member_type: '1', join_date: '2012-07-01', dues_category: '1', dues_base: base }]);
  }
  seedCourses(db, created);
  seedPapers(db, created);
  seedDues(db, now);
  seedScores(db, now);
  // The member finished 第一章 and is part-way through 第二章 of the 党章 course.
  insertRows(db, 'party_study_record', [
    { user_id: 101, course_id: 2, chapter_id: 1003, progress: 100, last_position: 24, study_status: '2', create_by: 'liming', create_time: chinaTime(now - 5 * 86400_000), update_by: 'liming', update_time: chinaTime(now - 5 * 86400_000) },
    { user_id: 101, course_id: 2, chapter_id: 1004, progress: 40, last_position: 8, study_status: '1', create_by: 'liming', create_time: chinaTime(now - 2 * 86400_000), update_by: 'liming', update_time: chinaTime(now - 2 * 86400_000) },
  ]);
}

function seedCourses(db: Db, created: string): void {
  const courses = [
    [1, '学习贯彻党的二十大精神', '1', 'c-dangwu.svg', '深入学习党的二十大报告，把握新时代新征程党的使命任务。', 'Y', 2.0],
    [2, '中国共产党章程逐章学习', '3', 'c-dangzhang.svg', '原原本本学党章，逐章导读党员的义务和权利、党的纪律。', 'Y', 1.5],
    [3, '百年党史专题', '2', 'c-dangshi.svg', '从党的创立到新时代，按时间顺序学习党的重大事件。', 'N', 1.0],
    [4, '廉洁自律准则解读', '4', 'c-lianzheng.svg', '解读《中国共产党廉洁自律准则》，筑牢拒腐防变思想防线。', 'N', 0.5],
  ] as const;
  insertRows(db, 'party_course', courses.map(([id, name, type, cover, desc, required, hours], i) => ({
    course_id: id, course_name: name, course_type: type, cover_image: upload(cover), course_desc: desc, is_required: required, class_hour: hours, order_num: i + 1, create_by: 'admin', create_time: created, update_time: created,
  })));
  const video = { chapter_type: '1', video_url: `${MEDIA}/lesson-video.mp4`, file_url: null, content: null, duration: 24 };
  const audio = { chapter_type: '2', video_url: `${MEDIA}/lesson-audio.m4a`, file_url: null, content: null, duration: 20 };
  const pdf = (file: string, seconds: number) => ({ chapter_type: '3', video_url: null, file_url: `${MEDIA}/${file}`, content: null, duration: seconds });
  const text = (html: string, seconds: number) => ({ chapter_type: '4', video_url: null, file_url: null, content: html, duration: seconds });
  const chapters: [number, string, object][] = [
    [1, '第一讲 新时代新征程的使命任务', video],
    [1, '第二讲 二十大报告学习辅导', pdf('dangzhang-study-guide.pdf', 600)],
    [2, '第一章 党员', video],
    [2, '第二章 党的组织制度（诵读）', audio],
    [2, '第三章 党的纪律', pdf('dangzhang-study-guide.pdf', 300)],
    [3, '第一讲 开天辟地：党的创立', video],
    [3, '第二讲 遵义会议的历史意义', text('<h3>伟大的转折</h3><p>1935年1月召开的遵义会议，是党的历史上一个生死攸关的转折点。</p>', 300)],
    [4, '第一讲 廉洁自律准则要义', video],
  ];
  insertRows(db, 'party_course_chapter', chapters.map(([courseId, name, kind], i) => ({ chapter_id: 1001 + i, course_id: courseId, chapter_name: name, order_num: i + 1, ...kind })));
}

function seedPapers(db: Db, created: string): void {
  insertRows(db, 'party_exam_paper', [
    { paper_id: 1, paper_name: '党章党规知识测试', paper_type: '1', total_score: 100, pass_score: 60, exam_time: 0, start_time: '2026-01-01 00:00:00', end_time: '2026-12-31 23:59:59', remark: '共4题，60分及格', create_time: created },
    { paper_id: 2, paper_name: '党员学习需求问卷', paper_type: '2', total_score: 0, pass_score: 0, exam_time: 0, start_time: '2026-01-01 00:00:00', end_time: '2026-12-31 23:59:59', remark: '匿名填写，约3分钟', create_time: created },
  ]);
  const questions = [
    // question_id, paper_id, type, title, score, right answer, analysis, options
    [11, 1, '1', '党的最高领导机关是？', 25, 'B', '党章第十条。', ['党的中央委员会', '党的全国代表大会和它所产生的中央委员会', '中央政治局']],
    [12, 1, '2', '党员必须履行的义务包括？', 25, 'A,C', '党章第三条。', ['认真学习马克思列宁主义', '享有表决权', '贯彻执行党的基本路线和各项方针、政策']],
    [13, 1, '3', '预备党员的预备期为一年。', 25, 'A', '党章第七条。', ['正确', '错误']],
    [14, 1, '1', '党员无正当理由连续几个月不交纳党费，视为自行脱党？', 25, 'C', '党章第九条。', ['三个月', '五个月', '六个月']],
    [21, 2, '1', '您最常用的学习方式是？', 0, null, null, ['手机学习', '电脑学习', '集中学习']],
    [22, 2, '2', '您希望增加哪些学习内容？', 0, null, null, ['党史', '政策法规', '业务技能', '廉政警示']],
    [23, 2, '4', '对支部学习安排的建议', 0, null, null, []],
  ] as const;
  let optionId = 100;
  for (const [id, paper, type, title, score, answer, analysis, options] of questions) {
    insertRows(db, 'party_exam_question', [{ question_id: id, paper_id: paper, question_type: type, question_title: title, score, right_answer: answer, analysis, is_required: type === '4' ? 'N' : 'Y', order_num: id % 10 }]);
    insertRows(db, 'party_exam_option', options.map((content, i) => ({ option_id: optionId++, question_id: id, option_key: 'ABCDEF'[i], option_content: content, order_num: i + 1 })));
  }
}

/** This year's month records: paid on time before last month; the member owes two months. */
function seedDues(db: Db, now: number): void {
  const { year, month } = chinaDate(now);
  const rows: Record<string, unknown>[] = [];
  for (const [userId, deptId, , , , , base] of USERS) {
    for (let m = 1; m <= month; m++) {
      const owes = (userId === 101 && m >= month - 1) || (userId === 105 && m === month);
      rows.push({
        user_id: userId, dept_id: deptId, dues_year: year, dues_month: m, dues_base: base, dues_amount: monthlyDues(base),
        pay_status: owes ? '0' : '1', pay_type: owes ? null : '3', pay_time: owes ? null : `${year}-${String(m).padStart(2, '0')}-05 09:30:00`, pay_id: null,
      });
    }
  }
  insertRows(db, 'party_dues_record', rows);
}

/** Points for the rankings: study, exams and dues over the last weeks. */
function seedScores(db: Db, now: number): void {
  const rows: Record<string, unknown>[] = [];
  USERS.forEach(([userId, deptId], i) => {
    for (let day = 1; day <= 40; day += 3) {
      rows.push({ user_id: userId, dept_id: deptId, score: 10 + ((i * 7 + day) % 11), source_type: '1', source_id: null, create_time: chinaTime(now - day * 86400_000) });
    }
  });
  insertRows(db, 'party_score_log', rows);
}
