/**
 * Anonymous answers cannot be paired with the members who gave them, from the database
 * file itself (issue 15, security item 3). Members fill in the anonymous survey and the
 * 民主评议 through the API, saving drafts first as the widget does, over several days; then
 * the test opens the SQLite file on its own, as someone holding a copy of it would, and
 * tries every pairing it can think of: row order, id order, time, the idempotency records.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { migrate } from '../db/database';
import { MIGRATIONS } from '../db/migrations';
import { createIdempotencyStore } from '../store/idempotency-store';
import { TestServer } from './support/harness';

const Q = (id: string, rest = '') => `/api/v1/questionnaires/${id}${rest}`;
const SURVEY = 'q-satisfaction';
const EVALUATION = 'q-evaluation-2026';
const VOTERS_PER_BRANCH = 6;
const BRANCHES = ['b01', 'b03', 'b04'];
/**
 * A random pairing of n answers with n members gets one right on average (the fixed
 * points of a random permutation); seven or more right happens about once in 12,000 tries.
 */
const CHANCE_LIMIT = 6;

type Row = Record<string, unknown>;

/** The request fingerprint as the reference server computed it before issue 15 (sha256 of method, path and body). */
const plainFingerprint = (method: string, path: string, body: string) => createHash('sha256').update(`${method} ${path}\n${body}`).digest('base64url');

/** Rows of a table as a copy of the file shows them: in stored order, with the rowid when the table has one. */
function rowsOf(file: Database.Database, table: string, where: string): Row[] {
  const withRowid = file.prepare(`SELECT name FROM pragma_table_list WHERE name = ? AND wr = 0`).get(table) !== undefined;
  const rows = file.prepare(`SELECT ${withRowid ? 'rowid AS _rowid, ' : ''}* FROM ${table} WHERE ${where}`).all() as Row[];
  return rows.map((r, i) => ({ ...r, _stored: i }));
}

/** Orders an attacker could try: by rowid (if any), by id (if any), by stored order, by a time column. */
function orderings(rows: Row[], timeColumn?: string): [string, Row[]][] {
  const by = (key: string) => [...rows].sort((a, b) => (a[key]! < b[key]! ? -1 : a[key]! > b[key]! ? 1 : (a._stored as number) - (b._stored as number)));
  const out: [string, Row[]][] = [['stored order', by('_stored')]];
  if (rows.length && '_rowid' in rows[0]!) out.push(['rowid', by('_rowid')]);
  if (rows.length && 'id' in rows[0]!) out.push(['id', by('id')]);
  if (timeColumn && rows.some((r) => r[timeColumn] != null)) out.push([timeColumn, by(timeColumn)]);
  return out;
}

