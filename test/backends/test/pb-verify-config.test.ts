/**
 * `pb-verify --config`: a site checked through its own settings by the library itself,
 * against the three stand-in backends (test/backends) over HTTP. Each passes with a
 * member's token, what it does not offer is skipped, nothing is written unless asked,
 * and a wrong field map is caught naming the contract field and the source it came from.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import type { Settings } from '../../../src/config/settings';
import { verifySite, type Row, type SiteVerifyOptions } from '../../../src/verify/verify-site';
import { startBackend, type BackendName, type RunningBackend } from '../serve';
import { JEECG_USERS } from '../jeecg/schema';
import { SATOKEN_USERS } from '../satoken/schema';

const T0 = Date.parse('2026-09-15T02:00:00.000Z');
const siteJson = (name: BackendName) => `test/backends/${name}/site.json`;
const settingsOf = (name: BackendName): Settings => JSON.parse(readFileSync(siteJson(name), 'utf8'));
/** The Sa-Token site reads the member's id from the page's storage: on the command line it is given. */
const valuesOf = (name: BackendName) => (name === 'satoken' ? { userId: SATOKEN_USERS.member } : undefined);

const failures = (rows: Row[]) => rows.filter((r) => r.result === 'fail');
const rowsOf = (rows: Row[], operation: string) => rows.filter((r) => r.check.startsWith(`${operation}(`));

/** Every row of every table: what a run may not change without --writes. */
function tables(up: RunningBackend): string {
  const names = up.backend.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  const rows = names.map((name) => [name, up.backend.db.prepare(`SELECT * FROM "${name}"`).all()]);
  return JSON.stringify(rows, (_, value: unknown) => (typeof value === 'bigint' ? String(value) : value));
}

const run = promisify(execFile);
/** The bin as a webmaster runs it; resolves with its exit code and output. */
async function bin(args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, ['bin/pb-verify.mjs', ...args], { timeout: 60_000 });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

/** Which operations each site does not offer (endpoints: false), and which it reads. */
const expected: Record<BackendName, { skipped: string[]; passed: string[] }> = {
  ruoyi: {
    skipped: ['getDraft', 'saveDraft', 'startAttempt', 'getPayment', 'getDuesSummary', 'getStats'],
    passed: ['me', 'listCourses', 'getCourse', 'getCourseProgress', 'listQuestionnaires', 'getQuestionnaire', 'getDues', 'getLeaderboard'],
  },
  satoken: {
    skipped: ['getDraft', 'saveDraft', 'startAttempt', 'getDues', 'createPayment', 'getPayment', 'getDuesSummary', 'getLeaderboard', 'getStats'],
    passed: ['me', 'listCourses', 'getCourse', 'getCourseProgress', 'listQuestionnaires', 'getQuestionnaire'],
  },
  jeecg: {
    skipped: ['getDraft', 'saveDraft', 'startAttempt', 'getDues', 'createPayment', 'getPayment', 'getDuesSummary', 'getLeaderboard', 'getStats'],
    passed: ['me', 'listCourses', 'getCourse', 'getCourseProgress', 'listQuestionnaires', 'getQuestionnaire'],
  },
};

for (const name of ['ruoyi', 'satoken', 'jeecg'] as const) {
  describe(`pb-verify --config against the ${name} style backend`, () => {
    let up: RunningBackend;
    before(async () => {
      up = await startBackend(name, { now: () => T0 });
    });
    after(() => up.close());
    const options = (more: Partial<SiteVerifyOptions> = {}): SiteVerifyOptions => ({
      settings: settingsOf(name),
      baseUrl: up.url,
      token: up.tokens.member,
      values: valuesOf(name),
      ...more,
    });

    it('passes with a member’s token through the site.json the page uses; what the site lacks is skipped as not offered; nothing is written', async () => {
      const before = tables(up);
      const rows = await verifySite(options());
      assert.deepEqual(failures(rows), []);
      for (const operation of expected[name].passed) {
        assert.ok(rowsOf(rows, operation).some((r) => r.result === 'pass'), `${operation} was checked and passed: ${JSON.stringify(rowsOf(rows, operation))}`);
      }
      for (const operation of expected[name].skipped) {
        const [row, ...more] = rowsOf(rows, operation);
        assert.ok(row, `${operation} has a row`);
        for (const r of [row, ...more]) {
          assert.equal(r.result, 'skip');
          assert.equal(r.endpoint, `endpoints.${operation}: false`);
          assert.match(r.problem, new RegExp(`^not offered on this site \\(endpoints\\.${operation} is false\\)`));
        }
      }
      const writes = rows.filter((r) => /^a write: .*run with --writes/.test(r.problem)).map((r) => r.check.slice(0, r.check.indexOf('(')));
      assert.ok(writes.includes('reportProgress') && writes.includes('submitResponse'), `writes skipped: ${writes.join(', ')}`);
      assert.equal(tables(up), before, 'a run without --writes changed the backend’s tables');
    });
  });
}

