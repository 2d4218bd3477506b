/**
 * The settings in docs/connect-your-backend.md work as printed: every JSON block is a
 * settings object the library accepts, the RuoYi and Sa-Token recipes are the very
 * settings the end-to-end tests connect those backends with, the percent-progress recipe
 * reads, creates and updates a stand-in backend's records, and the field tables match the
 * contract.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { backendFor } from '../../src/api/rest-backend.js';
import { presets } from '../../src/api/site/presets.js';
import { checkSite } from '../../src/api/site/site-check.js';
import { layerSettings, resolveSettings, type Settings } from '../../src/config/settings.js';
import { contractPath, END, guidePath, renderFieldTables, START } from '../../scripts/gen-field-tables.js';

const guide = readFileSync(guidePath, 'utf8');

/** JSON with `//` comments (outside strings) removed. */
function stripComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else out += c;
  }
  return out;
}

interface Block {
  line: number;
  /** The `<!-- docs-example: … -->` right above it, if any. */
  name: string | undefined;
  text: string;
}

/** Every JSON block of the guide, and the JSON settings inside its HTML examples. */
function settingsBlocks(): Block[] {
  const blocks: Block[] = [];
  for (const match of guide.matchAll(/(?:<!-- docs-example: (\S+) -->\n)?```(json|jsonc|html)\n([\s\S]*?)```/g)) {
    const line = guide.slice(0, match.index).split('\n').length;
    const [, name, lang, body] = match;
    if (lang === 'html') {
      for (const script of body!.matchAll(/<script type="application\/json" id="[\w-]+">([\s\S]*?)<\/script>/g)) blocks.push({ line, name, text: script[1]! });
    } else blocks.push({ line, name, text: body! });
  }
  return blocks;
}

const parse = (block: Block): Settings => JSON.parse(stripComments(block.text)) as Settings;
const named = (name: string) => parse(settingsBlocks().find((b) => b.name === name)!);

