/**
 * Course requests for the stories and tests of `<pb-course-requests>`, shaped like the
 * reference server's answers and relative to today (China's calendar): 第一党支部's requests
 * in every status, the member's own among them (one anonymous, one planned with news), and
 * a page backend that keeps the server's rules in memory (one voice per member, the status
 * moves, merges, marks by revision, near duplicates by shared bigrams) so a story or a test
 * can ask, voice and answer as on the demo. No DOM, no msw.
 */
import type { Backend } from '../../src/api/backend.js';
import { ProblemError } from '../../src/api/errors.js';
import type {
  BranchCourseRequestPage,
  CourseRequest,
  CourseRequestCreate,
  CourseRequestPage,
  CourseRequestStatusChange,
  CoursePage,
  SimilarCourseRequests,
} from '../../src/api/types.js';
import { chinaDay } from '../../src/education/pb-course-requests/internal/request-status.js';

/** A day `delta` days from today, China's calendar. */
export const dayFrom = (delta: number): string => chinaDay(Date.now() + delta * 86_400_000);

export function courseRequest(id: string, extra: Partial<CourseRequest> = {}): CourseRequest {
  const voices = extra.voices ?? 3;
  return {
    id,
    branchId: 'b01',
    title: `学习需求 ${id}`,
    details: '',
    category: '实用技能',
    topic: extra.category ?? '实用技能',
    anonymous: false,
    requester: { id: 'm0005', name: '王芳' },
    status: 'received',
    revision: 0,
    createdOn: dayFrom(-5),
    statusChangedAt: null,
    plannedOn: null,
    course: null,
    declineReason: null,
    mergedInto: null,
    voices,
    demand: { voices, answers: 0, total: voices },
    mine: { asked: false, voiced: false, unread: false },
    ...extra,
  };
}

const demand = (voices: number, answers: number) => ({ voices, answers, total: voices + answers });
const mine = (asked: boolean, voiced: boolean, unread = false) => ({ asked, voiced, unread });

/** 第一党支部's requests as demo-member (张建国) sees them, open ones first, each status once or more. */
export function memberRequests(): CourseRequest[] {
  return [
    courseRequest('cr-ecommerce', {
      title: '农村电商直播入门',
      details: '想学习用手机直播销售本村的茶叶和笋干，包括开通账号、拍摄和讲解技巧。',
      requester: { id: 'm0001', name: '张建国' },
      status: 'planned',
      revision: 1,
      createdOn: dayFrom(-12),
      statusChangedAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
      plannedOn: dayFrom(20),
      voices: 6,
      demand: demand(6, 4),
      mine: mine(true, true, true),
    }),
    courseRequest('cr-family', {
      title: '红色家风故事分享',
      details: '请老党员讲讲自家的红色家风故事，录成音频课。',
      category: '党史学习教育',
      topic: '党史学习教育',
      requester: { id: 'm0007', name: '陈立新' },
      voices: 7,
      demand: demand(7, 2),
      mine: mine(false, true),
    }),
    courseRequest('cr-phone', {
      title: '智能手机常用功能培训',
      details: '很多老党员不会用微信支付、视频通话，建议开一门手机使用课。',
      status: 'planned',
      revision: 1,
      plannedOn: dayFrom(35),
      voices: 5,
      demand: demand(5, 4),
    }),
    courseRequest('cr-online', {
      title: '如何在手机上参加网上党支部活动',
      details: '不太会用手机上的党建平台，希望有人手把手教一下。',
      category: '党务知识',
      topic: '党务知识',
      anonymous: true,
      requester: null,
      voices: 3,
      demand: demand(3, 1),
      mine: mine(true, true),
    }),
    courseRequest('cr-finance', {
      title: '家庭理财与防范电信诈骗',
      details: '最近村里有人被骗，希望讲讲怎么识别诈骗。',
      category: '经济知识',
      topic: '经济知识',
      anonymous: true,
      requester: null,
      createdOn: dayFrom(-3),
      voices: 3,
      demand: demand(3, 0),
    }),
    courseRequest('cr-law', {
      title: '法律常识：土地承包与婚姻家庭',
      details: '村里经常遇到土地流转和家庭纠纷，想系统学一学相关法律。',
      category: '法治教育',
      topic: '法治教育',
      requester: { id: 'm0001', name: '张建国' },
      status: 'available',
      revision: 2,
      createdOn: dayFrom(-60),
      plannedOn: dayFrom(-30),
      course: { id: 'c-falv', title: '农村常用法律知识' },
      voices: 4,
      demand: demand(4, 0),
      mine: mine(true, true),
    }),
    courseRequest('cr-visit', {
      title: '组织外出参观红色教育基地',
      details: '建议组织党员到嘉兴南湖参观学习。',
      category: '党史学习教育',
      topic: '党史学习教育',
      requester: { id: 'm0001', name: '张建国' },
      status: 'declined',
      revision: 1,
      createdOn: dayFrom(-40),
      declineReason: '本季度活动经费已用完，已列入明年计划；可先参加线上红色展馆学习。',
      voices: 2,
      demand: demand(2, 2),
      mine: mine(true, true),
    }),
    courseRequest('cr-phone-elderly', {
      title: '教老党员用智能手机',
      details: '帮老党员学会用手机看新闻、学党课。',
      requester: { id: 'm0001', name: '张建国' },
      status: 'merged',
      revision: 1,
      createdOn: dayFrom(-20),
      mergedInto: { id: 'cr-phone', title: '智能手机常用功能培训' },
      voices: 1,
      demand: demand(1, 4),
      mine: mine(true, true),
    }),
  ];
}

