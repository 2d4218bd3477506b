/**
 * The contract's data types, taken from `openapi.yaml` through the generated
 * `schema.gen.ts` (`npm run gen:api`; a test fails when it is stale).
 */
import type { components, operations } from './schema.gen.js';

type Schemas = components['schemas'];
type Query<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['query']>;

export type Member = Schemas['Member'];
export type CourseSummary = Schemas['CourseSummary'];
export type CoursePage = Schemas['CoursePage'];
export type Course = Schemas['Course'];
export type CoursePolicy = Schemas['CoursePolicy'];
export type Lesson = Schemas['Lesson'];
export type CourseProgress = Schemas['CourseProgress'];
export type LessonProgress = Schemas['LessonProgress'];
export type HeartbeatBatch = Schemas['HeartbeatBatch'];
export type ProgressReceipt = Schemas['ProgressReceipt'];
export type QuestionnairePage = Schemas['QuestionnairePage'];
export type QuestionnaireSummary = Schemas['QuestionnaireSummary'];
export type Questionnaire = Schemas['Questionnaire'];
export type Question = Schemas['Question'];
export type Condition = Schemas['Condition'];
export type Answers = Schemas['Answers'];
export type AnswerValue = Schemas['AnswerValue'];
export type Attempt = Schemas['Attempt'];
export type Draft = Schemas['Draft'];
export type DraftRequest = Schemas['DraftRequest'];
export type SubmissionRequest = Schemas['SubmissionRequest'];
export type Submission = Schemas['Submission'];
export type SubmissionList = Schemas['SubmissionList'];
export type QuizResult = Schemas['QuizResult'];
export type DuesYear = Schemas['DuesYear'];
export type DuesMonth = Schemas['DuesMonth'];
export type PaymentRequest = Schemas['PaymentRequest'];
export type Payment = Schemas['Payment'];
export type DuesSummary = Schemas['DuesSummary'];
export type Metric = Schemas['Metric'];
export type Period = Schemas['Period'];
export type LeaderboardEntry = Schemas['LeaderboardEntry'];
export type LeaderboardPage = Schemas['LeaderboardPage'];
export type StatSeries = Schemas['StatSeries'];
export type Problem = Schemas['Problem'];
export type MemberGroup = Schemas['MemberGroup'];
export type CourseRequestStatus = Schemas['CourseRequestStatus'];
export type CourseRequest = Schemas['CourseRequest'];
export type CourseRequestDemand = Schemas['CourseRequestDemand'];
export type CourseRequestPage = Schemas['CourseRequestPage'];
export type BranchCourseRequestPage = Schemas['BranchCourseRequestPage'];
export type TopicDemand = Schemas['TopicDemand'];
export type SimilarCourseRequests = Schemas['SimilarCourseRequests'];
export type CourseRequestCreate = Schemas['CourseRequestCreate'];
export type CourseRequestVoice = Schemas['CourseRequestVoice'];
export type CourseRequestsSeen = Schemas['CourseRequestsSeen'];
export type CourseRequestStatusChange = Schemas['CourseRequestStatusChange'];
export type UnreadCount = Schemas['UnreadCount'];
export type PlanStatus = Schemas['PlanStatus'];
export type PlanCourse = Schemas['PlanCourse'];
export type PlanHours = Schemas['PlanHours'];
export type StudyPlan = Schemas['StudyPlan'];
export type StudySummary = Schemas['StudySummary'];
export type StudySummaryGroup = Schemas['StudySummaryGroup'];
export type StudySummaryMember = Schemas['StudySummaryMember'];
export type StudyAssignment = Schemas['StudyAssignment'];
export type StudyAssignmentCreate = Schemas['StudyAssignmentCreate'];
export type StudyAssignmentList = Schemas['StudyAssignmentList'];

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
