import { http, HttpResponse, type HttpHandler } from 'msw';
import { branchAssignments, branchSummary, memberPlan } from '../../fixtures/study-plans.js';

/**
 * `/study-plan`, `/branches/{id}/study-summary` and `…/study-assignments` for the study-plan
 * stories: the demo member's plan (one course in each status, 24 学时 a year), 第一党支部's
 * summary and what it assigned.
 */
const base = '/api/v1';

export const studyPlanHandlers: HttpHandler[] = [
  http.get(`${base}/study-plan`, () => HttpResponse.json(memberPlan())),
  http.get(`${base}/branches/:branchId/study-summary`, ({ request }) => {
    const year = new URL(request.url).searchParams.get('year');
    return HttpResponse.json({ ...branchSummary(), ...(year ? { year: Number(year) } : {}) });
  }),
  http.get(`${base}/branches/:branchId/study-assignments`, () => HttpResponse.json(branchAssignments())),
];
