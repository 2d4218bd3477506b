import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { migrate } from '../db/database';
import { MIGRATIONS } from '../db/migrations';
import { FIELD_ERROR_CODES } from '../rules/field-errors';
import { contract } from './support/contract-check';
import { TestServer } from './support/harness';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('the contract document', () => {
  it('the generated files are what `npm run gen:api` makes from openapi.yaml: types, operations, shapes, the site module\'s tree', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pb-gen-'));
    try {
      const fresh = (file: string) => readFileSync(join(dir, file), 'utf8');
      const stale = (committed: string, file: string) => assert.equal(readFileSync(join(root, committed), 'utf8'), fresh(file), `${committed} is stale: run npm run gen:api`);
      const args = [join(root, 'src/api/openapi.yaml'), '-o', join(dir, 'schema.gen.ts'), '--default-non-nullable', 'false', '--root-types', '--root-types-no-schema-prefix', '--root-types-keep-casing'];
      const result = spawnSync(join(root, 'node_modules/.bin/openapi-typescript'), args, { encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      stale('src/contract/schema.gen.ts', 'schema.gen.ts');
      const contract = join(dir, 'contract');
      for (const [script, ...rest] of [
        ['scripts/gen-contract.ts', contract],
        ['scripts/gen-contract-tree.ts', join(dir, 'contract-tree.gen.ts')],
      ]) {
        const generated = spawnSync(process.execPath, ['--import', 'tsx', join(root, script!), ...rest], { encoding: 'utf8' });
        assert.equal(generated.status, 0, generated.stderr);
      }
      for (const file of ['shapes.gen.ts', 'answers.gen.ts', 'operations.gen.ts', ...readdirSync(join(contract, 'shapes')).map((name) => `shapes/${name}`)]) {
        stale(`src/contract/${file}`, `contract/${file}`);
      }
      assert.deepEqual(readdirSync(join(root, 'src/contract/shapes')).sort(), readdirSync(join(contract, 'shapes')).sort(), 'src/contract/shapes/ has other files than npm run gen:api makes');
      stale('src/api/site/contract-tree.gen.ts', 'contract-tree.gen.ts');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has exactly the operations of docs/contract-notes.md, with the same methods and paths', () => {
    const notes = readFileSync(join(root, 'docs/contract-notes.md'), 'utf8');
    const rows = [...notes.matchAll(/^\| `(\w+)` \| (GET|POST|PUT) (\S+)/gm)].map((m) => [m[1], m[2], m[3]!.split('?')[0]!.replace(/\{(\w+)\}/g, '{$1}')]);
    assert.ok(rows.length >= 18);
    const documented = [...contract.operations.values()].map((op) => [op.operationId, op.method, op.path]);
    assert.deepEqual(documented.sort(), rows.sort());
  });

  it('names the schemas the client uses', () => {
    const schemas = Object.keys((contract.document.components as { schemas: object }).schemas);
    for (const name of ['Member', 'CourseSummary', 'CoursePage', 'Course', 'Lesson', 'CoursePolicy', 'CourseProgress', 'LessonProgress', 'HeartbeatBatch', 'ProgressReceipt', 'QuestionnaireSummary', 'Questionnaire', 'Question', 'Condition', 'Answers', 'Attempt', 'Draft', 'Submission', 'QuizResult', 'DuesYear', 'DuesMonth', 'Payment', 'DuesSummary', 'LeaderboardPage', 'LeaderboardEntry', 'StatSeries', 'Problem']) {
      assert.ok(schemas.includes(name), name);
    }
  });

  it("documents every field-error code the server sends, on FieldError.code", () => {
    const schemas = (contract.document.components as { schemas: Record<string, { properties: Record<string, { description?: string }> }> }).schemas;
    const documented = new Set([...(schemas.FieldError!.properties.code!.description ?? '').matchAll(/`([a-z-]+)`/g)].map((m) => m[1]!));
    assert.deepEqual(FIELD_ERROR_CODES.filter((code) => !documented.has(code)), []);
    assert.deepEqual([...documented].filter((code) => !(FIELD_ERROR_CODES as readonly string[]).includes(code) && code !== 'detail'), []);
  });

  it('every write documents Idempotency-Key, 409, 413, 415 and 422; every operation documents 400 and 401 (a public read: 400)', () => {
    for (const op of contract.operations.values()) {
      for (const status of op.public ? ['400'] : ['400', '401']) assert.ok(op.responses[status], `${op.operationId} ${status}`);
      if (op.public) assert.equal(op.method, 'GET', `${op.operationId}: only reads are public`);
      if (op.method === 'GET') continue;
      assert.ok(op.parameters.some((p) => p.name === 'Idempotency-Key' && p.in === 'header' && p.required), op.operationId);
      for (const status of ['409', '413', '415', '422']) assert.ok(op.responses[status], `${op.operationId} ${status}`);
    }
  });
});

describe('the reference server implements every operation', () => {
  let t: TestServer;
  before(() => {
    t = new TestServer();
  });
  after(() => t.close());

  it('each operation is mounted (no "endpoint not found")', async () => {
    for (const op of contract.operations.values()) {
      const path = `/api/v1${op.path.replace(/\{\w+\}/g, 'zz-missing')}`;
      const res = await t.app.request(path, { method: op.method, headers: { authorization: 'Bearer demo-member-token', 'content-type': 'application/json', 'idempotency-key': 'k' }, body: op.method === 'GET' ? undefined : '{}' });
      const body = (await res.json()) as { title?: string };
      assert.notEqual(body.title, 'Endpoint not found', `${op.operationId} ${op.method} ${path}`);
    }
  });
});

describe('schema migrations', () => {
  it('are numbered, run once each, and are recorded', () => {
    const db = new Database(':memory:');
    assert.deepEqual(migrate(db), MIGRATIONS.map((m) => m.version));
    assert.deepEqual(migrate(db), []);
    const recorded = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    assert.deepEqual(recorded, MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    // Increasing and unique; a number may be left free for work done beside (merged later).
    const versions = MIGRATIONS.map((m) => m.version);
    assert.deepEqual(versions, [...new Set(versions)].sort((a, b) => a - b));
    assert.equal(versions[0], 1);
    db.close();
  });

  it('the server database uses WAL, a busy timeout and foreign keys', async () => {
    const t = new TestServer();
    try {
      assert.equal(t.db.pragma('journal_mode', { simple: true }), 'wal');
      assert.ok((t.db.pragma('busy_timeout', { simple: true }) as number) >= 1000);
      assert.equal(t.db.pragma('foreign_keys', { simple: true }), 1);
    } finally {
      await t.close();
    }
  });

  it('with background checkpoints, commits never checkpoint; a worker thread moves the WAL into the file', async () => {
    const t = new TestServer({ backgroundCheckpoints: true });
    try {
      assert.equal(t.db.pragma('wal_autocheckpoint', { simple: true }), 0);
      const file = t.db.name;
      const before = statSync(file).size;
      const insert = t.db.prepare("INSERT INTO study_credits (member_id, lesson_id, seconds, at) VALUES ('m0001', 'l-falv-1', 1, ?)");
      t.db.transaction(() => {
        for (let i = 0; i < 20_000; i++) insert.run(i);
      })();
      assert.equal(statSync(file).size, before, 'the commit itself did not checkpoint');
      const deadline = Date.now() + 5000;
      while (statSync(file).size === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      assert.ok(statSync(file).size > before, 'the worker checkpointed');
    } finally {
      await t.close();
    }
  });
});
