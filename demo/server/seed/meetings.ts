/**
 * A year of organisational life for every branch, relative to `now`: party groups of up to
 * eight members and a committee of three, then 三会一课 and 主题党日 month by month — the
 * committee and each party group monthly, a general assembly and a 党课 each quarter, a
 * theme day monthly — with replies, leave and check-ins for what has ended. 第一党支部 (the
 * demo's) misses its July committee meeting and one group's August meeting, so its cadence
 * shows overdue periods; other branches skip a few at random. Drawn from a random stream
 * of its own, so the rest of the seed is drawn as before.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database';
import { yearOf, type MeetingKind } from '../rules/meeting-rules';
import { SEED_COURSES } from './courses-data';
import type { SeedMember } from './people-data';
import { createRandom } from './random';

const GROUP_NAMES = ['第一党小组', '第二党小组', '第三党小组', '第四党小组', '第五党小组'];
const HOUR = 3600 * 1000;
const MINUTE = 60 * 1000;

/** A time of day in China on a day of the year's month, as epoch ms. */
const cst = (year: number, month: number, day: number, hour: number, minute = 0) => Date.UTC(year, month - 1, day, hour - 8, minute);

const TOPICS: Record<MeetingKind, string[]> = {
  'general-assembly': ['支部党员大会：审议发展党员事项', '支部党员大会：半年工作总结', '支部党员大会：学习传达上级会议精神', '支部党员大会：年度工作总结与民主评议'],
  committee: ['研究本月支部工作安排', '研究党费收缴和困难党员帮扶', '研究主题党日活动方案', '研究发展对象培养考察'],
  group: ['学习党章第一章', '交流学习体会', '学习《中国共产党纪律处分条例》', '结合岗位谈作为'],
  lecture: ['书记讲党课：学习党的创新理论', '党课：弘扬伟大建党精神', '党课：全面从严治党永远在路上', '党课：乡村振兴中的党员担当'],
  'theme-day': ['主题党日：走访慰问老党员', '主题党日：清洁家园志愿服务', '主题党日：重温入党誓词', '主题党日：参观红色教育基地'],
};
const PLACES = ['村委会二楼会议室', '党员活动室', '新时代文明实践站', '社区党群服务中心'];
const LEAVE_REASONS = ['在外地务工，无法到场。', '家中老人生病住院。', '单位值班。', '身体不适。'];

