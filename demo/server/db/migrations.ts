/**
 * Numbered schema migrations. Each runs once, in order, inside a transaction, and is
 * recorded in `schema_migrations`. Never edit a released migration: add the next number.
 */
import type { Db } from './database';
import { keyHash, seal } from '../store/idempotency-seal';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Row work SQL cannot do, run after `sql` in the same transaction. */
  run?: (db: Db) => void;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'members-and-auth',
    sql: `
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE branches (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        sort INTEGER NOT NULL,
        contact_name TEXT NOT NULL,
        contact_phone TEXT
      );
      CREATE TABLE members (
        id TEXT PRIMARY KEY,
        username TEXT UNIQUE,
        password_hash TEXT,
        name TEXT NOT NULL,
        branch_id TEXT NOT NULL REFERENCES branches(id),
        roles TEXT NOT NULL,
        category TEXT NOT NULL CHECK (category IN ('in-service','retired','farmer','student','unemployed','relief')),
        migrant INTEGER NOT NULL DEFAULT 0,
        base_fen INTEGER,
        dues_from TEXT NOT NULL
      );
      CREATE INDEX members_branch ON members(branch_id);
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        csrf_token TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE TABLE api_tokens (
        token_hash TEXT PRIMARY KEY,
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE TABLE idempotency_keys (
        member_id TEXT NOT NULL,
        key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('running','done')),
        status INTEGER,
        body TEXT,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (member_id, key)
      ) WITHOUT ROWID;
      CREATE INDEX idempotency_created ON idempotency_keys(created_at);
    `,
  },
  {
    version: 2,
    name: 'courses-and-progress',
    sql: `
      CREATE TABLE courses (
        id TEXT PRIMARY KEY,
        sort INTEGER NOT NULL,
        title TEXT NOT NULL,
        description TEXT NOT NULL,
        category TEXT NOT NULL,
        required INTEGER NOT NULL,
        cover_url TEXT,
        credit_hours REAL NOT NULL,
        policy TEXT NOT NULL
      );
      CREATE TABLE lessons (
        id TEXT PRIMARY KEY,
        course_id TEXT NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
        sort INTEGER NOT NULL,
        title TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('video','audio','document','article')),
        duration_seconds REAL,
        min_reading_seconds INTEGER,
        media TEXT,
        document TEXT,
        article_html TEXT,
        attachments TEXT NOT NULL
      );
      CREATE INDEX lessons_course ON lessons(course_id, sort);
      CREATE TABLE lesson_progress (
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        lesson_id TEXT NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,
        course_id TEXT NOT NULL,
        position_seconds REAL NOT NULL,
        watched TEXT NOT NULL,
        credited_seconds REAL NOT NULL,
        completed_at INTEGER,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (member_id, lesson_id)
      ) WITHOUT ROWID;
      CREATE INDEX lesson_progress_course ON lesson_progress(member_id, course_id);
      CREATE TABLE study_sessions (
        id TEXT PRIMARY KEY,
        member_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        first_received_at INTEGER NOT NULL,
        last_received_at INTEGER NOT NULL,
        last_seq INTEGER NOT NULL,
        credited_seconds REAL NOT NULL
      );
      -- One row per credit granted: the history behind study-hours, points and participation.
      CREATE TABLE study_credits (
        id INTEGER PRIMARY KEY,
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        lesson_id TEXT NOT NULL,
        seconds REAL NOT NULL,
        at INTEGER NOT NULL
      );
      CREATE INDEX study_credits_at ON study_credits(at, member_id);
    `,
  },
  {
    version: 3,
    name: 'questionnaires',
    sql: `
      CREATE TABLE questionnaires (
        id TEXT PRIMARY KEY,
        sort INTEGER NOT NULL,
        title TEXT NOT NULL,
        description TEXT,
        mode TEXT NOT NULL CHECK (mode IN ('survey','quiz','evaluation')),
        opens_at INTEGER,
        closes_at INTEGER,
        allow_retake INTEGER NOT NULL,
        anonymous INTEGER NOT NULL,
        show_answers INTEGER NOT NULL,
        time_limit_seconds INTEGER,
        pass_mark REAL,
        pages TEXT NOT NULL,
        answer_key TEXT NOT NULL
      );
      CREATE TABLE attempts (
        id TEXT PRIMARY KEY,
        questionnaire_id TEXT NOT NULL REFERENCES questionnaires(id) ON DELETE CASCADE,
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        started_at INTEGER NOT NULL,
        deadline INTEGER,
        snapshot TEXT,
        closed_at INTEGER
      );
      CREATE INDEX attempts_open ON attempts(questionnaire_id, member_id, closed_at);
      CREATE TABLE drafts (
        questionnaire_id TEXT NOT NULL REFERENCES questionnaires(id) ON DELETE CASCADE,
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        answers TEXT NOT NULL,
        page_index INTEGER NOT NULL,
        attempt_id TEXT,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (questionnaire_id, member_id)
      ) WITHOUT ROWID;
      -- Answers. member_id is NULL for anonymous questionnaires, and submitted_on is only a
      -- day, so an answer cannot be joined back to a voter by its exact time.
      CREATE TABLE submissions (
        id TEXT PRIMARY KEY,
        questionnaire_id TEXT NOT NULL REFERENCES questionnaires(id) ON DELETE CASCADE,
        member_id TEXT REFERENCES members(id) ON DELETE CASCADE,
        answers TEXT NOT NULL,
        result TEXT,
        late INTEGER NOT NULL,
        submitted_at INTEGER,
        submitted_on TEXT NOT NULL
      );
      CREATE INDEX submissions_member ON submissions(questionnaire_id, member_id);
      -- "Has taken part": the only record tying a member to an anonymous questionnaire.
      CREATE TABLE participations (
        id TEXT PRIMARY KEY,
        questionnaire_id TEXT NOT NULL REFERENCES questionnaires(id) ON DELETE CASCADE,
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        submitted_at INTEGER NOT NULL
      );
      CREATE INDEX participations_member ON participations(questionnaire_id, member_id);
      CREATE INDEX participations_at ON participations(submitted_at);
      CREATE TABLE evaluation_grades (
        questionnaire_id TEXT NOT NULL REFERENCES questionnaires(id) ON DELETE CASCADE,
        branch_id TEXT NOT NULL,
        ratee_id TEXT NOT NULL,
        grade TEXT NOT NULL CHECK (grade IN ('excellent','qualified','basic','unqualified'))
      );
      CREATE INDEX evaluation_grades_ratee ON evaluation_grades(questionnaire_id, ratee_id);
    `,
  },
  {
    version: 4,
    name: 'dues',
    sql: `
      CREATE TABLE dues_months (
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        month TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('paid','exempt')),
        amount_fen INTEGER NOT NULL,
        paid_at INTEGER,
        payment_id TEXT,
        PRIMARY KEY (member_id, month)
      ) WITHOUT ROWID;
      CREATE INDEX dues_months_paid ON dues_months(paid_at);
      CREATE TABLE payments (
        id TEXT PRIMARY KEY,
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        months TEXT NOT NULL,
        amount_fen INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending','paid','failed','expired')),
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        paid_at INTEGER
      );
      CREATE INDEX payments_member ON payments(member_id, created_at);
    `,
  },
  {
    version: 5,
    name: 'session coverage',
    // Coverage and credit have separate budgets (rules/study-credit.ts): a session at 1.5×
    // covers more media than the wall-clock seconds it is credited.
    sql: `ALTER TABLE study_sessions ADD COLUMN covered_seconds REAL NOT NULL DEFAULT 0;`,
  },
  {
    version: 6,
    name: 'login-throttle-and-key-operation',
    // Failed logins per account and per address (store/login-throttle.ts): in the database,
    // so a restart does not hand out fresh attempts and several processes share one count.
    // Keys are hashes: people type passwords into the username field. An idempotency key
    // also records the operation it was first used for, to say so when it is reused.
    sql: `
      CREATE TABLE login_failures (
        key TEXT PRIMARY KEY,
        count INTEGER NOT NULL,
        window_start INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX login_failures_window ON login_failures(window_start);
      ALTER TABLE idempotency_keys ADD COLUMN operation TEXT;
    `,
  },
  {
    version: 7,
    name: 'member study clock',
    // Study credit is bounded per member, across sessions and devices (rules/study-credit.ts):
    // the watermark up to which the member's time is credited, and the session holding it.
    // Members who studied before start from their last credit, so sessions open across the
    // upgrade cannot claim that time again.
    sql: `
      CREATE TABLE study_clocks (
        member_id TEXT PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
        credited_until INTEGER NOT NULL,
        holder_session TEXT
      ) WITHOUT ROWID;
      INSERT INTO study_clocks (member_id, credited_until, holder_session)
        SELECT member_id, MAX(at), NULL FROM study_credits GROUP BY member_id;
    `,
  },
  {
    version: 8,
    name: 'anonymous answers unlinkable',
    // Anonymous answers and 民主评议 grades were stored in the order of the participation rows
    // that name the member (rowid order), with the day, and the seeded ones with ids derived
    // from the participation's: pairing the k-th participation with the k-th answer undid the
    // anonymity. Both tables become WITHOUT ROWID with random keys, so their stored order is
    // random; existing rows are copied in random order and anonymous answers get new ids and
    // lose their day (the CHECK keeps any time off anonymous rows). Idempotency records,
    // whose stored responses and fingerprints held the answers under the member's id, are
    // sealed with their keys (store/idempotency-seal.ts).
    sql: `
      CREATE TABLE submissions_unlinked (
        id TEXT PRIMARY KEY DEFAULT ('ans_' || lower(hex(randomblob(12)))),
        questionnaire_id TEXT NOT NULL REFERENCES questionnaires(id) ON DELETE CASCADE,
        member_id TEXT REFERENCES members(id) ON DELETE CASCADE,
        answers TEXT NOT NULL,
        result TEXT,
        late INTEGER NOT NULL,
        submitted_at INTEGER,
        submitted_on TEXT,
        CHECK (member_id IS NOT NULL OR (submitted_at IS NULL AND submitted_on IS NULL))
      ) WITHOUT ROWID;
      INSERT INTO submissions_unlinked (id, questionnaire_id, member_id, answers, result, late, submitted_at, submitted_on)
        SELECT CASE WHEN member_id IS NULL THEN 'ans_' || lower(hex(randomblob(12))) ELSE id END,
               questionnaire_id, member_id, answers, result, late,
               CASE WHEN member_id IS NULL THEN NULL ELSE submitted_at END,
               CASE WHEN member_id IS NULL THEN NULL ELSE submitted_on END
          FROM submissions ORDER BY random();
      DROP TABLE submissions;
      ALTER TABLE submissions_unlinked RENAME TO submissions;
      CREATE INDEX submissions_member ON submissions(questionnaire_id, member_id);

      CREATE TABLE evaluation_grades_unlinked (
        id TEXT PRIMARY KEY DEFAULT (lower(hex(randomblob(12)))),
        questionnaire_id TEXT NOT NULL REFERENCES questionnaires(id) ON DELETE CASCADE,
        branch_id TEXT NOT NULL,
        ratee_id TEXT NOT NULL,
        grade TEXT NOT NULL CHECK (grade IN ('excellent','qualified','basic','unqualified'))
      ) WITHOUT ROWID;
      INSERT INTO evaluation_grades_unlinked (questionnaire_id, branch_id, ratee_id, grade)
        SELECT questionnaire_id, branch_id, ratee_id, grade FROM evaluation_grades ORDER BY random();
      DROP TABLE evaluation_grades;
      ALTER TABLE evaluation_grades_unlinked RENAME TO evaluation_grades;
      CREATE INDEX evaluation_grades_ratee ON evaluation_grades(questionnaire_id, ratee_id);

      UPDATE attempts SET snapshot = NULL
        WHERE closed_at IS NOT NULL AND questionnaire_id IN (SELECT id FROM questionnaires WHERE anonymous = 1 OR mode = 'evaluation');
    `,
    run(db) {
      const rows = db.prepare('SELECT member_id AS memberId, key, fingerprint, operation, body FROM idempotency_keys').all() as {
        memberId: string;
        key: string;
        fingerprint: string;
        operation: string | null;
        body: string | null;
      }[];
      const update = db.prepare('UPDATE idempotency_keys SET key = ?, fingerprint = ?, operation = ?, body = ? WHERE member_id = ? AND key = ?');
      const sealed = (key: string, text: string | null, pad = false) => (text === null ? null : seal(key, text, pad));
      for (const r of rows) {
        update.run(keyHash(r.key), seal(r.key, r.fingerprint), sealed(r.key, r.operation), sealed(r.key, r.body, true), r.memberId, r.key);
      }
    },
  },
  {
    version: 9,
    name: 'payments can be cancelled or replaced',
    // SQLite cannot change a CHECK constraint: the table is rebuilt with the new status and
    // the payment that replaced a cancelled one. Nothing references payments by foreign key.
    sql: `
      CREATE TABLE payments_new (
        id TEXT PRIMARY KEY,
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        months TEXT NOT NULL,
        amount_fen INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending','paid','failed','expired','cancelled')),
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        paid_at INTEGER,
        replaced_by TEXT
      );
      INSERT INTO payments_new (id, member_id, months, amount_fen, status, created_at, expires_at, paid_at)
        SELECT id, member_id, months, amount_fen, status, created_at, expires_at, paid_at FROM payments;
      DROP TABLE payments;
      ALTER TABLE payments_new RENAME TO payments;
      CREATE INDEX payments_member ON payments(member_id, created_at);
    `,
  },
  {
    version: 10,
    name: 'member-education-groups',
    // The education groups a site keeps per member (rules/member-groups.ts: cadre,
    // returned-retiree, skilled, ordinary; comma separated), and the two days that make a
    // member a veteran (老党员). Migrant stays the migrant flag.
    sql: `
      ALTER TABLE members ADD COLUMN education_groups TEXT NOT NULL DEFAULT '';
      ALTER TABLE members ADD COLUMN born_on TEXT;
      ALTER TABLE members ADD COLUMN joined_party_on TEXT;
    `,
  },
  {
    version: 11,
    name: 'course-requests',
    // Nothing here pairs an anonymous request with its member: no author column (author_id
    // is NULL; author_tag is a keyed hash of request and member, the key outside the
    // database, store/anonymity.ts), only the day it was asked, no times on voices or marks,
    // and random ids in tables without rowids, so no order of insertion is kept either.
    // A voice is a member id, or 'h:' + that keyed hash for a voice that must name nobody
    // (the anonymous requester's). Seen marks are always keyed hashes.
    sql: `
      CREATE TABLE course_requests (
        id TEXT PRIMARY KEY,
        branch_id TEXT NOT NULL REFERENCES branches(id),
        title TEXT NOT NULL,
        details TEXT NOT NULL,
        category TEXT NOT NULL,
        topic TEXT NOT NULL,
        anonymous INTEGER NOT NULL,
        author_id TEXT,
        author_tag TEXT,
        status TEXT NOT NULL CHECK (status IN ('received','planned','available','declined','merged')),
        revision INTEGER NOT NULL,
        created_on TEXT NOT NULL,
        status_changed_at INTEGER,
        planned_on TEXT,
        course_id TEXT,
        decline_reason TEXT,
        merged_into TEXT,
        CHECK ((anonymous = 1 AND author_id IS NULL) OR (anonymous = 0 AND author_tag IS NULL))
      ) WITHOUT ROWID;
      CREATE INDEX course_requests_branch ON course_requests(branch_id);
      CREATE TABLE course_request_voices (
        request_id TEXT NOT NULL REFERENCES course_requests(id) ON DELETE CASCADE,
        voter TEXT NOT NULL,
        PRIMARY KEY (request_id, voter)
      ) WITHOUT ROWID;
      CREATE TABLE course_request_seen (
        request_id TEXT NOT NULL REFERENCES course_requests(id) ON DELETE CASCADE,
        viewer TEXT NOT NULL,
        revision INTEGER NOT NULL,
        PRIMARY KEY (request_id, viewer)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 12,
    name: 'study-assignments',
    // A branch's assignments of courses and yearly hours to education groups or named
    // members (JSON lists: a handful each); plans are computed from them when asked.
    sql: `
      CREATE TABLE study_assignments (
        id TEXT PRIMARY KEY,
        branch_id TEXT NOT NULL REFERENCES branches(id),
        title TEXT NOT NULL,
        course_ids TEXT NOT NULL,
        due_on TEXT,
        hours_per_year REAL,
        member_groups TEXT NOT NULL,
        member_ids TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX study_assignments_branch ON study_assignments(branch_id, created_at);
    `,
  },
  {
    version: 13,
    name: 'reminders',
    // One row per reminder and recipient: what a secretary sent, shown in the member's tasks
    // until they mark it read.
    sql: `
      CREATE TABLE reminders (
        id TEXT PRIMARY KEY,
        branch_id TEXT NOT NULL REFERENCES branches(id),
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        sender_id TEXT NOT NULL,
        subject TEXT NOT NULL CHECK (subject IN ('dues','study','questionnaire','general')),
        message TEXT,
        sent_at INTEGER NOT NULL,
        read_at INTEGER
      );
      CREATE INDEX reminders_member ON reminders(member_id, read_at, sent_at);
    `,
  },
  {
    version: 14,
    name: 'course-completions',
    // 学时 have one meaning (docs/contract-notes.md, "Credit hours"): a course completed gives
    // its credit hours once, at the time its last lesson was completed. A view over the
    // lesson progress, so the leaderboard, the charts and the year's tally read the same rows
    // and a course counts once however often it is studied again (completed_at is kept from
    // the first completion). The same rule as courseProgressSummary's `completed`.
    sql: `
      CREATE VIEW course_completions AS
        SELECT p.member_id AS member_id, p.course_id AS course_id, MAX(p.completed_at) AS completed_at, c.credit_hours AS credit_hours
          FROM lesson_progress p JOIN courses c ON c.id = p.course_id
         GROUP BY p.member_id, p.course_id
        HAVING COUNT(p.completed_at) = (SELECT COUNT(*) FROM lessons l WHERE l.course_id = p.course_id) AND COUNT(p.completed_at) > 0;
    `,
  },
  {
    version: 15,
    name: 'certificates-and-receipts',
    // A certificate is issued once per member and course (or year), the first time it is
    // asked for once earned; it keeps the holder's name, title, hours and date as issued, so
    // its code verifies to what was printed. Receipts number settled payments in the order
    // they are first shown.
    sql: `
      CREATE TABLE certificates (
        code TEXT PRIMARY KEY,
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('course','year')),
        subject TEXT NOT NULL,
        holder_name TEXT NOT NULL,
        title TEXT NOT NULL,
        hours REAL NOT NULL,
        completed_on TEXT NOT NULL,
        issued_at INTEGER NOT NULL,
        UNIQUE (member_id, kind, subject)
      );
      CREATE TABLE receipts (
        number INTEGER PRIMARY KEY AUTOINCREMENT,
        payment_id TEXT NOT NULL UNIQUE REFERENCES payments(id) ON DELETE CASCADE,
        issued_at INTEGER NOT NULL
      );
    `,
  },
  {
    version: 16,
    name: 'meetings',
    // Organisational life (三会一课, 主题党日). Numbered 16: 13 to 15 go to the reminders,
    // course completions and certificates and receipts worked on beside it.
    // Who is expected is fixed when a meeting is planned (meeting_expected), so a member
    // who joins later or moves groups does not change last spring's attendance. A check-in
    // is one row per meeting and member (the primary key keeps it once); a reply carries
    // the leave request and its decision. Party groups (党小组) and the branch committee
    // (支委) are the site's own lists, kept here for the reference server.
    sql: `
      CREATE TABLE party_groups (
        member_id TEXT PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
        branch_id TEXT NOT NULL REFERENCES branches(id),
        name TEXT NOT NULL
      );
      CREATE INDEX party_groups_branch ON party_groups(branch_id, name);
      CREATE TABLE branch_committee (
        member_id TEXT PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
        branch_id TEXT NOT NULL REFERENCES branches(id)
      );
      CREATE TABLE meetings (
        id TEXT PRIMARY KEY,
        branch_id TEXT NOT NULL REFERENCES branches(id),
        kind TEXT NOT NULL CHECK (kind IN ('general-assembly','committee','group','lecture','theme-day')),
        topic TEXT NOT NULL,
        starts_at INTEGER NOT NULL,
        ends_at INTEGER NOT NULL,
        place TEXT,
        online_url TEXT,
        online_allowed INTEGER NOT NULL DEFAULT 0,
        scope TEXT NOT NULL CHECK (scope IN ('branch','committee','group')),
        group_name TEXT,
        make_up_course_id TEXT,
        materials TEXT NOT NULL DEFAULT '[]',
        secret TEXT NOT NULL,
        created_by TEXT,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX meetings_branch ON meetings(branch_id, starts_at);
      CREATE TABLE meeting_expected (
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        PRIMARY KEY (meeting_id, member_id)
      ) WITHOUT ROWID;
      CREATE INDEX meeting_expected_member ON meeting_expected(member_id, meeting_id);
      CREATE TABLE meeting_replies (
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        reply TEXT NOT NULL CHECK (reply IN ('attend','leave')),
        reason TEXT,
        leave_status TEXT CHECK (leave_status IN ('pending','approved','refused')),
        decided_at INTEGER,
        decided_by TEXT,
        note TEXT,
        replied_at INTEGER NOT NULL,
        PRIMARY KEY (meeting_id, member_id)
      ) WITHOUT ROWID;
      CREATE TABLE meeting_checkins (
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        at INTEGER NOT NULL,
        method TEXT NOT NULL CHECK (method IN ('code','online','manual')),
        PRIMARY KEY (meeting_id, member_id)
      ) WITHOUT ROWID;
    `,
  },
];