export function memberPage(items: CourseRequest[] = memberRequests(), extra: Partial<CourseRequestPage> = {}): CourseRequestPage {
  return { items, nextCursor: null, total: items.length, unread: items.filter((r) => r.mine.unread).length, ...extra };
}

export const topics = [
  { topic: '实用技能', answers: 4, requests: 2 },
  { topic: '党史学习教育', answers: 2, requests: 1 },
  { topic: '党务知识', answers: 1, requests: 1 },
  { topic: '乡村振兴', answers: 3, requests: 0 },
];

/** The secretary's page: the same requests with who asked (none for anonymous ones), ranked by demand, open ones first. */
export function branchPage(items: CourseRequest[] = memberRequests(), extra: Partial<BranchCourseRequestPage> = {}): BranchCourseRequestPage {
  const order = ['received', 'planned', 'available', 'declined', 'merged'];
  const open = (r: CourseRequest) => (r.status === 'received' || r.status === 'planned' ? 0 : order.indexOf(r.status));
  const ranked = [...items].sort((a, b) => open(a) - open(b) || b.demand.total - a.demand.total);
  return { branchId: 'b01', branchName: '第一党支部', items: ranked, nextCursor: null, total: ranked.length, topics, ...extra };
}

export const catalogCategories = ['理论学习', '党史学习教育', '党务知识', '实用技能', '经济知识', '法治教育', '党风廉政'];
export const catalogCourses = [
  { id: 'c-dangzhang', title: '党章学习', category: '理论学习' },
  { id: 'c-nongye', title: '现代农业实用技术', category: '实用技能' },
  { id: 'c-anquan', title: '安全生产与应急常识', category: '实用技能' },
  { id: 'c-falv', title: '农村常用法律知识', category: '法治教育' },
  { id: 'c-dangwu', title: '基层党务工作实务', category: '党务知识' },
];

/** The catalog as `listCourses` answers (the fields the widget reads and a few more). */
export function catalogPage(limit = 100): CoursePage {
  const items = catalogCourses.slice(0, limit).map((c) => ({
    ...c,
    description: '',
    required: false,
    coverUrl: null,
    lessonCount: 3,
    durationSeconds: 1800,
    creditHours: 2,
    progress: { percent: 0, creditedSeconds: 0, completed: false },
  }));
  return { items, nextCursor: null, total: catalogCourses.length, categories: catalogCategories };
}

/** Character bigrams of a title after NFKC, lower case and without spaces or punctuation (as the contract says). */
function bigrams(title: string): Set<string> {
  const chars = [...title.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '')];
  if (chars.length === 1) return new Set(chars);
  return new Set(chars.slice(1).map((c, i) => chars[i]! + c));
}

/** The contract's overlap coefficient: bigrams shared ÷ those of the shorter title; one shared bigram counts for nothing unless it is all the shorter has. */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  const shared = [...x].filter((g) => y.has(g)).length;
  const shorter = Math.min(x.size, y.size);
  if (!shorter || (shared < 2 && shorter > 1)) return 0;
  return shared / shorter;
}

export interface FakeRequests {
  backend: Partial<Backend>;
  /** The requests as the server keeps them (the member's part included). */
  requests: CourseRequest[];
  /** Every write, in order: operation, arguments, idempotency key. */
  writes: Array<{ operation: string; args: unknown[]; key: string }>;
}

/**
 * A page backend over `requests` with the server's rules: lists filtered as asked, one
 * voice per member (a state), closed requests refusing voices (409), the secretary's moves
 * (received → any; planned → any; the rest final), merges carrying voices, marks by
 * revision, near duplicates at 0.5 or more. Writes answer once per idempotency key.
 */
