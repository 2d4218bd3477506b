import { http, HttpResponse, type HttpHandler } from 'msw';
import type { Backend } from '../../src/api/backend.js';
import { ProblemError } from '../../src/api/errors.js';
import type { CourseRequest, CourseRequestQuery } from '../../src/api/types.js';
import { fakeRequests } from '../../fixtures/course-requests.js';

/**
 * The course-request operations for the stories, over the fake of
 * `fixtures/course-requests.ts` (the server's rules in memory): list, ask, near duplicates,
 * voices, seen marks, the secretary's answers and the branch's ranked page. A story gets a
 * fresh branch with `courseRequestHandlers(requests)`; the default handlers share one per
 * page.
 */
const base = '/api/v1';

const problem = (error: unknown) => {
  const p = error instanceof ProblemError ? error : new ProblemError({ status: 500, title: 'Internal Server Error' });
  return HttpResponse.json({ type: p.type, title: p.title, status: p.status, detail: p.detail }, { status: p.status, headers: { 'Content-Type': 'application/problem+json' } });
};

/** Runs one fake operation and answers with its result or its problem. */
async function answer(run: () => Promise<unknown>, status = 200) {
  try {
    return HttpResponse.json((await run()) as never, { status });
  } catch (error) {
    return problem(error);
  }
}

const key = (request: Request) => request.headers.get('Idempotency-Key') ?? crypto.randomUUID();

export function courseRequestHandlers(requests?: CourseRequest[]): HttpHandler[] {
  const { backend } = fakeRequests(requests);
  const b = backend as Required<Pick<Backend, 'listCourseRequests' | 'getBranchCourseRequests' | 'findSimilarCourseRequests' | 'createCourseRequest' | 'setCourseRequestVoice' | 'setCourseRequestStatus' | 'markCourseRequestsSeen'>>;
  const query = (request: Request) => Object.fromEntries(new URL(request.url).searchParams);
  return [
    http.get(`${base}/course-requests`, ({ request }) => {
      const q = query(request);
      return answer(() => b.listCourseRequests({ ...q, mine: q['mine'] === 'true' } as CourseRequestQuery));
    }),
    http.get(`${base}/course-requests/similar`, ({ request }) => answer(() => b.findSimilarCourseRequests({ title: query(request)['title'] ?? '' }))),
    http.post(`${base}/course-requests`, async ({ request }) => answer(async () => b.createCourseRequest((await request.json()) as never, { idempotencyKey: key(request) }), 201)),
    http.post(`${base}/course-requests/seen`, async ({ request }) => answer(async () => b.markCourseRequestsSeen((await request.json()) as never, { idempotencyKey: key(request) }))),
    http.put(`${base}/course-requests/:id/voice`, async ({ request, params }) =>
      answer(async () => b.setCourseRequestVoice(String(params['id']), (await request.json()) as never, { idempotencyKey: key(request) })),
    ),
    http.post(`${base}/course-requests/:id/status`, async ({ request, params }) =>
      answer(async () => b.setCourseRequestStatus(String(params['id']), (await request.json()) as never, { idempotencyKey: key(request) })),
    ),
    http.get(`${base}/branches/:branchId/course-requests`, ({ request, params }) => answer(() => b.getBranchCourseRequests(String(params['branchId']), query(request)))),
  ];
}