describe('pb-verify --config --writes', () => {
  for (const name of ['satoken', 'jeecg'] as const) {
    it(`makes the ${name} site’s writes for real and they pass: a progress report and a submission land in its own tables`, async () => {
      const up = await startBackend(name, { now: () => T0 });
      try {
        const rows = await verifySite({ settings: settingsOf(name), baseUrl: up.url, token: up.tokens.member, values: valuesOf(name), writes: true });
        assert.deepEqual(failures(rows), []);
        for (const operation of ['reportProgress', 'submitResponse']) assert.equal(rowsOf(rows, operation)[0]?.result, 'pass', operation);
        const lesson = /^reportProgress\((\d+)\)/.exec(rowsOf(rows, 'reportProgress')[0]!.check)![1];
        const count = (sql: string, ...args: unknown[]) => Number(up.backend.db.prepare(sql).pluck().get(...args));
        const [progress, submissions, member] =
          name === 'jeecg' ? ['study_progress', 'survey_answer', JEECG_USERS.member] : ['edu_lesson_progress', 'exam_result', SATOKEN_USERS.member];
        assert.equal(count(`SELECT count(*) FROM ${progress} WHERE user_id = ? AND lesson_id = ?`, member, lesson), 1, 'the lesson’s progress record');
        assert.equal(count(`SELECT count(*) FROM ${submissions} WHERE user_id = ?`, member), 1, 'the submission');
      } finally {
        await up.close();
      }
    });
  }
});

describe('pb-verify --config catches a wrong field map', () => {
  let ruoyi: RunningBackend;
  let jeecg: RunningBackend;
  before(async () => {
    [ruoyi, jeecg] = await Promise.all([startBackend('ruoyi', { now: () => T0 }), startBackend('jeecg', { now: () => T0 })]);
  });
  after(async () => {
    await Promise.all([ruoyi.close(), jeecg.close()]);
  });
  /** The site's settings with `change` made to a copy. */
  const changed = (name: BackendName, change: (settings: any) => void): Settings => {
    const settings = settingsOf(name);
    change(settings);
    return settings;
  };

  it('a renamed source field (courseName → courseTitle): the catalog’s and the player’s rows name the contract field and the mapped source', async () => {
    const settings = changed('ruoyi', (s) => {
      s.maps.listCourses.item.title = 'courseTitle';
      s.maps.getCourse.fields.title = 'courseTitle';
    });
    const rows = await verifySite({ settings, baseUrl: ruoyi.url, token: ruoyi.tokens.member });
    assert.deepEqual(
      failures(rows).map((r) => [r.endpoint.replace(/\?.*/, ''), r.problem]),
      [
        ['GET /prod-api/party/course/list', '$.items[0].title (mapped from rows[0].courseTitle): expected string, got undefined'],
        ['GET /prod-api/party/course/{courseId}', '$.title (mapped from courseTitle): expected string, got undefined'],
      ],
    );
  });

  it('a wrong value map for studyStatus (codes to percentages where the contract wants completed true/false)', async () => {
    const settings = changed('ruoyi', (s) => {
      s.maps.listCourses.item['progress.completed'] = { from: 'studyStatus', values: { '0': 0, '1': 50, '2': 100 } };
    });
    const [row, ...rest] = failures(await verifySite({ settings, baseUrl: ruoyi.url, token: ruoyi.tokens.member }));
    assert.equal(rest.length, 0);
    assert.match(row!.check, /^listCourses\(limit=2\) for <pb-course-catalog>$/);
    assert.match(row!.problem, /^\$\.items\[0\]\.progress\.completed \(mapped from rows\[0\]\.studyStatus\): expected boolean, got \d+$/);
  });

  it('a field of a second read (`with`: a JeecgBoot course’s lessons) names the read it came from', async () => {
    const settings = changed('jeecg', (s) => {
      s.maps.getCourse.fields.lessons.item.title = 'lessonTitle';
    });
    const [row, ...rest] = failures(await verifySite({ settings, baseUrl: jeecg.url, token: jeecg.tokens.member }));
    assert.equal(rest.length, 0);
    assert.equal(row!.endpoint, 'GET /jeecg-boot/study/course/queryById?id={courseId}');
    assert.equal(row!.problem, '$.lessons[0].title (mapped from $with.lessons[0].lessonTitle): expected string, got undefined');
  });

  it('settings that cannot work are reported, each naming the setting, before anything is asked', async () => {
    const settings = changed('jeecg', (s) => {
      s.maps.getCourse.with.lessons = '/study/course/queryLessonByMainId?id={course}';
      s.maps.listCourses.item.title = { from: 'courseName', rename: 'x' };
    });
    const rows = await verifySite({ settings, baseUrl: jeecg.url, token: jeecg.tokens.member });
    assert.deepEqual(rows.map((r) => [r.endpoint, r.result]), [
      ['maps.listCourses.item.title.rename', 'fail'],
      ['maps.getCourse.with.lessons', 'fail'],
    ]);
    assert.match(rows[1]!.problem, /"\{course\}" is not a parameter of getCourse/);
    const relative = await verifySite({ settings: settingsOf('jeecg'), token: jeecg.tokens.member });
    assert.deepEqual(relative.map((r) => [r.endpoint, r.result, r.problem]), [['apiBase', 'fail', '"/jeecg-boot" is relative to the page: give the page\'s address with --base-url https://portal.example.cn']]);
  });

  it('refused credentials stop the run with one row that says so', async () => {
    const rows = await verifySite({ settings: settingsOf('jeecg'), baseUrl: jeecg.url, token: 'expired' });
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.endpoint, 'GET /jeecg-boot/sys/user/getUserInfo');
    assert.match(rows[0]!.problem, /answered 401 Token失效，请重新登录! \(business code 401\) — the credentials were refused: check --token \/ --cookie/);
  });

  it('a backend that does not answer is named, in Node too (no navigator.onLine there to ask)', async () => {
    const gone = await startBackend('jeecg');
    await gone.close();
    const settings = { ...settingsOf('jeecg'), retry: { retries: 1, baseMs: 1, capMs: 1 } };
    const [me] = await verifySite({ settings, baseUrl: gone.url, token: jeecg.tokens.member });
    assert.equal(me!.result, 'fail');
    assert.equal(me!.problem, `No response from GET ${gone.url}/jeecg-boot/sys/user/getUserInfo: the network is unavailable or the server cannot be reached`);
  });

  it('a RuoYi site reads the member’s token from --cookie where its page reads the Admin-Token cookie', async () => {
    const rows = await verifySite({ settings: settingsOf('ruoyi'), baseUrl: ruoyi.url, cookie: `sidebarStatus=0; Admin-Token=${ruoyi.tokens.member}` });
    assert.deepEqual(failures(rows), []);
    assert.equal(rowsOf(rows, 'me')[0]?.result, 'pass');
  });
});

