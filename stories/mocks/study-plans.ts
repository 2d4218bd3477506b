import { http, HttpResponse, type HttpHandler } from 'msw';
import { branchSummary, memberPlan } from '../../fixtures/study-plans.js';

/**
 * `/study-plan` and `/branches/{id}/study-summary` for the study-plan stories: the demo
 * member's plan (one course in each status, 24 学时 a year) and 第一党支部's summary.
 */
const base = '/api/v1';

export const studyPlanHandlers: HttpHandler[] = [
  http.get(`${base}/study-plan`, () => HttpResponse.json(memberPlan())),
  http.get(`${base}/branches/:branchId/study-summary`, ({ request }) => {
    const year = new URL(request.url).searchParams.get('year');
    return HttpResponse.json({ ...branchSummary(), ...(year ? { year: Number(year) } : {}) });
  }),
];
