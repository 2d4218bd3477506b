/**
 * The pure parts of connecting a backend by settings: lossless JSON, field maps, body
 * templates, contract defaults and types, derived fields and the settings check. No
 * browser: these are plain functions over data.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseJson } from '../../json.js';
import { answerTrees } from '../contract-tree.gen.js';
import { conform, toIsoTime } from '../contract-tree.js';
import { derive, fillFromParams } from '../derive.js';
import { fillTemplate, mapAnswer, sourceOf, type MapContext, type Trace } from '../field-map.js';
import { answerRows } from '../per-option.js';
import { checkSite } from '../site-check.js';
import { tokenReader } from '../token-source.js';

const context = (body: unknown, params: Record<string, unknown> = {}): MapContext => ({ body, params, now: Date.parse('2026-12-07T00:00:00Z') });

describe('parseJson', () => {
  it('keeps a 19-digit id exact, as a string, where JSON.parse rounds it', () => {
    const text = '{"data":{"id":1798234567890123456,"ids":[1798234567890123457, 12],"n":42,"note":"1798234567890123456","neg":-1798234567890123456}}';
    assert.notEqual(String((JSON.parse(text) as { data: { id: number } }).data.id), '1798234567890123456');
    assert.deepEqual(parseJson(text), {
      data: { id: '1798234567890123456', ids: ['1798234567890123457', 12], n: 42, note: '1798234567890123456', neg: '-1798234567890123456' },
    });
  });

  it('leaves safe integers, decimals and digits inside strings alone', () => {
    assert.deepEqual(parseJson('{"a":9007199254740991,"b":1234567890123456.5,"c":"x\\":1798234567890123456"}'), {
      a: 9007199254740991,
      b: 1234567890123456.5,
      c: 'x":1798234567890123456',
    });
  });
});

describe('field maps', () => {
  const ruoyiCourses = {
    items: 'rows',
    total: 'total',
    item: {
      id: 'courseId',
      title: 'courseName',
      coverUrl: { from: 'coverImage', prefix: '/prod-api' },
      required: { from: 'isRequired', values: { Y: true, N: false } },
      'progress.completed': { from: 'studyStatus', values: { '2': true }, default: false },
      'progress.percent': 'progress',
      durationSeconds: { from: 'totalDuration', scale: 1 },
    },
  };

  it('maps a RuoYi course list: renamed fields, value maps, prefixed paths, nested progress, page numbers', () => {
    const body = { code: 200, rows: [{ courseId: 7, courseName: '党章学习', coverImage: '/profile/upload/a.png', isRequired: 'Y', studyStatus: '2', progress: 100, totalDuration: 600 }], total: 3 };
    const trace: Trace = [];
    const page = mapAnswer(ruoyiCourses, body, context(body, { cursor: undefined, limit: 1 }), trace) as Record<string, any>;
    assert.equal(page.total, 3);
    assert.equal(page.nextCursor, '2');
    assert.deepEqual(
      { id: page.items[0].id, title: page.items[0].title, coverUrl: page.items[0].coverUrl, required: page.items[0].required, progress: page.items[0].progress },
      { id: 7, title: '党章学习', coverUrl: '/prod-api/profile/upload/a.png', required: true, progress: { percent: 100, completed: true } },
    );
    assert.equal(sourceOf(trace, '$.items[0].title'), 'rows[0].courseName');
    assert.equal(sourceOf(trace, '$.items[0].progress.percent'), 'rows[0].progress');
    assert.equal(sourceOf(trace, '$.items[0].description'), 'rows[0].description');
  });

  it('builds lists from flat sources (pages.0.questions), reads the first of several paths, leaves an empty nested source out', () => {
    const paper = { paperId: 3, questionList: [{ questionId: 11, optionList: [{ optionKey: 'A', optionContent: '是' }] }] };
    const trace: Trace = [];
    const mapped = mapAnswer(
      { fields: { id: 'paperId', 'pages.0.id': { value: 'all' }, 'pages.0.questions': { from: 'questionList', item: { id: 'questionId', options: { from: 'optionList', item: { value: 'optionKey', label: 'optionContent' } } } } } },
      paper,
      context(paper),
      trace,
    ) as Record<string, any>;
    assert.deepEqual(mapped.pages, [{ id: 'all', questions: [{ questionId: 11, id: 11, optionList: paper.questionList[0]!.optionList, options: [{ optionKey: 'A', optionContent: '是', value: 'A', label: '是' }] }] }]);
    assert.equal(sourceOf(trace, '$.pages.0.questions[0].options[0].label'), 'questionList[0].optionList[0].optionContent');

    const rows = [{ userId: 5, deptId: 1, nickName: '李明' }, { deptId: 2, deptName: '第二党支部' }];
    const ranking = mapAnswer({ items: '', item: { id: { from: ['userId', 'deptId'] }, name: { from: ['nickName', 'deptName'] } } }, rows, context(rows), []) as any;
    assert.deepEqual(ranking.items.map((e: any) => [e.id, e.name]), [[5, '李明'], [2, '第二党支部']]);

    const chapter = mapAnswer({ fields: { 'media.src': 'videoUrl', 'document.src': 'fileUrl' } }, { videoUrl: null, fileUrl: '/a.pdf' }, context({}), []) as any;
    assert.equal(chapter.media, undefined);
    assert.deepEqual(chapter.document, { src: '/a.pdf' });
  });

  it('reads the whole body ($), request parameters and one record as a list of one', () => {
    const getInfo = { code: 200, msg: '操作成功', user: { userId: 1, nickName: '李明', dept: { deptName: '第一党支部' } }, roles: ['common'] };
    const me = mapAnswer({ data: '$', fields: { id: 'user.userId', name: 'user.nickName', branchName: 'user.dept.deptName', roles: { from: 'roles', values: { admin: 'admin' }, default: 'member' } } }, undefined, context(getInfo), []) as any;
    assert.deepEqual([me.id, me.name, me.branchName, me.roles], [1, '李明', '第一党支部', ['member']]);
    const mine = mapAnswer({ items: '', item: { id: 'recordId' } }, { recordId: 9 }, context({}), []) as any;
    assert.deepEqual(mine.items.map((i: any) => i.id), [9]);
    assert.deepEqual((mapAnswer({ items: '', item: { id: 'recordId' } }, undefined, context({}), []) as any).items, []);
  });

  it('fills body templates: whole values keep their type, lists per entry, joined options', () => {
    const template = { paperId: '{questionnaireId}', note: 'q{questionnaireId}', answerList: { each: 'answers', item: { questionId: '{key}', answer: { join: ',', from: '{value}' } } } };
    assert.deepEqual(fillTemplate(template, { questionnaireId: 3, answers: { '11': ['A', 'C'], '12': 'B', '13': '好' } }), {
      paperId: 3,
      note: 'q3',
      answerList: [
        { questionId: '11', answer: 'A,C' },
        { questionId: '12', answer: 'B' },
        { questionId: '13', answer: '好' },
      ],
    });
    assert.deepEqual(fillTemplate({ userId: '{me.id}', tenant: '{values.tenant}' }, { me: { id: '1798234567890123456' }, values: { tenant: 't1' } }), { userId: '1798234567890123456', tenant: 't1' });
  });

  it('turns answers into one row per option, per grid row, per text', () => {
    assert.deepEqual(answerRows({ q1: 'a', q2: ['b', 'c'], q3: { r1: 'x' }, q4: 3 }), [
      { questionId: 'q1', value: 'a', key: null },
      { questionId: 'q2', value: 'b', key: null },
      { questionId: 'q2', value: 'c', key: null },
      { questionId: 'q3', value: 'x', key: 'r1' },
      { questionId: 'q4', value: 3, key: null },
    ]);
  });
});

describe('the contract tree', () => {
  it('fills documented defaults and reads values as the contract types them', () => {
    const course = conform(
      { id: 7, title: '党章学习', lessons: [{ id: 1798234567890123456n.toString(), title: 'x', kind: 'video', durationSeconds: '600', media: { src: '/v.mp4' } }], progress: { percent: '50' } },
      answerTrees['getCourse'],
    ) as any;
    assert.equal(course.id, '7');
    assert.equal(course.lessons[0].durationSeconds, 600);
    assert.equal(course.progress.percent, 50);
    assert.equal(course.policy.completionCoverage, 0.9);
    assert.equal(course.policy.heartbeatSeconds, 15);
  });

  it('reads China-time text and epoch milliseconds as ISO times', () => {
    assert.equal(toIsoTime('2026-05-01 10:00:00'), '2026-05-01T02:00:00.000Z');
    assert.equal(toIsoTime(Date.parse('2026-05-01T02:00:00Z')), '2026-05-01T02:00:00.000Z');
    assert.equal(toIsoTime('not a time'), 'not a time');
  });

  it('takes fields the answer lacks from the request, and ranks rows that come without ranks', () => {
    const page = fillFromParams({ items: [] }, { metric: 'points', scope: 'members', period: 'month' }, answerTrees['getLeaderboard']) as any;
    assert.deepEqual([page.metric, page.scope, page.period], ['points', 'members', 'month']);
    const ranked = derive('getLeaderboard', { metric: 'points', items: [{ value: 9 }, { value: 7 }, { value: 7 }, { value: 1 }] }, { cursor: '2', limit: 4 }) as any;
    assert.deepEqual(ranked.items.map((e: any) => e.rank), [5, 6, 6, 8]);
    assert.equal(ranked.unit, 'points');
  });
});

describe('checking a site settings object', () => {
  it('names each wrong setting', () => {
    const problems = checkSite({
      preset: 'ruoyi-plus',
      auth: { tokenFrom: 'window.token' },
      maps: { listCourse: {}, getCourse: { item: { title: 5 } } } as never,
      progress: { model: 'seconds' as never, read: 'GET /r?x={nope}' },
      answers: { mode: 'per-option' },
    }).map((p) => p.setting);
    assert.deepEqual(problems, ['preset', 'auth.tokenFrom', 'maps.listCourse', 'maps.getCourse.item.title', 'progress.model', 'progress.read', 'answers.answer']);
  });
});

describe('token sources', () => {
  it('reads a cookie, a storage key and a path inside a JSON value', () => {
    const globals = globalThis as Record<string, unknown>;
    const store = new Map([['pro__Access-Token', JSON.stringify({ value: 'jt-1', expire: null })], ['satoken', 'st-2']]);
    globals['document'] = { cookie: 'a=1; Admin-Token=ey.J%2Fx' };
    globals['localStorage'] = { getItem: (key: string) => store.get(key) ?? null };
    try {
      assert.equal(tokenReader('cookie:Admin-Token')(), 'ey.J/x');
      assert.equal(tokenReader('localStorage:satoken')(), 'st-2');
      assert.equal(tokenReader('localStorage:pro__Access-Token#value')(), 'jt-1');
      assert.equal(tokenReader('cookie:missing')(), undefined);
    } finally {
      delete globals['document'];
      delete globals['localStorage'];
    }
  });
});