describe('anonymous answers cannot be paired with the members who gave them', () => {
  let t: TestServer;
  /** Member → the free-text answer only they gave. */
  const surveyOf = new Map<string, string>();
  /** Member → their ballot, as "ratee:grade" entries. */
  const ballotOf = new Map<string, Set<string>>();
  const branchOf = new Map<string, string>();

  before(async () => {
    t = new TestServer();
    const voters = BRANCHES.flatMap((branch) => Array.from({ length: VOTERS_PER_BRANCH }, () => [t.memberWhoHasNotAnswered(EVALUATION, branch), branch] as const));
    for (const [k, [member, branch]] of voters.entries()) {
      branchOf.set(member, branch);
      // The seed had some of them answer the survey already: they have not, here.
      t.db.prepare('DELETE FROM participations WHERE questionnaire_id = ? AND member_id = ?').run(SURVEY, member);
      const client = t.as(member);
      // Survey: drafts first (as the widget autosaves; the first says what the member then rewrote), then the answers.
      const text = `marker-${String(k).padStart(2, '0')}-${member}`;
      const answers = { overall: (k % 5) + 1, best: ['study', 'care', 'service', 'openness'][k % 4], improve: text };
      assert.equal((await client.put(Q(SURVEY, '/draft'), { answers: { ...answers, improve: `rewritten-${member}` }, pageIndex: 0 })).status, 200);
      assert.equal((await client.put(Q(SURVEY, '/draft'), { answers, pageIndex: 0 })).status, 200);
      t.advance(90_000);
      const sent = await client.post(Q(SURVEY, '/responses'), { answers });
      assert.equal(sent.status, 201, JSON.stringify(sent.body));
      surveyOf.set(member, text);
      t.advance(3 * 3600_000 + 17 * 60_000);
      // 民主评议: a ballot only this member gives.
      const rows = ((await client.get(Q(EVALUATION))).body.pages[0].questions[0].rows as { value: string }[]).map((r) => r.value);
      const grades = Object.fromEntries(rows.map((id, i) => [id, i === k % rows.length ? 'excellent' : ['qualified', 'basic', 'unqualified'][(i * (k + 1) + k) % 3]!]));
      assert.equal((await client.put(Q(EVALUATION, '/draft'), { answers: { grades }, pageIndex: 0 })).status, 200);
      t.advance(60_000);
      const voted = await client.post(Q(EVALUATION, '/responses'), { answers: { grades } });
      assert.equal(voted.status, 201, JSON.stringify(voted.body));
      ballotOf.set(member, new Set(Object.entries(grades).map(([id, grade]) => `${id}:${grade}`)));
      t.advance(5 * 3600_000 + 41 * 60_000);
    }
  });
  after(() => t.close());

  /** The database file as a copy of it shows: its own connection, read-only. */
  const openCopy = () => new Database(t.db.name, { readonly: true, fileMustExist: true });

  it('survey: pairing participations with anonymous answers by order, id, time or idempotency records is no better than chance', (ctx) => {
    const file = openCopy();
    try {
      const members = [...surveyOf.keys()];
      const participations = rowsOf(file, 'participations', `questionnaire_id = '${SURVEY}' AND member_id IN (${members.map((m) => `'${m}'`).join(',')})`);
      const answers = rowsOf(file, 'submissions', `questionnaire_id = '${SURVEY}' AND member_id IS NULL AND answers LIKE '%marker-%'`);
      assert.equal(participations.length, members.length);
      assert.equal(answers.length, members.length);
      const textOf = (row: Row) => (JSON.parse(row.answers as string) as { improve: string }).improve;
      const hits: Record<string, number> = {};
      for (const [pName, pOrder] of orderings(participations, 'submitted_at')) {
        for (const [aName, aOrder] of orderings(answers, 'submitted_on')) {
          hits[`participations by ${pName} ↔ answers by ${aName}`] = pOrder.filter((p, k) => textOf(aOrder[k]!) === surveyOf.get(p.member_id as string)).length;
        }
      }
      // The idempotency records: a stored response or request fingerprint naming the answers.
      const records = rowsOf(file, 'idempotency_keys', `member_id IN (${members.map((m) => `'${m}'`).join(',')})`);
      hits['idempotency bodies holding the answers'] = members.filter((m) => records.some((r) => r.member_id === m && String(r.body).includes(surveyOf.get(m)!))).length;
      hits['idempotency fingerprints of the answers'] = answers.filter((a) => {
        const print = plainFingerprint('POST', Q(SURVEY, '/responses'), JSON.stringify({ answers: JSON.parse(a.answers as string) }));
        const owner = records.find((r) => r.fingerprint === print)?.member_id as string | undefined;
        return owner !== undefined && surveyOf.get(owner) === textOf(a);
      }).length;
      hits['ids shared by a stored response and an answer'] = records.filter((r) => answers.some((a) => String(r.body).includes(a.id as string))).length;
      ctx.diagnostic(`survey, ${members.length} members: ${JSON.stringify(hits)}`);
      for (const [attack, n] of Object.entries(hits)) assert.ok(n <= CHANCE_LIMIT, `${attack}: ${n} of ${members.length} answers paired with their member`);
    } finally {
      file.close();
    }
  });

  it('evaluation: ballots cannot be rebuilt from the grades and paired with the voters', (ctx) => {
    const file = openCopy();
    try {
      const hits: Record<string, number> = {};
      for (const branch of BRANCHES) {
        const voters = [...branchOf].filter(([, b]) => b === branch).map(([m]) => m);
        const participations = rowsOf(file, 'participations', `questionnaire_id = '${EVALUATION}' AND member_id IN (${voters.map((m) => `'${m}'`).join(',')})`);
        // The test's grades are the last ones of the branch whichever way they are read; the
        // attacker is even told which rows they are (those not in any other ballot's count).
        const all = rowsOf(file, 'evaluation_grades', `questionnaire_id = '${EVALUATION}' AND branch_id = '${branch}'`);
        const ballotSize = ballotOf.get(voters[0]!)!.size;
        for (const [pName, pOrder] of orderings(participations, 'submitted_at')) {
          for (const [gName, gOrder] of orderings(all)) {
            const ours = gOrder.slice(gOrder.length - voters.length * ballotSize);
            const key = `participations by ${pName} ↔ grades by ${gName}`;
            hits[key] = (hits[key] ?? 0) + pOrder.filter((p, k) => {
              const chunk = new Set(ours.slice(k * ballotSize, (k + 1) * ballotSize).map((g) => `${g.ratee_id}:${g.grade}`));
              const ballot = ballotOf.get(p.member_id as string)!;
              return chunk.size === ballot.size && [...ballot].every((entry) => chunk.has(entry));
            }).length;
          }
        }
        const records = rowsOf(file, 'idempotency_keys', `member_id IN (${voters.map((m) => `'${m}'`).join(',')})`);
        hits['idempotency bodies holding the ballot'] = (hits['idempotency bodies holding the ballot'] ?? 0) +
          voters.filter((m) => records.some((r) => r.member_id === m && [...ballotOf.get(m)!].every((entry) => String(r.body).includes(`"${entry.split(':')[0]}":"${entry.split(':')[1]}"`)))).length;
      }
      ctx.diagnostic(`evaluation, ${branchOf.size} voters in ${BRANCHES.length} branches, ballots rebuilt and paired: ${JSON.stringify(hits)}`);
      // A whole ballot of 15–19 grades rebuilt by chance does not happen.
      for (const [attack, n] of Object.entries(hits)) assert.equal(n, 0, `${attack}: ${n} ballots paired with their voter`);
    } finally {
      file.close();
    }
  });

  it('anonymous rows carry no time; a deleted draft leaves no copy of the answers in the file', (ctx) => {
    const file = openCopy();
    let timed: unknown;
    try {
      timed = file.prepare(`SELECT COUNT(*) FROM submissions WHERE member_id IS NULL AND (submitted_at IS NOT NULL OR submitted_on IS NOT NULL)`).pluck().get();
    } finally {
      file.close();
    }
    // Everything into the main file, then its bytes: each member's text is in their anonymous answer, once.
    t.db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = readFileSync(t.db.name);
    const copies = [...surveyOf.values()].map((text) => {
      const needle = Buffer.from(text);
      let n = 0;
      for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1)) n += 1;
      return n;
    });
    const rewritten = [...surveyOf.keys()].filter((member) => bytes.includes(Buffer.from(`rewritten-${member}`))).length;
    ctx.diagnostic(`anonymous answers with a time or a day: ${timed}; copies of each member's answer in the file: ${copies.join(' ')}; deleted drafts still readable: ${rewritten}`);
    assert.equal(timed, 0, 'anonymous answers with a time or a day');
    assert.deepEqual(copies, copies.map(() => 1));
    assert.equal(rewritten, 0, 'text of deleted drafts is still in the file');
  });

  it('a draft deleted at submission is not left readable in the free space of the file', async () => {
    const alone = new TestServer();
    try {
      const client = alone.as(alone.memberWhoHasNotAnswered(SURVEY));
      assert.equal((await client.put(Q(SURVEY, '/draft'), { answers: { overall: 3, best: 'care', improve: 'draft-only-words' }, pageIndex: 0 })).status, 200);
      assert.equal((await client.post(Q(SURVEY, '/responses'), { answers: { overall: 3, best: 'care', improve: 'final-words' } })).status, 201);
      alone.db.pragma('wal_checkpoint(TRUNCATE)');
      const bytes = readFileSync(alone.db.name);
      assert.ok(bytes.includes(Buffer.from('final-words')), 'the anonymous answer is stored');
      assert.ok(!bytes.includes(Buffer.from('draft-only-words')), "the deleted draft's words are still in the file, next to the member's id");
    } finally {
      await alone.close();
    }
  });

  it('migration 8 unlinks the answers stored before it: order, ids, days, idempotency records, attempt snapshots', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pb-anonymity-'));
    const db = new Database(join(dir, 'old.sqlite'));
    try {
      db.pragma('foreign_keys = OFF'); // a fixture of the questionnaire tables only
      migrate(db, MIGRATIONS.filter((m) => m.version < 8));
      const questionnaire = db.prepare(
        `INSERT INTO questionnaires (id, sort, title, mode, allow_retake, anonymous, show_answers, pages, answer_key) VALUES (?, 1, 't', ?, 0, 1, 0, '[]', '{}')`,
      );
      questionnaire.run('q-anon', 'survey');
      questionnaire.run('q-eval', 'evaluation');
      // Written as the server did before: participation, then its answer (id derived from it, with the day), in order.
      const n = 20;
      db.exec('BEGIN');
      for (let k = 0; k < n; k++) {
        const member = `m${k}`;
        const at = Date.parse('2026-09-01T02:00:00Z') + k * 5 * 3600_000;
        db.prepare('INSERT INTO participations (id, questionnaire_id, member_id, submitted_at) VALUES (?, ?, ?, ?)').run(`seed_${k}`, 'q-anon', member, at);
        db.prepare('INSERT INTO submissions (id, questionnaire_id, member_id, answers, result, late, submitted_at, submitted_on) VALUES (?, ?, NULL, ?, NULL, 0, NULL, ?)')
          .run(`seed_${k}_a`, 'q-anon', JSON.stringify({ improve: `marker-${k}` }), new Date(at).toISOString().slice(0, 10));
        db.prepare('INSERT INTO participations (id, questionnaire_id, member_id, submitted_at) VALUES (?, ?, ?, ?)').run(`eval_${k}`, 'q-eval', member, at + 60_000);
        for (let r = 0; r < 5; r++) db.prepare('INSERT INTO evaluation_grades (questionnaire_id, branch_id, ratee_id, grade) VALUES (?, ?, ?, ?)').run('q-eval', 'b01', `ratee${r}`, r === k % 5 ? 'excellent' : 'qualified');
        db.prepare("INSERT INTO idempotency_keys (member_id, key, fingerprint, state, status, body, created_at) VALUES (?, ?, ?, 'done', 200, ?, ?)")
          .run(member, `key-${k}`, `print-${k}`, JSON.stringify({ answers: { improve: `marker-${k}` } }), at);
        db.prepare('INSERT INTO attempts (id, questionnaire_id, member_id, started_at, snapshot, closed_at) VALUES (?, ?, ?, ?, ?, ?)').run(`att_${k}`, 'q-anon', member, at - 60_000, JSON.stringify({ improve: `marker-${k}` }), at);
      }
      db.exec('COMMIT');

      // 8 and whatever came after it.
      assert.deepEqual(migrate(db), MIGRATIONS.filter((m) => m.version >= 8).map((m) => m.version));

      const participations = db.prepare("SELECT member_id FROM participations WHERE questionnaire_id = 'q-anon' ORDER BY submitted_at").pluck().all() as string[];
      const answers = db.prepare("SELECT id, answers, submitted_on FROM submissions WHERE questionnaire_id = 'q-anon'").all() as { id: string; answers: string; submitted_on: string | null }[];
      const hits = answers.filter((a, k) => JSON.parse(a.answers).improve === `marker-${participations[k]!.slice(1)}`).length;
      assert.ok(hits <= CHANCE_LIMIT, `${hits} of ${n} answers in the order of the participations`);
      assert.ok(answers.every((a) => !a.id.startsWith('seed_') && a.submitted_on === null), 'answers keep ids derived from participations, or their day');
      assert.equal(db.prepare("SELECT COUNT(*) FROM pragma_table_list WHERE name IN ('submissions', 'evaluation_grades') AND wr = 1").pluck().get(), 2, 'tables without rowid');
      const grades = db.prepare("SELECT ratee_id, grade FROM evaluation_grades WHERE questionnaire_id = 'q-eval'").all() as { ratee_id: string; grade: string }[];
      const ballots = Array.from({ length: n }, (_, k) => grades.slice(k * 5, k * 5 + 5));
      const rebuilt = ballots.filter((b, k) => b.every((g) => g.grade === (g.ratee_id === `ratee${k % 5}` ? 'excellent' : 'qualified')) && new Set(b.map((g) => g.ratee_id)).size === 5).length;
      assert.ok(rebuilt <= 1, `${rebuilt} ballots rebuilt in the order of the participations`);

      const records = db.prepare('SELECT key, fingerprint, body FROM idempotency_keys').all() as { key: string; fingerprint: string; body: string }[];
      assert.ok(records.every((r) => !/key-|print-|marker-/.test(`${r.key} ${r.fingerprint} ${r.body}`)), 'idempotency records readable without their keys');
      // The member who comes back with the key still gets the stored response.
      const replay = createIdempotencyStore(db).find('m7', 'key-7', Date.parse('2026-09-02T00:00:00Z'));
      assert.deepEqual(replay && { fingerprint: replay.fingerprint, body: replay.body }, { fingerprint: 'print-7', body: JSON.stringify({ answers: { improve: 'marker-7' } }) });
      assert.equal(db.prepare('SELECT COUNT(*) FROM attempts WHERE snapshot IS NOT NULL').pluck().get(), 0, 'closed attempts of an anonymous questionnaire keep the answers');
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