export function seedMeetings(db: Db, options: { now: number; members: readonly SeedMember[] }): void {
  const { now, members } = options;
  const r = createRandom(20_261_020);
  const year = yearOf(now);
  const ins = {
    group: db.prepare('INSERT INTO party_groups (member_id, branch_id, name) VALUES (?, ?, ?)'),
    committee: db.prepare('INSERT INTO branch_committee (member_id, branch_id) VALUES (?, ?)'),
    meeting: db.prepare(
      `INSERT INTO meetings (id, branch_id, kind, topic, starts_at, ends_at, place, online_url, online_allowed, scope, group_name, make_up_course_id, materials, secret, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    expected: db.prepare('INSERT INTO meeting_expected (meeting_id, member_id) VALUES (?, ?)'),
    reply: db.prepare(
      'INSERT INTO meeting_replies (meeting_id, member_id, reply, reason, leave_status, decided_at, decided_by, note, replied_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)',
    ),
    checkIn: db.prepare('INSERT INTO meeting_checkins (meeting_id, member_id, at, method) VALUES (?, ?, ?, ?)'),
  };
  const branchIds = [...new Set(members.map((m) => m.branchId))];
  let serial = 0;
  for (const branchId of branchIds) {
    const mine = members.filter((m) => m.branchId === branchId);
    const secretary = mine.find((m) => m.roles.includes('secretary')) ?? mine[0]!;
    const committee = [secretary, ...mine.filter((m) => m !== secretary && m.username === null).slice(0, 2)];
    for (const m of committee) ins.committee.run(m.id, branchId);
    const groups = new Map<string, SeedMember[]>();
    const groupCount = Math.max(1, Math.ceil(mine.length / 8));
    mine.forEach((m, i) => {
      const name = GROUP_NAMES[i % groupCount]!;
      groups.set(name, [...(groups.get(name) ?? []), m]);
      ins.group.run(m.id, branchId, name);
    });
    const demo = branchId === 'b01';
    // How reliably the branch meets and attends: the demo's branch well, others varied.
    const diligence = demo ? 0.85 : 0.55 + r.next() * 0.4;

    const plan = (kind: MeetingKind, month: number, day: number, hour: number, hours: number, expected: readonly SeedMember[], group: string | null) => {
      const startsAt = cst(year, month, day, hour);
      const endsAt = startsAt + hours * HOUR;
      const id = `mt-${branchId}-${String(++serial).padStart(4, '0')}`;
      const ended = endsAt <= now;
      const lecture = kind === 'lecture';
      const onlineAllowed = lecture || kind === 'general-assembly' || kind === 'theme-day';
      const materials = ended
        ? [
            { id: `${id}-minutes`, name: '会议记录.pdf', kind: 'minutes', url: '/assets/media/dangzhang-study-guide.pdf', type: 'application/pdf', sizeBytes: 0 },
            ...(lecture ? [{ id: `${id}-recording`, name: '党课录音', kind: 'recording', url: '/assets/media/lesson-audio.m4a', type: 'audio/mp4', sizeBytes: 0 }] : []),
          ]
        : [];
      ins.meeting.run(
        id,
        branchId,
        kind,
        r.pick(TOPICS[kind]),
        startsAt,
        endsAt,
        r.pick(PLACES),
        onlineAllowed ? 'https://meeting.example.cn/j/qingshan' : null,
        onlineAllowed ? 1 : 0,
        kind === 'committee' ? 'committee' : kind === 'group' ? 'group' : 'branch',
        group,
        lecture ? SEED_COURSES[0]!.id : null,
        JSON.stringify(materials),
        randomBytes(32).toString('base64url'),
        secretary.id,
        startsAt - 7 * 24 * HOUR,
      );
      for (const m of expected) {
        ins.expected.run(id, m.id);
        const roll = r.next();
        if (ended) {
          if (roll < diligence * (m.migrant ? 0.7 : 1)) {
            const method = m.migrant && onlineAllowed ? 'online' : m.category === 'retired' && r.chance(0.4) ? 'manual' : 'code';
            ins.checkIn.run(id, m.id, startsAt - r.int(0, 25) * MINUTE, method);
          } else if (roll < diligence + 0.08) {
            ins.reply.run(id, m.id, 'leave', r.pick(LEAVE_REASONS), r.chance(0.85) ? 'approved' : 'refused', startsAt - 24 * HOUR, secretary.id, startsAt - 2 * 24 * HOUR);
          }
        } else if (startsAt - now < 14 * 24 * HOUR && m.id !== 'm0001') {
          if (roll < 0.5) ins.reply.run(id, m.id, 'attend', null, null, null, null, now - r.int(1, 48) * HOUR);
          else if (roll < 0.56) ins.reply.run(id, m.id, 'leave', r.pick(LEAVE_REASONS), 'pending', null, null, now - r.int(1, 48) * HOUR);
        }
      }
    };

    for (let month = 1; month <= 12; month++) {
      const skip = (chance: number) => !demo && r.chance(chance);
      if (!(demo && month === 7) && !skip(0.12)) plan('committee', month, 5, 9, 1.5, committee, null);
      [...groups].forEach(([name, list], i) => {
        if (!(demo && month === 8 && i === 1) && !skip(0.15)) plan('group', month, 12 + i, 19, 1.5, list, name);
      });
      if (!skip(0.2)) plan('theme-day', month, month === 9 ? 28 : 20, 14, 2, mine, null);
      if (month % 3 === 0 && !skip(0.1)) plan('general-assembly', month, 25, 9, 2, mine, null);
      if (month % 3 === 2 && !skip(0.1)) plan('lecture', month, 18, 15, 1.5, mine, null);
    }
  }
}