describe('the pb-verify bin with --config', () => {
  let up: RunningBackend;
  before(async () => {
    up = await startBackend('jeecg', { now: () => T0 });
  });
  after(() => up.close());

  it('prints the table and exits 0 for the JeecgBoot site, 1 for a wrong map', async () => {
    const ok = await bin(['--config', siteJson('jeecg'), '--base-url', up.url, '--token', up.tokens.member]);
    assert.equal(ok.code, 0, ok.stdout);
    assert.match(ok.stdout, new RegExp(`^Checking ${up.url}/jeecg-boot through test/backends/jeecg/site.json, as the widgets read it \\(reads only\\)\\n\\nEndpoint\\s+Check\\s+Result\\s+What was wrong`));
    assert.match(ok.stdout, /GET \/jeecg-boot\/study\/course\/queryById\?id=\{courseId\}\s+getCourse\(\d+\) for <pb-course-player>\s+PASS/);
    assert.match(ok.stdout, /endpoints\.getDues: false\s+getDues\(\) for <pb-dues-status>\s+SKIP\s+not offered on this site/);
    assert.match(ok.stdout, /\n6 passed, 0 failed, 12 skipped \(18 checks\)\n$/);

    const dir = mkdtempSync(join(tmpdir(), 'pb-verify-'));
    const wrong = settingsOf('jeecg') as any;
    wrong.maps.listCourses.item.title = 'courseTitle';
    writeFileSync(join(dir, 'site.json'), JSON.stringify(wrong));
    const failed = await bin(['--config', join(dir, 'site.json'), '--base-url', up.url, '--token', up.tokens.member]);
    assert.equal(failed.code, 1);
    assert.match(failed.stdout, /listCourses\(limit=2\) for <pb-course-catalog>\s+FAIL\s+\$\.items\[0\]\.title \(mapped from records\[0\]\.courseTitle\): expected string, got undefined/);
  });

  it('takes a module of settings with the page’s own code (site.mjs): its operations are checked as backend.x()', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pb-verify-'));
    const module = `import { readFileSync } from 'node:fs';
const site = JSON.parse(readFileSync(${JSON.stringify(join(process.cwd(), siteJson('jeecg')))}, 'utf8'));
export default {
  ...site,
  backend: () => ({
    getStats: async (metric) => ({ metric, unit: 'points', groupBy: 'month', labels: ['2026-08', '2026-09'], series: [{ key: 'all', label: '全街道', values: [12, 30] }] }),
  }),
};
`;
    writeFileSync(join(dir, 'site.mjs'), module);
    const { code, stdout } = await bin(['--config', join(dir, 'site.mjs'), '--base-url', up.url, '--token', up.tokens.member]);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /backend\.getStats\(\)\s+getStats\(points, groupBy=month\) for <pb-stat-chart>\s+PASS/);
  });

  it('names what is wrong with the command line and exits 2', async () => {
    const noFile = await bin(['--config', 'test/backends/nowhere/site.json']);
    assert.equal(noFile.code, 2);
    assert.match(noFile.stdout, /^test\/backends\/nowhere\/site\.json: no such file\n\nUsage: pb-verify/);
    const value = await bin(['--config', siteJson('satoken'), '--value', 'userId']);
    assert.equal(value.code, 2);
    assert.match(value.stdout, /^--value userId: write it as name=value/);
    const base = await bin(['--config', siteJson('satoken'), '--base-url', 'portal.example.cn']);
    assert.equal(base.code, 2);
    assert.match(base.stdout, /^--base-url portal\.example\.cn: give the page's address/);
  });
});
