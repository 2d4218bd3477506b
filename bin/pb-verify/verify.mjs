/**
 * The contract's checks, run against any backend over HTTP. Each check yields one row:
 * the endpoint, pass / fail / skip, and in plain words what was wrong.
 *
 * Writes: only `PUT /questionnaires/{id}/draft` of one open questionnaire, as the member
 * whose credentials are given (use a disposable test member), whose earlier draft is read
 * first and put back at the end; and the member's voice on one course request set to what
 * it already is, which changes nothing.
 */
import { randomUUID } from 'node:crypto';
import { library } from './library.mjs';
import { documentedStatuses } from './statuses.mjs';

/**
 * @param {{ base: string, cookie?: string, token?: string, csrf?: string, csrfHeader?: string,
 *   fetch?: typeof fetch }} options
 * @returns {Promise<Array<{ endpoint: string, check: string, result: 'pass'|'fail'|'skip', problem: string }>>}
 */
export async function verify(options) {
  const statuses = documentedStatuses();
  // The contract's shapes, from the library: the ones its backend checks answers with in a page.
  const { contractProblem } = await library();
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const base = options.base.replace(/\/+$/, '');
  const csrfHeader = options.csrfHeader ?? 'X-CSRF-Token';
  const rows = [];
  const record = (endpoint, check, problems) =>
    rows.push({ endpoint, check, result: problems === null ? 'skip' : problems.length ? 'fail' : 'pass', problem: (problems ?? ['']).join('; ') });
  const skip = (endpoint, check, why) => rows.push({ endpoint, check, result: 'skip', problem: why });

  const credentials = () => {
    const headers = {};
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.cookie) headers.cookie = options.cookie;
    return headers;
  };

  /** One request; never throws (a network failure is an answer with status 0). */
  async function send(method, path, { body, key, auth = true, csrf = true, raw } = {}) {
    const headers = { accept: 'application/json, application/problem+json', ...(auth ? credentials() : {}) };
    if (body !== undefined || raw !== undefined) headers['content-type'] = 'application/json';
    if (key) headers['idempotency-key'] = key;
    if (csrf && auth && options.csrf && method !== 'GET') headers[csrfHeader] = options.csrf;
    try {
      const response = await fetchImpl(base + path, { method, headers, body: raw ?? (body === undefined ? undefined : JSON.stringify(body)), redirect: 'manual' });
      const text = await response.text();
      const contentType = response.headers.get('content-type') ?? '';
      let json;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        json = undefined;
      }
      return { status: response.status, contentType, text, body: json, headers: response.headers };
    } catch (error) {
      return { status: 0, contentType: '', text: '', body: undefined, headers: new Headers(), error: String(error?.cause ?? error) };
    }
  }

  /** What is wrong with a response of an operation, in plain words (empty when nothing). */
  function judge(operationId, res, expected) {
    if (res.status === 0) return [`no answer: ${res.error}`];
    const problems = [];
    if (expected && !expected.includes(res.status)) {
      problems.push(`answered ${res.status}, expected ${expected.join(' or ')}${res.body?.title ? ` (${res.body.title})` : ''}`);
      return problems;
    }
    if (!(statuses.get(operationId) ?? []).includes(res.status)) problems.push(`status ${res.status} is not one the contract documents for ${operationId}`);
    const error = res.status >= 400;
    if (error && !/^application\/problem\+json/i.test(res.contentType)) {
      problems.push(`error is not problem+json (Content-Type: ${res.contentType || 'none'})`);
    } else if (!error && !/^application\/json/i.test(res.contentType)) {
      problems.push(`Content-Type is ${res.contentType || 'missing'}, not application/json`);
    }
    if (res.body === undefined && res.text) problems.push('the body is not JSON');
    const wrong = res.body === undefined ? null : contractProblem(operationId, res.status, res.body);
    if (wrong) problems.push(describe(wrong));
    return problems;
  }

  const get = async (operationId, path, expected = [200]) => {
    const res = await send('GET', path);
    record(`GET ${path}`, `${operationId} matches the contract`, judge(operationId, res, expected));
    return res.status === 200 ? res.body : undefined;
  };

  // Who we are: everything else depends on these credentials working.
  const me = await get('me', '/me');
  if (!me) {
    const row = rows.at(-1);
    if (/answered 40[13]/.test(row.problem)) row.problem = `the credentials were refused (${row.problem})`;
    row.problem += ' — check --cookie / --token; the other checks need a signed-in member';
    return rows;
  }
  const anonymous = await send('GET', '/me', { auth: false });
  record('GET /me', 'without credentials → 401 problem', anonymous.status === 401 ? judge('me', anonymous, [401]) : [`answered ${anonymous.status} to a request without credentials, expected 401`]);

  // Courses, with cursor paging.
  const courses = await pagination('listCourses', '/courses');
  const course = courses?.[0];
  if (course?.id) {
    await get('getCourse', `/courses/${encodeURIComponent(course.id)}`);
    await get('getCourseProgress', `/courses/${encodeURIComponent(course.id)}/progress`);
  } else skip('GET /courses/{courseId}', 'getCourse matches the contract', 'no course to read');
  const missing = await send('GET', '/courses/pb-verify-no-such-course');
  record('GET /courses/pb-verify-no-such-course', 'unknown id → 404 problem', judge('getCourse', missing, [404]));
  const badLimit = await send('GET', '/courses?limit=0');
  record('GET /courses?limit=0', 'bad parameter → 400 problem', judge('listCourses', badLimit, [400]));
  const unknownParam = await send('GET', '/courses?pbVerifyUnknown=1');
  record('GET /courses?pbVerifyUnknown=1', 'unknown query parameter → 400 problem', judge('listCourses', unknownParam, [400]));

  // Questionnaires.
  const questionnaires = await get('listQuestionnaires', '/questionnaires?limit=100');
  let target;
  for (const summary of questionnaires?.items ?? []) {
    const path = `/questionnaires/${encodeURIComponent(summary.id)}`;
    const definition = await get('getQuestionnaire', path);
    await get('getMyResponses', `${path}/responses/mine`);
    // The widget reads the draft of every questionnaire the member may answer.
    if (definition?.mine?.canSubmit) await draftRead(path);
    if (!target && definition?.status === 'open' && definition.mine?.canSubmit && !definition.timeLimitSeconds) target = definition;
  }

  // Dues, rankings, statistics.
  await get('getDues', '/dues');
  await get('getDuesSummary', `/branches/${encodeURIComponent(me.branchId ?? '')}/dues-summary`, [200, 403]);
  await pagination('getLeaderboard', '/leaderboard?metric=points&scope=members&period=all');
  await get('getStats', '/stats/points');

  // Course requests and study plans (the member's branch; the secretary's views answer 403 to others).
  const requests = await pagination('listCourseRequests', '/course-requests');
  await get('findSimilarCourseRequests', `/course-requests/similar?title=${encodeURIComponent(requests?.[0]?.title ?? '党史学习')}`);
  const branch = encodeURIComponent(me.branchId ?? '');
  await get('getBranchCourseRequests', `/branches/${branch}/course-requests?limit=5`, [200, 403]);
  await get('getMyStudyPlan', '/study-plan');
  await get('getStudySummary', `/branches/${branch}/study-summary`, [200, 403]);
  await get('listStudyAssignments', `/branches/${branch}/study-assignments`, [200, 403]);

  // Organisational life (the member's meetings; the secretary's view answers 403 to others).
  const meetings = await get('listMeetings', '/meetings');
  const meeting = meetings?.items?.[0];
  if (meeting?.id) await get('getMeeting', `/meetings/${encodeURIComponent(meeting.id)}`);
  else skip('GET /meetings/{meetingId}', 'getMeeting matches the contract', 'no meeting this year');
  await get('getMyAttendance', '/me/attendance');
  await get('getBranchMeetings', `/branches/${branch}/meetings`, [200, 403]);

  await writes(target);
  await unchangedVoice(requests ?? []);
  return rows;

  /** Sets the member's voice on an open request to what it already is: a write that changes nothing. */
  async function unchangedVoice(items) {
    const endpoint = 'PUT /course-requests/{id}/voice';
    const check = 'setCourseRequestVoice (unchanged) matches the contract';
    const open = items.find((r) => (r.status === 'received' || r.status === 'planned') && typeof r.mine?.voiced === 'boolean');
    if (!open) return skip(endpoint, check, 'no received or planned request on the first page');
    if (options.cookie && !options.csrf && !options.token) return skip(endpoint, check, 'cookie writes need the CSRF token: pass --csrf');
    const res = await send('PUT', `/course-requests/${encodeURIComponent(open.id)}/voice`, { body: { voiced: open.mine.voiced }, key: `pb-verify-${randomUUID()}` });
    const problems = judge('setCourseRequestVoice', res, [200]);
    if (!problems.length && (res.body.voices !== open.voices || res.body.mine?.voiced !== open.mine.voiced)) problems.push(`setting the voice to what it was changed it (voices ${open.voices} → ${res.body.voices})`);
    record(`PUT /course-requests/${open.id}/voice`, check, problems);
  }

  /** Reads two pages with limit=2: both conform, the second continues the first. */
  async function pagination(operationId, path) {
    const join = path.includes('?') ? '&' : '?';
    const first = await get(operationId, `${path}${join}limit=2`);
    if (!first) return undefined;
    const endpoint = `GET ${path}${join}limit=2&cursor=…`;
    const check = 'pagination: the next cursor continues the list';
    if (first.nextCursor === null || first.nextCursor === undefined) {
      if (Number(first.total) > (first.items?.length ?? 0)) record(endpoint, check, [`total is ${first.total} but the first page of ${first.items?.length} has no nextCursor`]);
      else skip(endpoint, check, 'the list fits on one page');
      return first.items;
    }
    const res = await send('GET', `${path}${join}limit=2&cursor=${encodeURIComponent(first.nextCursor)}`);
    const problems = judge(operationId, res, [200]);
    if (!problems.length) {
      const ids = (res.body.items ?? []).map((item) => item.id);
      const repeated = ids.filter((id) => first.items.some((item) => item.id === id));
      if (repeated.length) problems.push(`page 2 repeats ${repeated.join(', ')} from page 1`);
      if (!ids.length) problems.push('page 2 is empty although page 1 had a nextCursor');
    }
    record(endpoint, check, problems);
    return first.items;
  }

  /** getDraft: the draft, or `null` when there is none; a 404 (contract 1.0) is named for what it costs. */
  async function draftRead(path) {
    const res = await send('GET', `${path}/draft`);
    const problems =
      res.status === 404
        ? ['answered 404 for a questionnaire that exists: "no draft" is 200 with the body null. The widgets still read a 404 as no draft, but the browser logs it as a failed request on every page showing the questionnaire']
        : judge('getDraft', res, [200]);
    record(`GET ${path}/draft`, 'getDraft: 200 with the draft, or null when none', problems);
  }

  /** Idempotency, unknown fields, CSRF and auth on saveDraft of one open questionnaire. */
  async function writes(questionnaire) {
    const endpointOf = (id) => `PUT /questionnaires/${id}/draft`;
    const checks = ['without Idempotency-Key → 400', 'unknown body field → 400', 'without CSRF token → 403', 'without credentials → 401', 'write matches the contract', 'replay returns the stored response', 'same key, other body → 422'];
    if (!questionnaire) {
      for (const check of checks) skip('PUT /questionnaires/{id}/draft', check, 'no open, untimed questionnaire this member can still answer');
      return;
    }
    const path = `/questionnaires/${encodeURIComponent(questionnaire.id)}/draft`;
    const endpoint = endpointOf(questionnaire.id);
    const previous = await send('GET', path);
    const first = { answers: {}, pageIndex: 0, attemptId: null };
    const second = { answers: sampleAnswer(questionnaire), pageIndex: 0, attemptId: null };

    // A cookie write without the CSRF token is refused (403) before the body is read.
    const csrfMissing = options.cookie && !options.csrf && !options.token;
    if (csrfMissing) {
      for (const check of checks.slice(0, 2)) skip(endpoint, check, 'cookie writes need the CSRF token: pass --csrf');
    } else {
      const noKey = await send('PUT', path, { body: first });
      record(endpoint, checks[0], judge('saveDraft', noKey, [400]));
      const unknown = await send('PUT', path, { body: { ...first, pbVerifyUnknown: true }, key: randomUUID() });
      record(endpoint, checks[1], judge('saveDraft', unknown, [400]));
    }
    if (options.cookie && !options.token) {
      const noCsrf = await send('PUT', path, { body: first, key: randomUUID(), csrf: false });
      record(endpoint, checks[2], noCsrf.status === 403 ? judge('saveDraft', noCsrf, [403]) : [`a cookie write without ${csrfHeader} was answered ${noCsrf.status}, expected 403 (cross-site request forgery is possible)`]);
    } else skip(endpoint, checks[2], 'bearer tokens need no CSRF token (run with --cookie and --csrf to check)');
    const anonymous = await send('PUT', path, { body: first, key: randomUUID(), auth: false });
    record(endpoint, checks[3], anonymous.status === 401 ? judge('saveDraft', anonymous, [401]) : [`a write without credentials was answered ${anonymous.status}, expected 401`]);

    if (csrfMissing) {
      for (const check of checks.slice(4)) skip(endpoint, check, 'cookie writes need the CSRF token: pass --csrf');
      return;
    }
    const key = `pb-verify-${randomUUID()}`;
    const written = await send('PUT', path, { body: first, key });
    record(endpoint, checks[4], judge('saveDraft', written, [200]));
    if (written.status !== 200) return;
    await send('PUT', path, { body: second, key: `pb-verify-${randomUUID()}` });
    const replay = await send('PUT', path, { body: first, key });
    const after = await send('GET', path);
    const replayProblems = judge('saveDraft', replay, [200]);
    if (!replayProblems.length) {
      if (replay.text !== written.text && JSON.stringify(replay.body) !== JSON.stringify(written.body)) replayProblems.push('idempotency not honoured: a replay with the same key did not return the stored response');
      if (JSON.stringify(after.body?.answers) !== JSON.stringify(second.answers)) replayProblems.push('idempotency not honoured: the replay ran the write again (the draft went back)');
      if (replay.headers.get('idempotent-replayed') !== 'true') replayProblems.push('the replay lacks the header Idempotent-Replayed: true');
    }
    record(endpoint, checks[5], replayProblems);
    const reused = await send('PUT', path, { body: second, key });
    record(endpoint, checks[6], reused.status === 422 ? judge('saveDraft', reused, [422]) : [`idempotency not honoured: the same key with another body was answered ${reused.status}, expected 422`]);

    // Leave the member's draft as it was (an empty one when there was none: the contract
    // has no way to delete a draft).
    const { answers, pageIndex, attemptId = null } = previous.status === 200 && previous.body ? previous.body : first;
    await send('PUT', path, { body: { answers, pageIndex, attemptId }, key: `pb-verify-${randomUUID()}` });
  }
}

/** A plausible answer to the first simple question, so two drafts differ. */
function sampleAnswer(questionnaire) {
  for (const page of questionnaire.pages ?? []) {
    for (const q of page.questions ?? []) {
      if (q.type === 'single' && q.options?.length) return { [q.id]: q.options[0].value };
      if (q.type === 'multiple' && q.options?.length) return { [q.id]: [q.options[0].value] };
      if (q.type === 'boolean') return { [q.id]: true };
      if (q.type === 'text' || q.type === 'longtext') return { [q.id]: 'pb-verify' };
      if (q.type === 'rating') return { [q.id]: 1 };
    }
  }
  return { 'pb-verify': 'x' };
}

/** The first place the body differs from the contract, as the contract's shapes word it. */
function describe({ path, message }) {
  return message.endsWith(', got undefined') ? `missing field ${path}` : `${path}: ${message}`;
}
