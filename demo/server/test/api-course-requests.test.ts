/**
 * Course requests (点单) through the API: members of a branch ask, add their voice and
 * withdraw it; the secretary plans, links, declines and merges; members see changes as
 * unread until they mark them seen; demand counts voices and learning-needs answers.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { tableCounts, TestServer, type Client } from './support/harness';

const R = '/api/v1/course-requests';
const BRANCH = (id: string, query = '') => `/api/v1/branches/${id}/course-requests${query}`;
type Request = { id: string; title: string; status: string; voices: number; revision: number; topic: string; anonymous: boolean; requester: { id: string; name: string } | null; demand: { voices: number; answers: number; total: number }; mine: { asked: boolean; voiced: boolean; unread: boolean }; course: { id: string; title: string } | null; mergedInto: { id: string; title: string } | null; plannedOn: string | null; statusChangedAt: string | null; createdOn: string; declineReason: string | null };

describe('course requests', () => {
  let t: TestServer;
  const byTitle = async (client: Client, title: string): Promise<Request> => {
    const res = await client.get(`${R}?limit=100`);
    const found = (res.body.items as Request[]).find((r) => r.title === title);
    assert.ok(found, `no request ${title}`);
    return found;
  };
  const ask = async (who: string, title: string, extra: Partial<{ anonymous: boolean; category: string; details: string }> = {}) => {
    const res = await t.as(who).post(R, { title, category: '实用技能', anonymous: false, ...extra });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body as Request;
  };
  const voice = (who: string, id: string, voiced: boolean) => t.as(who).put(`${R}/${id}/voice`, { voiced });
  const setStatus = (id: string, change: Record<string, unknown>, who = 'secretary') => t.as(who).post(`${R}/${id}/status`, change);
  const votersOf = (id: string) => t.db.prepare('SELECT voter FROM course_request_voices WHERE request_id = ? ORDER BY voter').pluck().all(id) as string[];

  before(() => {
    t = new TestServer();
  });
  after(() => t.close());

  it("a member sees their own branch's requests only, with voices, demand and their part in each", async () => {
    const res = await t.as('member').get(`${R}?limit=100`);
    assert.equal(res.status, 200);
    const items = res.body.items as Request[];
    assert.equal(res.body.total, 9);
    assert.ok(!items.some((r) => r.title === '乡村振兴政策解读'), 'a request of 第二党支部');
    assert.deepEqual([...new Set(items.map((r) => r.status))], ['planned', 'received', 'available', 'declined', 'merged'], 'open requests first');
    assert.equal(res.body.unread, 1);
    const planned = items.find((r) => r.title === '农村电商直播入门')!;
    assert.deepEqual(planned.mine, { asked: true, voiced: true, unread: true });
    assert.deepEqual(planned.requester, { id: 'm0001', name: '李明' });
    assert.equal(planned.voices, 6);
    assert.equal(planned.demand.total, planned.demand.voices + planned.demand.answers);
    const mine = await t.as('member').get(`${R}?mine=true&limit=100`);
    assert.deepEqual((mine.body.items as Request[]).map((r) => r.title).sort(), ['农村电商直播入门', '如何在手机上参加网上党支部活动', '智能手机常用功能培训', '法律常识：土地承包与婚姻家庭', '组织外出参观红色教育基地', '红色家风故事分享', '教老党员用智能手机'].sort());
    const available = await t.as('member').get(`${R}?status=available`);
    assert.deepEqual((available.body.items as Request[]).map((r) => r.course?.id).sort(), ['c-dangwu', 'c-falv']);
    const other = await t.as('m0022').get(`${R}?limit=100`);
    assert.deepEqual((other.body.items as Request[]).map((r) => r.title), ['乡村振兴政策解读']);
    assert.equal((await t.as('member').get(`${R}?branchId=b02`)).status, 400, 'no parameter reaches another branch');
  });

  it("asking: a category of the catalog, the topic from it, the requester's voice first; bad input named", async () => {
    const created = await ask('m0003', '  果树修剪技术  ', { details: '想学苹果树冬季修剪。' });
    assert.equal(created.title, '果树修剪技术');
    assert.deepEqual([created.status, created.revision, created.voices, created.topic, created.createdOn], ['received', 0, 1, '实用技能', '2026-09-15']);
    assert.deepEqual(created.mine, { asked: true, voiced: true, unread: false });
    assert.deepEqual(created.requester, { id: 'm0003', name: created.requester!.name });
    const unknown = await t.as('m0003').post(R, { title: '无人机植保', category: '无人机', anonymous: false });
    assert.equal(unknown.status, 422);
    assert.equal(unknown.body.type, '/problems/invalid-course-request');
    assert.equal(unknown.body.errors[0].pointer, '/category');
    const blank = await t.as('m0003').post(R, { title: ' 果 ', category: '实用技能', anonymous: false });
    assert.equal(blank.status, 400);
    assert.equal(blank.body.errors[0].pointer, '/title');
    assert.equal((await t.as('m0003').post(R, { title: '果树', category: '实用技能' })).status, 400, 'anonymous is required');
    assert.equal((await t.as('m0003').post(R, { title: '果树', category: '实用技能', anonymous: false, author: 'm0004' })).status, 400);
    const key = 'ask-once';
    const first = await t.as('m0004').post(R, { title: '茶叶加工', category: '实用技能', anonymous: false }, { key });
    const again = await t.as('m0004').post(R, { title: '茶叶加工', category: '实用技能', anonymous: false }, { key });
    assert.deepEqual([first.status, again.status, again.headers.get('idempotent-replayed')], [201, 201, 'true']);
    assert.deepEqual(again.body, first.body);
    assert.equal(t.db.prepare("SELECT COUNT(*) FROM course_requests WHERE title = '茶叶加工'").pluck().get(), 1);
    assert.equal((await t.as('m0004').post(R, { title: '茶叶深加工', category: '实用技能', anonymous: false }, { key })).status, 422, 'the key belongs to the first request');
  });

  it('near duplicates and existing courses are offered before asking, from the member’s own branch', async () => {
    const res = await t.as('m0005').get(`${R}/similar?title=${encodeURIComponent('智能手机使用')}`);
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.requests.map((s: { request: Request; score: number }) => [s.request.title, s.score]), [['智能手机常用功能培训', 0.6]]);
    assert.equal(res.body.requests[0].request.mine.asked, true, 'm0005 asked it');
    const courses = await t.as('m0005').get(`${R}/similar?title=${encodeURIComponent('党章 学习')}`);
    assert.deepEqual(courses.body.courses.map((c: { id: string; score: number }) => [c.id, c.score]), [['c-dangzhang', 1]]);
    const nothing = await t.as('m0005').get(`${R}/similar?title=${encodeURIComponent('无人机')}`);
    assert.deepEqual(nothing.body, { requests: [], courses: [] });
    const elsewhere = await t.as('m0022').get(`${R}/similar?title=${encodeURIComponent('智能手机常用功能培训')}`);
    assert.deepEqual(elsewhere.body.requests, []);
    assert.equal((await t.as('m0005').get(`${R}/similar`)).status, 400);
    assert.equal((await t.as('m0005').get(`${R}/similar?title=${'长'.repeat(61)}`)).status, 400);
  });

  it("one voice per member and request; the requester's own request already has theirs; withdraw and add again", async () => {
    const family = await byTitle(t.as('m0004'), '红色家风故事分享');
    assert.equal(family.voices, 7);
    const added = await voice('m0004', family.id, true);
    assert.deepEqual([added.status, added.body.voices, added.body.mine.voiced], [200, 8, true]);
    const twice = await voice('m0004', family.id, true);
    assert.equal(twice.body.voices, 8, 'a second voice (new key) changes nothing');
    assert.equal(votersOf(family.id).filter((v) => v === 'm0004').length, 1);
    const own = await voice('m0007', family.id, true);
    assert.deepEqual([own.body.voices, own.body.mine], [8, { asked: true, voiced: true, unread: false }], 'the requester’s voice is already counted');
    const withdrawn = await voice('m0004', family.id, false);
    assert.deepEqual([withdrawn.body.voices, withdrawn.body.mine.voiced], [7, false]);
    assert.equal((await voice('m0004', family.id, false)).body.voices, 7);
    const requesterOut = await voice('m0007', family.id, false);
    assert.deepEqual([requesterOut.body.voices, requesterOut.body.mine], [6, { asked: true, voiced: false, unread: false }]);
    assert.equal((await voice('m0007', family.id, true)).body.voices, 7);
  });

  it('voices change only while a request is received or planned (409); other branches’ requests are not there (404)', async () => {
    const member = t.as('member');
    for (const title of ['法律常识：土地承包与婚姻家庭', '组织外出参观红色教育基地', '教老党员用智能手机']) {
      const r = await byTitle(member, title);
      for (const who of ['m0013', 'm0001']) {
        const res = await voice(who, r.id, who === 'm0013');
        assert.equal(res.status, 409, `${title} ${who}`);
        assert.equal(res.body.type, '/problems/course-request-closed');
      }
    }
    const b02 = await byTitle(t.as('m0022'), '乡村振兴政策解读');
    assert.equal((await voice('m0001', b02.id, true)).status, 404);
    assert.equal((await voice('m0001', 'cr_nothing', true)).status, 404);
    assert.equal((await member.post(`${R}/seen`, { seen: [{ id: b02.id, revision: 0 }] })).status, 200, 'marks on what the member cannot see are ignored');
  });

  it('the secretary moves requests only as the status allows; each change needs its field; references must exist', async () => {
    const r = await ask('m0006', '蔬菜大棚管理');
    const planned = await setStatus(r.id, { status: 'planned', plannedOn: '2026-10-01', topic: '种植技术' });
    assert.equal(planned.status, 200, JSON.stringify(planned.body));
    assert.deepEqual([planned.body.status, planned.body.revision, planned.body.plannedOn, planned.body.topic, planned.body.statusChangedAt], ['planned', 1, '2026-10-01', '种植技术', '2026-09-15T02:00:00.000Z']);
    const moved = await setStatus(r.id, { status: 'planned', plannedOn: '2026-11-01' });
    assert.deepEqual([moved.body.revision, moved.body.plannedOn], [2, '2026-11-01']);
    const problems: [Record<string, unknown>, number, string, string?][] = [
      [{ status: 'planned' }, 400, '/plannedOn'],
      [{ status: 'planned', plannedOn: '2026-10-01', courseId: 'c-nongye' }, 400, '/courseId'],
      [{ status: 'planned', plannedOn: '2026-02-30' }, 400, '/plannedOn'],
      [{ status: 'planned', plannedOn: '2026-09-14' }, 422, '/plannedOn', '/problems/invalid-course-request'],
      [{ status: 'available', courseId: 'c-nothing' }, 422, '/courseId', '/problems/invalid-course-request'],
      [{ status: 'declined', reason: ' ' }, 400, '/reason'],
      [{ status: 'merged', mergedInto: r.id }, 422, '/mergedInto', '/problems/invalid-course-request'],
      [{ status: 'received' }, 400, '/status'],
    ];
    for (const [change, status, pointer, type] of problems) {
      const res = await setStatus(r.id, change);
      assert.equal(res.status, status, JSON.stringify(change));
      assert.equal(res.body.errors?.[0]?.pointer, pointer, JSON.stringify(change));
      if (type) assert.equal(res.body.type, type);
    }
    const linked = await setStatus(r.id, { status: 'available', courseId: 'c-nongye' });
    assert.deepEqual([linked.body.status, linked.body.course, linked.body.plannedOn, linked.body.revision], ['available', { id: 'c-nongye', title: '现代农业实用技术' }, '2026-11-01', 3]);
    const refused = await setStatus(r.id, { status: 'declined', reason: '已上线' });
    assert.equal(refused.status, 409);
    assert.equal(refused.body.type, '/problems/status-transition');
    assert.equal(refused.body.detail, 'The request is available: it cannot become declined.');
    const declined = await setStatus((await ask('m0006', '养蜂技术')).id, { status: 'declined', reason: '  暂无师资，建议参加县农技站培训。 ' });
    assert.deepEqual([declined.body.status, declined.body.declineReason], ['declined', '暂无师资，建议参加县农技站培训。']);
    const other = await ask('m0006', '稻田养鱼');
    for (const target of [declined.body.id, (await byTitle(t.as('m0022'), '乡村振兴政策解读')).id]) {
      const res = await setStatus(other.id, { status: 'merged', mergedInto: target });
      assert.equal(res.status, 422);
    }
  });

  it('only the branch’s secretary (or an admin) answers requests and sees them by demand', async () => {
    const r = await ask('m0008', '农机维修');
    assert.equal((await setStatus(r.id, { status: 'planned', plannedOn: '2026-10-01' }, 'm0008')).status, 403, 'an ordinary member');
    assert.equal((await setStatus(r.id, { status: 'planned', plannedOn: '2026-10-01' }, 'm0021')).status, 404, 'the secretary of 第二党支部 cannot see it');
    assert.equal((await t.as('member').get(BRANCH('b01'))).status, 403);
    assert.equal((await t.as('m0021').get(BRANCH('b01'))).status, 403);
    assert.equal((await t.as('secretary').get(BRANCH('b02'))).status, 403);
    assert.equal((await t.as('secretary').get(BRANCH('b99'))).status, 403, 'not the secretary of b99 either');
    t.db.prepare("UPDATE members SET roles = 'member,admin' WHERE id = 'm0040'").run();
    const admin = t.as('m0040');
    assert.equal((await admin.get(BRANCH('b01'))).status, 200);
    assert.equal((await admin.get(BRANCH('b99'))).status, 404);
    assert.equal((await admin.post(`${R}/${r.id}/status`, { status: 'planned', plannedOn: '2026-10-01' })).status, 200);
  });

  it('merging moves the voices to the target, each member once (named or not); the merged request keeps its count', async () => {
    const target = await ask('m0010', '花卉种植');
    await voice('m0011', target.id, true);
    const dup = await ask('m0012', '花卉种植技术');
    await voice('m0011', dup.id, true);
    await voice('m0013', dup.id, true);
    const anonymousDup = await ask('m0014', '花卉栽培', { anonymous: true });
    await voice('m0010', anonymousDup.id, true);
    const anonymousAlso = await ask('m0011', '学种花', { anonymous: true });
    const merged = await setStatus(dup.id, { status: 'merged', mergedInto: target.id, topic: '花卉' });
    assert.deepEqual([merged.body.status, merged.body.mergedInto, merged.body.voices], ['merged', { id: target.id, title: '花卉种植' }, 3]);
    for (const d of [anonymousDup, anonymousAlso]) assert.equal((await setStatus(d.id, { status: 'merged', mergedInto: target.id })).status, 200);
    const after = await byTitle(t.as('m0014'), '花卉种植');
    // m0010 (requester), m0011 (voiced both, and asked one anonymously), m0012, m0013, m0014 (anonymously): five members.
    assert.equal(after.voices, 5);
    assert.equal(after.topic, '花卉');
    assert.deepEqual(after.mine, { asked: false, voiced: true, unread: false });
    const voters = votersOf(target.id);
    assert.equal(voters.length, 5);
    assert.deepEqual(voters.filter((v) => v.startsWith('m')).sort(), ['m0010', 'm0011', 'm0012', 'm0013']);
    assert.ok(!voters.includes('m0014'), 'the anonymous requester’s voice still names nobody');
    const source = await byTitle(t.as('m0012'), '花卉种植技术');
    assert.deepEqual([source.status, source.voices, source.mine], ['merged', 3, { asked: true, voiced: true, unread: true }]);
    const withdrawn = await voice('m0014', target.id, false);
    assert.deepEqual([withdrawn.body.voices, withdrawn.body.mine.voiced], [4, false]);
  });

  it('a status change is unread for the requester and those who voiced, until they mark the revision they were shown', async () => {
    const member = t.as('member');
    const ecommerce = await byTitle(member, '农村电商直播入门');
    assert.equal(ecommerce.mine.unread, true);
    const seen = await member.post(`${R}/seen`, { seen: [{ id: ecommerce.id, revision: ecommerce.revision }] });
    assert.deepEqual([seen.status, seen.body], [200, { unread: 0 }]);
    assert.equal((await byTitle(member, '农村电商直播入门')).mine.unread, false);
    const voicer = t.as('m0003');
    assert.equal((await byTitle(voicer, '农村电商直播入门')).mine.unread, true, 'm0003 voiced it and has not looked');
    await setStatus(ecommerce.id, { status: 'planned', plannedOn: '2026-10-10' });
    assert.equal((await member.get(R)).body.unread, 1);
    const stale = await member.post(`${R}/seen`, { seen: [{ id: ecommerce.id, revision: ecommerce.revision }] });
    assert.equal(stale.body.unread, 1, 'a mark of revision 1 does not hide revision 2');
    assert.equal((await member.post(`${R}/seen`, { seen: [{ id: ecommerce.id, revision: 99 }] })).body.unread, 0, 'never beyond the current revision');
    await setStatus(ecommerce.id, { status: 'available', courseId: 'c-nongye' });
    assert.equal((await member.get(R)).body.unread, 1, 'a later change is unread again');
    const stranger = t.as('m0020');
    const before = (await stranger.get(R)).body.unread;
    await stranger.post(`${R}/seen`, { seen: [{ id: ecommerce.id, revision: 3 }] });
    assert.equal((await byTitle(stranger, '农村电商直播入门')).mine.unread, false);
    assert.equal((await stranger.get(R)).body.unread, before);
    const late = await voice('m0019', (await byTitle(member, '智能手机常用功能培训')).id, true);
    assert.equal(late.body.mine.unread, false, 'a voice added now starts from the revision it saw');
  });

  it('injection strings in every parameter and reference of requests and plans → 4xx, nothing changed; free text kept verbatim', async () => {
    const strings = ["' OR '1'='1", "'; DROP TABLE course_requests; --", "b01' UNION SELECT password_hash FROM members --", '%27%20OR%201%3D1', '../b02'];
    const before = tableCounts(t);
    const secretary = t.as('secretary');
    const some = (await byTitle(t.as('member'), '红色家风故事分享')).id;
    for (const s of strings) {
      const e = encodeURIComponent(s);
      const reads = [`${R}?status=${e}`, `${R}?mine=${e}`, `${R}?cursor=${e}`, BRANCH(e), BRANCH('b01', `?group=${e}`), BRANCH('b01', `?category=${e}`), `/api/v1/branches/${e}/study-summary`, `/api/v1/branches/b01/study-summary?year=${e}`, `/api/v1/branches/${e}/study-assignments`];
      for (const path of reads) {
        const res = await secretary.get(path);
        assert.ok(res.status >= 400 && res.status < 500, `${path} → ${res.status}`);
      }
      const similar = await secretary.get(`${R}/similar?title=${e}`);
      assert.equal(similar.status, 200);
      const writes: [string, string, unknown][] = [
        ['put', `${R}/${e}/voice`, { voiced: true }],
        ['post', `${R}/${e}/status`, { status: 'declined', reason: '测试' }],
        ['post', `${R}/${some}/status`, { status: 'merged', mergedInto: s }],
        ['post', `${R}/${some}/status`, { status: 'available', courseId: s }],
        ['post', `${R}/${some}/status`, { status: 'planned', plannedOn: s }],
        ['post', R, { title: '测试标题', category: s, anonymous: false }],
        ['post', `/api/v1/branches/b01/study-assignments`, { title: '测试', courseIds: [s], groups: ['cadre'], memberIds: [] }],
        ['post', `/api/v1/branches/b01/study-assignments`, { title: '测试', courseIds: ['c-falv'], groups: [], memberIds: [s] }],
        ['post', `/api/v1/branches/b01/study-assignments/${e}/remove`, {}],
      ];
      for (const [method, path, body] of writes) {
        const res = method === 'put' ? await secretary.put(path, body) : await secretary.post(path, body);
        assert.ok(res.status >= 400 && res.status < 500, `${method} ${path} ${JSON.stringify(body)} → ${res.status}`);
      }
    }
    const after = tableCounts(t);
    for (const table of Object.keys(before)) if (table !== 'idempotency_keys') assert.equal(after[table], before[table], table);
    const text = "'); DROP TABLE course_requests; --";
    const kept = await ask('m0009', text, { details: text });
    assert.deepEqual([kept.title, (await byTitle(t.as('m0009'), text)).title], [text, text]);
  });

  it('demand: voices plus survey answers choosing the topic; filters by group or dues category count only those members', async () => {
    const secretary = t.as('secretary');
    const view = await secretary.get(BRANCH('b01', '?limit=100'));
    assert.equal(view.status, 200);
    assert.deepEqual([view.body.branchId, view.body.branchName], ['b01', '第一党支部']);
    const items = view.body.items as Request[];
    const open = items.filter((r) => r.status === 'received' || r.status === 'planned');
    assert.deepEqual(open.map((r) => r.demand.total), [...open.map((r) => r.demand.total)].sort((a, b) => b - a), 'ranked by demand');
    // Answers: members of b01 whose answer to q-study-topics chose a choice whose topic is 实用技能 (value skills).
    const skills = (t.db.prepare("SELECT s.answers FROM submissions s JOIN members m ON m.id = s.member_id WHERE s.questionnaire_id = 'q-study-topics' AND m.branch_id = 'b01'").pluck().all() as string[])
      .filter((a) => (JSON.parse(a).wanted as string[]).includes('skills')).length;
    assert.ok(skills > 0);
    const phone = items.find((r) => r.title === '智能手机常用功能培训')!;
    assert.deepEqual([phone.topic, phone.demand.answers, phone.demand.total], ['实用技能', skills, phone.voices + skills]);
    assert.equal(view.body.topics.find((x: { topic: string }) => x.topic === '实用技能').answers, skills);
    assert.ok(view.body.topics.some((x: { topic: string; requests: number }) => x.requests === 0), 'topics nobody has asked for yet are listed too');

    const voter = t.memberWhoHasNotAnswered('q-study-topics');
    const answered = await t.as(voter).post('/api/v1/questionnaires/q-study-topics/responses', { answers: { wanted: ['skills', 'law'], format: 'both' } });
    assert.equal(answered.status, 201);
    const afterAnswer = (await secretary.get(BRANCH('b01', '?limit=100'))).body.items.find((r: Request) => r.id === phone.id);
    assert.equal(afterAnswer.demand.answers, skills + 1);

    const cadres = await secretary.get(BRANCH('b01', '?group=cadre&limit=100'));
    const cadreIds = new Set(t.db.prepare("SELECT id FROM members WHERE branch_id = 'b01' AND education_groups LIKE '%cadre%'").pluck().all() as string[]);
    const cadrePhone = (cadres.body.items as Request[]).find((r) => r.id === phone.id)!;
    assert.equal(cadrePhone.demand.voices, votersOf(phone.id).filter((v) => cadreIds.has(v)).length);
    assert.equal(cadrePhone.voices, afterAnswer.voices, '`voices` stays the whole count');
    assert.ok((cadres.body.items as Request[]).every((r) => r.demand.total > 0), 'requests without such demand are left out');

    const lonely = await ask('m0015', '直播带货的法律风险', { anonymous: true, category: '法治教育' });
    const all = (await secretary.get(BRANCH('b01', '?limit=100'))).body.items as Request[];
    assert.equal(all.find((r) => r.id === lonely.id)!.demand.voices, 1);
    for (const filter of ['group=ordinary', 'group=skilled', 'group=cadre', 'category=in-service']) {
      const filtered = (await secretary.get(BRANCH('b01', `?${filter}&limit=100`))).body.items as Request[];
      const found = filtered.find((r) => r.id === lonely.id);
      assert.ok(!found || found.demand.voices === 0, `${filter}: the anonymous requester's voice is never counted in a group`);
    }
    const byStatus = await secretary.get(BRANCH('b01', '?status=declined'));
    assert.ok((byStatus.body.items as Request[]).every((r) => r.status === 'declined'));
    assert.equal((await secretary.get(BRANCH('b01', '?group=elderly'))).status, 400);
  });
});
