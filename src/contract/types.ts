/**
 * The contract's data types: every schema of `openapi.yaml` by its name (`Member`,
 * `Course`…, generated into `schema.gen.ts` by `npm run gen:api`; a test fails when it is
 * stale), and the query of each operation that takes one.
 */
import type { operations } from './schema.gen.js';

export type * from './schema.gen.js';

type Query<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['query']>;

export type CourseQuery = Query<'listCourses'>;
export type QuestionnaireQuery = Query<'listQuestionnaires'>;
export type DuesQuery = Query<'getDues'>;
export type DuesSummaryQuery = Query<'getDuesSummary'>;
export type LeaderboardQuery = Query<'getLeaderboard'>;
export type StatsQuery = Query<'getStats'>;
export type CourseRequestQuery = Query<'listCourseRequests'>;
export type SimilarCourseRequestQuery = Query<'findSimilarCourseRequests'>;
export type BranchCourseRequestQuery = Query<'getBranchCourseRequests'>;
export type StudySummaryQuery = Query<'getStudySummary'>;
export type BranchDuesMembersQuery = Query<'getBranchDuesMembers'>;
export type QuestionnaireResultsQuery = Query<'getQuestionnaireResults'>;
export type TextAnswerQuery = Query<'listTextAnswers'>;
export type YearCertificateQuery = Query<'getYearCertificate'>;
export type MeetingQuery = Query<'listMeetings'>;