describe('the settings printed in the backend guide', () => {
  it('parses every block, and the library accepts each as settings', () => {
    const blocks = settingsBlocks();
    assert.ok(blocks.length >= 10, `found ${blocks.length} blocks`);
    for (const block of blocks) {
      let settings: Settings;
      assert.doesNotThrow(() => (settings = parse(block)), `the block at line ${block.line} is not JSON`);
      const problems = [...checkSite(settings!), ...resolveSettings(layerSettings([settings!, presets[settings!.preset ?? ''] ?? {}])).problems];
      assert.deepEqual(problems.map(String), [], `the block at line ${block.line}`);
    }
  });

  it('prints the RuoYi and Sa-Token recipes exactly as the end-to-end tests run them', () => {
    for (const file of ['test/backends/ruoyi/site.json', 'test/backends/satoken/site.json']) {
      assert.deepEqual(named(file), JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')), file);
    }
  });

  it('has field tables generated from the current contract (npx tsx scripts/gen-field-tables.ts)', () => {
    const section = guide.slice(guide.indexOf(START), guide.indexOf(END) + END.length);
    assert.equal(section, renderFieldTables(readFileSync(contractPath, 'utf8')));
  });
});

describe('the percent-progress recipe against a stand-in backend', () => {
  /** The platform the recipe describes: `{code: 0, message, data}`, a `token` header, records per member and chapter. */
  const records = new Map<string, { recordId: string; courseId: string; chapterId: string; rate: number; lastSecond: number }>();
  const calls: string[] = [];
  const course = {
    id: 'c1', name: '党章学习', intro: '逐章学习党章。', cover: '/files/c1.png',
    chapters: [
      { id: 'ch1', name: '第一章 党员', type: 1, url: '/media/ch1.mp4', minutes: 2 },
      { id: 'ch2', name: '第二章 党的组织制度', type: 3, url: '/files/ch2.pdf', minutes: 1 },
    ],
  };
  function answer(method: string, url: URL, body: Record<string, unknown>): unknown {
    const path = url.pathname;
    if (path === '/api/user/info') return { userId: 'u1', realName: '李明', deptId: 'd1', deptName: '第一党支部' };
    if (path === '/api/course/page') return { list: [{ id: 'c1', name: course.name, intro: course.intro, cover: course.cover }], total: 1 };
    if (path === '/api/course/c1') return course;
    if (method === 'GET' && path === '/api/study/record') return records.get(url.searchParams.get('chapterId')!) ?? null;
    if (method === 'POST' && path === '/api/study/record') {
      if (records.has(String(body['chapterId']))) throw new Error('记录已存在');
      records.set(String(body['chapterId']), { recordId: '1798234567890123456', courseId: String(body['courseId']), chapterId: String(body['chapterId']), rate: Number(body['rate']), lastSecond: Number(body['lastSecond']) });
      return true;
    }
    const record = [...records.values()].find((r) => path === `/api/study/record/${r.recordId}`);
    if (method === 'PUT' && record) return Object.assign(record, { rate: Number(body['rate']), lastSecond: Number(body['lastSecond']) }) && true;
    throw new Error(`no route ${method} ${path}`);
  }
  const realFetch = globalThis.fetch;
  before(() => {
    const storage = new Map([['token', 'T-member']]);
    Object.assign(globalThis, { sessionStorage: { getItem: (key: string) => storage.get(key) ?? null } });
    globalThis.fetch = (async (input: string, init: RequestInit) => {
      const url = new URL(input, 'http://site.test');
      calls.push(`${init.method} ${url.pathname}${url.search}`);
      if (new Headers(init.headers).get('token') !== 'T-member') return Response.json({ code: 401, message: '未登录' });
      try {
        return Response.json({ code: 0, message: 'ok', data: answer(init.method!, url, init.body ? JSON.parse(String(init.body)) : {}) });
      } catch (error) {
        return Response.json({ code: 500, message: (error as Error).message });
      }
    }) as typeof fetch;
  });
  after(() => {
    globalThis.fetch = realFetch;
    Reflect.deleteProperty(globalThis, 'sessionStorage');
  });

  const page = () => backendFor(resolveSettings(layerSettings([named('percent')])));
  const batch = (seq: number, from: number, to: number) => ({ sessionId: 's1', seq, position: to, intervals: [[from, to]] as Array<[number, number]>, activeSeconds: 0, ended: false });

  it('maps the member, the list and the course, lessons in seconds, each with the source its kind plays', async () => {
    const backend = page();
    assert.equal((await backend.me()).name, '李明');
    const list = await backend.listCourses({ limit: 10 });
    assert.deepEqual([list.items[0]!.title, list.total, list.nextCursor], ['党章学习', 1, null]);
    const { lessons } = await backend.getCourse('c1');
    assert.deepEqual(
      lessons.map((l) => [l.kind, l.durationSeconds, l.media?.src ?? null, l.document?.src ?? null]),
      [['video', 120, '/media/ch1.mp4', null], ['document', 60, null, '/files/ch2.pdf']],
    );
  });

  it('creates a chapter record, updates it by its id with the higher rate, never counts a batch twice, and resumes from it', async () => {
    const backend = page();
    assert.equal((await backend.getCourseProgress('c1')).percent, 0);
    assert.ok(calls.includes('GET /api/study/record?chapterId=ch1') && calls.includes('GET /api/study/record?chapterId=ch2'), 'each chapter read, with no course progress endpoint');
    await backend.reportProgress('c1', 'ch1', batch(1, 0, 60), { idempotencyKey: 'k1' });
    assert.deepEqual(records.get('ch1'), { recordId: '1798234567890123456', courseId: 'c1', chapterId: 'ch1', rate: 0.5, lastSecond: 60 });
    // The same batch again (its answer was lost): a level, so nothing more is counted.
    await backend.reportProgress('c1', 'ch1', batch(1, 0, 60), { idempotencyKey: 'k1' });
    assert.equal(records.get('ch1')!.rate, 0.5);
    const receipt = await backend.reportProgress('c1', 'ch1', batch(2, 60, 108), { idempotencyKey: 'k2' });
    assert.deepEqual([records.get('ch1')!.rate, records.get('ch1')!.lastSecond, receipt.lesson.completed], [0.9, 108, true]);
    assert.equal(calls.filter((c) => c === 'POST /api/study/record').length, 1, 'created once');
    assert.equal(calls.filter((c) => c === 'PUT /api/study/record/1798234567890123456').length, 2, 'then updated by the record id');

    const next = await page().getCourseProgress('c1');
    assert.deepEqual(next.lessons.map((l) => [l.lessonId, l.coverage, l.positionSeconds, l.completed]), [['ch1', 0.9, 108, true], ['ch2', 0, 0, false]]);
    assert.equal(next.percent, 50);
  });
});
