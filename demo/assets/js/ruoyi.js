// Connects every widget to a RuoYi-style API (/prod-api on the demo server, PB_DIALECT=ruoyi)
// with configuration only: endpoint templates, the code-msg-data envelope (set on the
// <pb-config> tag), field renames, and the two operations that take several calls there.
// docs/connect-your-backend.md walks through it.
const config = document.getElementById('ruoyi-config');

// 1. Where each operation lives. Placeholders are filled from the operation's parameters;
//    parameters not named in a template are added to the query under their own names.
config.endpoints = {
  me: '/getInfo',
  listCourses: '/study/course/list?pageNum={cursor}&pageSize={limit}&courseName={q}&isRequired={required}',
  getCourse: '/study/course/{courseId}',
  getCourseProgress: '/study/course/{courseId}/progress',
  listQuestionnaires: '/study/paper/list?pageNum={cursor}&pageSize={limit}',
  getQuestionnaire: '/study/paper/{questionnaireId}',
  startAttempt: 'POST /study/paper/{questionnaireId}/attempt',
  getDraft: '/study/paper/{questionnaireId}/draft',
  saveDraft: 'PUT /study/paper/{questionnaireId}/draft',
  getMyResponses: '/study/paper/{questionnaireId}/mine',
  getDues: '/party/dues/info',
  createPayment: 'POST /party/dues/pay',
  getPayment: '/party/dues/pay/{paymentId}',
  cancelPayment: 'POST /party/dues/pay/{paymentId}/cancel',
  getDuesSummary: '/party/dues/summary/{branchId}',
  getLeaderboard: '/study/rank/list?pageNum={cursor}&pageSize={limit}',
  getStats: '/study/stats/{metric}?deptId={branchId}',
};

// 2. Field names that differ, after the envelope is unwrapped.
const member = ({ userId, nickName, deptId, deptName, ...rest }) => ({ ...rest, id: userId, name: nickName, branchId: deptId, branchName: deptName });
const course = ({ courseId, courseName, ...rest }) => ({ ...rest, id: courseId, title: courseName });
config.transform = {
  me: member,
  listCourses: (page) => ({ ...page, items: page.items.map(course) }),
  getCourse: course,
  getMyResponses: (rows) => ({ items: rows }),
};

// 3. The operations that take several calls there. `call` goes through the library's
//    client: api-base, cookie, CSRF header, retries, the envelope, errors the outbox knows.
config.backend = ({ call }) => ({
  // Progress is a record per lesson: read it, then create or update it.
  async reportProgress(courseId, lessonId, batch, options) {
    const { signal, idempotencyKey, keepalive } = options;
    const record = await call('reportProgress', '/study/record?courseId={courseId}&lessonId={lessonId}', { params: { courseId, lessonId }, signal });
    const endpoint = record ? 'PUT /study/record' : 'POST /study/record';
    return call('reportProgress', endpoint, { body: { courseId, lessonId, ...batch }, idempotencyKey, keepalive, signal });
  },
  // Answers are posted one question at a time, then the paper is submitted. The submit
  // carries the write's idempotency key, so a retry is answered from the stored result.
  async submitResponse(paperId, { answers, attemptId }, { signal, idempotencyKey }) {
    await call('submitResponse', 'DELETE /study/paper/{paperId}/answer', { params: { paperId }, signal });
    for (const [questionId, answer] of Object.entries(answers)) {
      await call('submitResponse', 'POST /study/paper/{paperId}/answer', { params: { paperId }, body: { questionId, answer }, signal });
    }
    return call('submitResponse', 'POST /study/paper/{paperId}/submit', { params: { paperId }, body: { attemptId }, idempotencyKey, signal });
  },
});

// The page's own bits: the course from `?course=`, the member's name, the secretary's panel.
const courseId = new URLSearchParams(location.search).get('course');
if (courseId && /^[A-Za-z0-9_-]{1,64}$/.test(courseId)) {
  document.querySelector('pb-course-player').setAttribute('course-id', courseId);
  document.getElementById('player-panel').hidden = false;
}
fetch('/prod-api/getInfo', { credentials: 'same-origin' })
  .then((response) => response.json())
  .then(({ code, data }) => {
    if (code !== 200) return;
    for (const el of document.querySelectorAll('[data-user-name]')) el.textContent = data.nickName;
    for (const el of document.querySelectorAll('[data-user-branch]')) el.textContent = data.deptName;
    if (data.roles.includes('secretary')) {
      document.querySelector('pb-dues-summary').setAttribute('branch-id', data.deptId);
      document.querySelector('[data-role="secretary"]').hidden = false;
    }
  })
  .catch(() => undefined);