export function fakeRequests(requests: CourseRequest[] = memberRequests(), options: { catalog?: CoursePage } = {}): FakeRequests {
  const writes: FakeRequests['writes'] = [];
  const answered = new Map<string, unknown>();
  const find = (id: string) => {
    const request = requests.find((r) => r.id === id);
    if (!request) throw new ProblemError({ status: 404, title: 'Not Found', detail: 'Course request not found' });
    return request;
  };
  const conflict = (kind: string, detail: string) => new ProblemError({ status: 409, title: 'Conflict', type: `https://party-building-widgets.example/problems/${kind}`, detail });
  const once = async <T>(operation: string, args: unknown[], key: string, run: () => T): Promise<T> => {
    if (answered.has(key)) return structuredClone(answered.get(key)) as T;
    writes.push({ operation, args: structuredClone(args), key });
    const result = run();
    answered.set(key, structuredClone(result));
    return structuredClone(result);
  };
  const open = (r: CourseRequest) => r.status === 'received' || r.status === 'planned';
  const setVoice = (r: CourseRequest, voiced: boolean) => {
    if (r.mine.voiced === voiced) return;
    const step = voiced ? 1 : -1;
    r.voices += step;
    r.demand = { ...r.demand, voices: r.demand.voices + step, total: r.demand.total + step };
    r.mine = { ...r.mine, voiced };
  };
  let made = 0;
  const backend: Partial<Backend> = {
    async listCourseRequests(query) {
      const items = requests.filter((r) => (!query.status || r.status === query.status) && (!query.mine || r.mine.asked || r.mine.voiced));
      return structuredClone(memberPage(items, { unread: requests.filter((r) => r.mine.unread).length }));
    },
    async getBranchCourseRequests(_branchId, query) {
      const items = requests.filter((r) => !query.status || r.status === query.status);
      return structuredClone(branchPage(items));
    },
    async findSimilarCourseRequests({ title }): Promise<SimilarCourseRequests> {
      const close = <T>(items: T[], of: (item: T) => string) =>
        items
          .map((item) => ({ item, score: similarity(title, of(item)) }))
          .filter((s) => s.score >= 0.5)
          .sort((a, b) => b.score - a.score)
          .slice(0, 5);
      return structuredClone({
        requests: close(requests.filter((r) => r.status !== 'merged'), (r) => r.title).map(({ item, score }) => ({ request: item, score })),
        courses: close(catalogCourses, (c) => c.title).map(({ item, score }) => ({ ...item, score })),
      });
    },
    async listCourses(query) {
      return structuredClone(options.catalog ?? catalogPage(query.limit ?? 20));
    },
    createCourseRequest: (create: CourseRequestCreate, { idempotencyKey }) =>
      once('createCourseRequest', [create], idempotencyKey, () => {
        const request = courseRequest(`cr-new-${++made}`, {
          title: create.title,
          details: create.details ?? '',
          category: create.category,
          topic: create.category,
          anonymous: create.anonymous,
          requester: create.anonymous ? null : { id: 'm0001', name: '张建国' },
          createdOn: dayFrom(0),
          voices: 1,
          demand: demand(1, 0),
          mine: mine(true, true),
        });
        requests.unshift(request);
        return request;
      }),
    setCourseRequestVoice: (id, { voiced }, { idempotencyKey }) =>
      once('setCourseRequestVoice', [id, { voiced }], idempotencyKey, () => {
        const r = find(id);
        if (!open(r)) throw conflict('course-request-closed', `The request is ${r.status}; voices change only while it is received or planned.`);
        setVoice(r, voiced);
        return r;
      }),
    setCourseRequestStatus: (id, change: CourseRequestStatusChange, { idempotencyKey }) =>
      once('setCourseRequestStatus', [id, change], idempotencyKey, () => {
        const r = find(id);
        if (!open(r)) throw conflict('status-transition', `A ${r.status} request cannot become ${change.status}.`);
        r.status = change.status;
        r.revision += 1;
        r.statusChangedAt = new Date().toISOString();
        if (change.topic) r.topic = change.topic;
        if (change.plannedOn) r.plannedOn = change.plannedOn;
        if (change.courseId) r.course = { id: change.courseId, title: catalogCourses.find((c) => c.id === change.courseId)?.title ?? change.courseId };
        if (change.reason) r.declineReason = change.reason;
        if (change.mergedInto) {
          const target = find(change.mergedInto);
          r.mergedInto = { id: target.id, title: target.title };
          target.voices += r.voices;
          target.demand = demand(target.demand.voices + r.voices, target.demand.answers);
        }
        return r;
      }),
    markCourseRequestsSeen: ({ seen }, { idempotencyKey }) =>
      once('markCourseRequestsSeen', [{ seen }], idempotencyKey, () => {
        for (const { id, revision } of seen) {
          const r = requests.find((x) => x.id === id);
          if (r && r.revision === revision) r.mine = { ...r.mine, unread: false };
        }
        return { unread: requests.filter((r) => r.mine.unread).length };
      }),
  };
  return { backend, requests, writes };
}
