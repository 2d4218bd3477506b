/**
 * What each widget requires of each operation's answer, in one place: the widgets' own
 * shapes (`src/<area>/pb-x/shapes.ts`) and the rules they add after the shape (totals that
 * add up, ranks from 1, series as long as their labels, a questionnaire that can work).
 * `pb-verify --config` checks a site's answers with these, so what it passes the widgets
 * take. No element or DOM code is imported: this runs in Node.
 */
import { check, shapeProblem, type Check, type DataProblem, type Shape } from '../api/data-shape.js';
import type { OperationName } from '../api/operations.js';
import { checkPage } from '../assessment/pb-leaderboard/internal/rank-list.js';
import { pageShape } from '../assessment/pb-leaderboard/internal/shapes.js';
import { checkStats } from '../assessment/pb-stat-chart/internal/chart-data.js';
import { statsShape, type Stats } from '../assessment/pb-stat-chart/internal/shapes.js';
import type { RankPage } from '../assessment/pb-leaderboard/internal/shapes.js';
import { duesSummaryChecked, duesYearChecked } from '../dues/shared/data-check.js';
import { paymentShape } from '../dues/pb-dues-status/internal/shapes.js';
import { coursePageShape } from '../education/pb-course-catalog/internal/shapes.js';
import { courseProgressShape, courseShape, receiptShape } from '../education/pb-course-player/shapes.js';
import { definitionProblem } from '../survey/pb-questionnaire/definition-check.js';
import { attemptShape, draftShape, questionnaireShape, submissionListShape, submissionShape, type Definition } from '../survey/pb-questionnaire/shapes.js';

/** The shape, then a rule over data that has it (as the widget runs them: the rule only on well-shaped data). */
function then<S extends Shape, T>(shape: S, rule: (data: T) => DataProblem | null): Check<T> {
  return check<T>((data) => shapeProblem(shape, data) ?? rule(data as T));
}

/**
 * The member as the library uses it: the outbox keeps each member's writes apart by `id`,
 * the leaderboard finds the member's own row by `id` or `branchId`, and templates use
 * `{me.id}`, `{me.branchId}`. No widget shows the rest, so only these are required.
 */
const memberShape = { id: 'string', branchId: 'string' } as const satisfies Shape;

/**
 * No widget lists questionnaires (a page names the one it shows); pb-verify reads the list
 * only to find one to check, so it needs the ids.
 */
const questionnaireListShape = { items: [{ id: 'string' }], nextCursor: 'string?' } as const satisfies Shape;

export interface AnswerCheck {
  /** Who reads the answer, for the report: `<pb-course-catalog>`. */
  reader: string;
  check: Shape;
}

export const answerChecks: Partial<Record<OperationName, AnswerCheck>> = {
  me: { reader: 'the library (who is signed in)', check: memberShape },
  listCourses: { reader: '<pb-course-catalog>', check: coursePageShape },
  getCourse: { reader: '<pb-course-player>', check: courseShape },
  getCourseProgress: { reader: '<pb-course-player>', check: courseProgressShape },
  reportProgress: { reader: '<pb-course-player>', check: receiptShape },
  listQuestionnaires: { reader: 'pb-verify (to find questionnaires)', check: questionnaireListShape },
  getQuestionnaire: {
    reader: '<pb-questionnaire>',
    check: then(questionnaireShape, (definition: Definition) => {
      const problem = definitionProblem(definition);
      return problem && { path: `$.${problem.path}`, message: problem.message };
    }),
  },
  startAttempt: { reader: '<pb-questionnaire>', check: attemptShape },
  getDraft: { reader: '<pb-questionnaire>', check: check((data, path) => (data === null ? null : shapeProblem(draftShape, data, path))) },
  saveDraft: { reader: '<pb-questionnaire>', check: draftShape },
  submitResponse: { reader: '<pb-questionnaire>', check: submissionShape },
  getMyResponses: { reader: '<pb-questionnaire>', check: submissionListShape },
  getDues: { reader: '<pb-dues-status>', check: duesYearChecked },
  createPayment: { reader: '<pb-dues-status>', check: paymentShape },
  getPayment: { reader: '<pb-dues-status>', check: paymentShape },
  getDuesSummary: { reader: '<pb-dues-summary>', check: duesSummaryChecked },
  getLeaderboard: { reader: '<pb-leaderboard>', check: then(pageShape, (page: RankPage) => checkPage(page)) },
  getStats: { reader: '<pb-stat-chart>', check: then(statsShape, (stats: Stats) => checkStats(stats)) },
};
