import { http, HttpResponse, type HttpHandler } from 'msw';
import { branchAssignments, branchSummary, memberPlan } from '../../fixtures/study-plans.js';
import { certificate } from '../../fixtures/certificates.js';

/**
 * `/study-plan`, `/branches/{id}/study-summary` and `…/study-assignments` for the study-plan
 * stories: the demo member's plan (one course in each status, 24 学时 a year), 第一党支部's
 * summary and what it assigned.
 */
const base = '/api/v1';

export const studyPlanHandlers: HttpHandler[] = [
  http.get(`${base}/study-plan`, () => HttpResponse.json(memberPlan())),
  // The year's certificate, once the year's 学时 are reached (the stories that reach them).
  http.get(`${base}/study-plan/certificate`, ({ request }) => {
    const year = Number(new URL(request.url).searchParams.get('year') ?? 2026);
    return HttpResponse.json(certificate({ kind: 'year', title: `${year} 年度学习`, hours: 33.5, courseId: null, year, completedOn: `${year}-11-20` }));
  }),
  http.get(`${base}/branches/:branchId/study-summary`, ({ request }) => {
    const year = new URL(request.url).searchParams.get('year');
    return HttpResponse.json({ ...branchSummary(), ...(year ? { year: Number(year) } : {}) });
  }),
  http.get(`${base}/branches/:branchId/study-assignments`, () => HttpResponse.json(branchAssignments())),
];
