/**
 * What the library requires of each operation's answer, in one place: the contract's shape
 * (`src/contract/shapes.gen.ts`, the one the port checks in a page) and the rules the widgets
 * add after it (totals that add up, rates from 0 to 1, series as long as their labels, a
 * questionnaire that can work), the same checks the widgets register. `pb-verify --config`
 * checks a site's answers with these, so what it passes the widgets take. No element or DOM
 * code is imported: this runs in Node.
 */
import type { Shape } from '../contract/data-shape.js';
import * as contract from '../contract/answers.gen.js';
import type { OperationName } from '../api/operations.js';
import { pageAnswer } from '../assessment/pb-leaderboard/internal/rank-list.js';
import { statsAnswer } from '../assessment/pb-stat-chart/internal/chart-data.js';
import { duesSummaryChecked, duesYearChecked } from '../dues/shared/data-check.js';
import { definitionAnswer } from '../survey/pb-questionnaire/internal/definition-check.js';

export interface AnswerCheck {
  /** Who reads the answer, for the report: `<pb-course-catalog>`. */
  reader: string;
  check: Shape;
}

const reads = (reader: string, operation: OperationName, check: Shape = contract[operation]): AnswerCheck => ({ reader, check });

export const answerChecks: Partial<Record<OperationName, AnswerCheck>> = {
  // The outbox keeps each member's writes apart by `id`; templates use `{me.id}`, `{me.branchId}`.
  me: reads('the library (who is signed in)', 'me'),
  listCourses: reads('<pb-course-catalog>', 'listCourses'),
  getCourse: reads('<pb-course-player>', 'getCourse'),
  getCourseProgress: reads('<pb-course-player>', 'getCourseProgress'),
  reportProgress: reads('<pb-course-player>', 'reportProgress'),
  // No widget lists questionnaires (a page names the one it shows): pb-verify reads the list to find them.
  listQuestionnaires: reads('pb-verify (to find questionnaires)', 'listQuestionnaires'),
  getQuestionnaire: reads('<pb-questionnaire>', 'getQuestionnaire', definitionAnswer),
  startAttempt: reads('<pb-questionnaire>', 'startAttempt'),
  getDraft: reads('<pb-questionnaire>', 'getDraft'),
  saveDraft: reads('<pb-questionnaire>', 'saveDraft'),
  submitResponse: reads('<pb-questionnaire>', 'submitResponse'),
  getMyResponses: reads('<pb-questionnaire>', 'getMyResponses'),
  getDues: reads('<pb-dues-status>', 'getDues', duesYearChecked),
  createPayment: reads('<pb-dues-status>', 'createPayment'),
  getPayment: reads('<pb-dues-status>', 'getPayment'),
  getDuesSummary: reads('<pb-dues-summary>', 'getDuesSummary', duesSummaryChecked),
  getLeaderboard: reads('<pb-leaderboard>', 'getLeaderboard', pageAnswer),
  getStats: reads('<pb-stat-chart>', 'getStats', statsAnswer),
};
