// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/**
 * The contract's shapes: one per schema of openapi.yaml, and one per operation for what it
 * answers. The port checks each answer with its operation's shape before a widget sees it
 * (`src/api/answers.ts`); pb-verify checks a backend with the same ones.
 */
import { anyOf, check, keyed, optional, orNull, recordOf, shapeProblem, text, variant, within, type Check, type Infer } from './data-shape.js';
import type { components } from './schema.gen.js';

type S = components['schemas'];

const wholeFrom400To599 = /*#__PURE__*/ within(400, 599, true);
const wholeFrom0To100 = /*#__PURE__*/ within(0, 100, true);
const numFrom0 = /*#__PURE__*/ within(0);
const numFrom0_5To4 = /*#__PURE__*/ within(0.5, 4);
const numFrom0To1 = /*#__PURE__*/ within(0, 1);
const wholeFrom5To300 = /*#__PURE__*/ within(5, 300, true);
const wholeFrom0To1000000000 = /*#__PURE__*/ within(0, 1000000000, true);
const numFrom0To86400 = /*#__PURE__*/ within(0, 86400);
const numFrom0To3600 = /*#__PURE__*/ within(0, 3600);
const wholeFrom1 = /*#__PURE__*/ within(1, Infinity, true);
const numFrom5e_324 = /*#__PURE__*/ within(5e-324);
const wholeFrom2To10 = /*#__PURE__*/ within(2, 10, true);
const wholeFrom0To1000 = /*#__PURE__*/ within(0, 1000, true);
const whole = /*#__PURE__*/ within(-Infinity, Infinity, true);
const wholeFrom0To1000000 = /*#__PURE__*/ within(0, 1000000, true);
const numFrom0_5To500 = /*#__PURE__*/ within(0.5, 500);

export const Id = /*#__PURE__*/ text(/^[A-Za-z0-9][A-Za-z0-9_-]*$/u, "an Id", 1, 64);
export const Timestamp = 'date' as const;
export const YearMonth = /*#__PURE__*/ text(/^(20[0-9]{2}|2100)-(0[1-9]|1[0-2])$/u, "a YearMonth");
export const FieldError = { pointer: 'string', in: /*#__PURE__*/ optional('body|query|path|header'), code: /*#__PURE__*/ optional(/*#__PURE__*/ text(/^[a-z][a-z-]*$/u, "text matching ^[a-z][a-z-]*$")), detail: 'string' } as const;
export const Problem = { type: 'string', title: 'string', status: wholeFrom400To599, detail: /*#__PURE__*/ optional('string'), instance: /*#__PURE__*/ optional('string'), errors: /*#__PURE__*/ optional([FieldError]) } as const;
export const MemberCategory = 'in-service|retired|farmer|student|unemployed|relief' as const;
export const MemberGroup = 'cadre|returned-retiree|skilled|ordinary|migrant|veteran' as const;
export const Member = { id: Id, name: 'string', branchId: Id, branchName: 'string', roles: ['member|secretary|admin'], category: MemberCategory, migrant: 'boolean', groups: /*#__PURE__*/ optional([MemberGroup]) } as const;
export const CourseProgressSummary = { percent: wholeFrom0To100, creditedSeconds: /*#__PURE__*/ orNull(numFrom0), completed: 'boolean' } as const;
export const CourseSummary = { id: Id, title: 'string', description: 'string', category: 'string', required: 'boolean', coverUrl: 'string?', lessonCount: 'int', durationSeconds: numFrom0, creditHours: numFrom0, progress: CourseProgressSummary } as const;
export const CoursePage = { items: [CourseSummary], nextCursor: 'string?', total: 'int', categories: ['string'] } as const;
export const CoursePolicy = { allowSeek: 'free|watched', maxPlaybackRate: numFrom0_5To4, sequential: 'boolean', pauseWhenHidden: 'boolean', completionCoverage: numFrom0To1, heartbeatSeconds: wholeFrom5To300 } as const;
export const Caption = { src: 'string', srclang: 'string', label: 'string', default: 'boolean' } as const;
export const LessonMedia = { src: 'string', type: 'string', audioOnlySrc: 'string?', poster: 'string?', captions: [Caption] } as const;
export const LessonDocument = { src: 'string', type: 'string' } as const;
export const Attachment = { id: Id, name: 'string', url: 'string', type: 'string', sizeBytes: 'int' } as const;
export const Lesson = { id: Id, title: 'string', kind: 'video|audio|document|article', durationSeconds: /*#__PURE__*/ orNull(numFrom0), minReadingSeconds: 'int?', media: /*#__PURE__*/ orNull(LessonMedia), document: /*#__PURE__*/ orNull(LessonDocument), articleHtml: 'string?', attachments: [Attachment] } as const;
export const Course = { id: Id, title: 'string', description: 'string', category: 'string', required: 'boolean', coverUrl: 'string?', lessonCount: 'int', durationSeconds: numFrom0, creditHours: numFrom0, progress: CourseProgressSummary, policy: CoursePolicy, lessons: [Lesson] } as const;
export const LessonProgress = { lessonId: Id, positionSeconds: numFrom0, furthestSeconds: numFrom0, coverage: numFrom0To1, creditedSeconds: /*#__PURE__*/ orNull(numFrom0), completed: 'boolean', updatedAt: 'date?' } as const;
export const CourseProgress = { courseId: Id, percent: wholeFrom0To100, creditedSeconds: /*#__PURE__*/ orNull(numFrom0), completed: 'boolean', lessons: [LessonProgress] } as const;
export const HeartbeatBatch = { sessionId: 'string', seq: wholeFrom0To1000000000, position: numFrom0To86400, intervals: [[numFrom0To86400]], activeSeconds: numFrom0To3600, ended: 'boolean' } as const;
export const ProgressReceipt = { lesson: LessonProgress, course: CourseProgressSummary, creditedNow: numFrom0 } as const;
export const QuestionnaireMode = 'survey|quiz|evaluation' as const;
export const QuestionnaireStatus = 'open|not-open|closed' as const;
export const Attempt = { id: Id, startedAt: Timestamp, deadline: 'date?', serverTime: /*#__PURE__*/ optional(Timestamp) } as const;
export const MineState = { submitted: 'boolean', canSubmit: 'boolean', attempt: /*#__PURE__*/ optional(/*#__PURE__*/ orNull(Attempt)) } as const;
export const QuestionnaireSummary = { id: Id, title: 'string', description: 'string?', mode: QuestionnaireMode, status: QuestionnaireStatus, opensAt: 'date?', closesAt: 'date?', timeLimitSeconds: /*#__PURE__*/ orNull(wholeFrom1), questionCount: 'int', mine: MineState } as const;
export const QuestionnairePage = { items: [QuestionnaireSummary], nextCursor: 'string?', total: 'int' } as const;
export const ScalarValue = /*#__PURE__*/ anyOf(['string', 'number', 'boolean']);
export const Condition: Check<S["Condition"]> = /*#__PURE__*/ keyed({ equals: { question: Id, equals: ScalarValue }, notEquals: { question: Id, notEquals: ScalarValue }, in: { question: Id, in: [ScalarValue] }, answered: { question: Id, answered: 'boolean' }, all: { all: [/*#__PURE__*/ check<S["Condition"]>((value, path) => shapeProblem(Condition, value, path))] }, any: { any: [/*#__PURE__*/ check<S["Condition"]>((value, path) => shapeProblem(Condition, value, path))] } });
export const Option = { value: 'string', label: 'string', topic: /*#__PURE__*/ optional(/*#__PURE__*/ text(undefined, "text of 1 to 50 characters", 1, 50)) } as const;
export const Question = /*#__PURE__*/ variant('type', { single: { id: Id, title: 'string', description: 'string?', required: /*#__PURE__*/ optional('boolean'), visibleIf: /*#__PURE__*/ optional(Condition), requiredIf: /*#__PURE__*/ optional(Condition), points: /*#__PURE__*/ optional(numFrom0), options: [Option] }, multiple: { id: Id, title: 'string', description: 'string?', required: /*#__PURE__*/ optional('boolean'), visibleIf: /*#__PURE__*/ optional(Condition), requiredIf: /*#__PURE__*/ optional(Condition), points: /*#__PURE__*/ optional(numFrom0), options: [Option], minSelect: /*#__PURE__*/ optional('int'), maxSelect: /*#__PURE__*/ optional(wholeFrom1) }, boolean: { id: Id, title: 'string', description: 'string?', required: /*#__PURE__*/ optional('boolean'), visibleIf: /*#__PURE__*/ optional(Condition), requiredIf: /*#__PURE__*/ optional(Condition), points: /*#__PURE__*/ optional(numFrom0), labelTrue: /*#__PURE__*/ optional('string'), labelFalse: /*#__PURE__*/ optional('string') }, text: { id: Id, title: 'string', description: 'string?', required: /*#__PURE__*/ optional('boolean'), visibleIf: /*#__PURE__*/ optional(Condition), requiredIf: /*#__PURE__*/ optional(Condition), points: /*#__PURE__*/ optional(numFrom0), minLength: /*#__PURE__*/ optional('int'), maxLength: /*#__PURE__*/ optional(wholeFrom1), pattern: /*#__PURE__*/ optional('string'), patternMessage: /*#__PURE__*/ optional('string') }, longtext: { id: Id, title: 'string', description: 'string?', required: /*#__PURE__*/ optional('boolean'), visibleIf: /*#__PURE__*/ optional(Condition), requiredIf: /*#__PURE__*/ optional(Condition), points: /*#__PURE__*/ optional(numFrom0), minLength: /*#__PURE__*/ optional('int'), maxLength: /*#__PURE__*/ optional(wholeFrom1) }, number: { id: Id, title: 'string', description: 'string?', required: /*#__PURE__*/ optional('boolean'), visibleIf: /*#__PURE__*/ optional(Condition), requiredIf: /*#__PURE__*/ optional(Condition), points: /*#__PURE__*/ optional(numFrom0), min: /*#__PURE__*/ optional('number'), max: /*#__PURE__*/ optional('number'), step: /*#__PURE__*/ optional(numFrom5e_324) }, rating: { id: Id, title: 'string', description: 'string?', required: /*#__PURE__*/ optional('boolean'), visibleIf: /*#__PURE__*/ optional(Condition), requiredIf: /*#__PURE__*/ optional(Condition), points: /*#__PURE__*/ optional(numFrom0), scale: wholeFrom2To10, minLabel: /*#__PURE__*/ optional('string'), maxLabel: /*#__PURE__*/ optional('string') }, matrix: { id: Id, title: 'string', description: 'string?', required: /*#__PURE__*/ optional('boolean'), visibleIf: /*#__PURE__*/ optional(Condition), requiredIf: /*#__PURE__*/ optional(Condition), points: /*#__PURE__*/ optional(numFrom0), rows: [Option], columns: [Option], columnLimits: /*#__PURE__*/ optional(/*#__PURE__*/ recordOf('int')) }, ranking: { id: Id, title: 'string', description: 'string?', required: /*#__PURE__*/ optional('boolean'), visibleIf: /*#__PURE__*/ optional(Condition), requiredIf: /*#__PURE__*/ optional(Condition), points: /*#__PURE__*/ optional(numFrom0), options: [Option] } });
export const Page = { id: Id, title: 'string?', questions: [Question] } as const;
export const Questionnaire = { id: Id, title: 'string', description: 'string?', mode: QuestionnaireMode, status: QuestionnaireStatus, opensAt: 'date?', closesAt: 'date?', allowRetake: 'boolean', anonymous: 'boolean', showAnswers: 'boolean', timeLimitSeconds: /*#__PURE__*/ orNull(wholeFrom1), passMark: /*#__PURE__*/ orNull(numFrom0), totalPoints: /*#__PURE__*/ orNull(numFrom0), pages: [Page], mine: MineState } as const;
export const QuestionBase = { id: Id, type: 'string', title: 'string', description: 'string?', required: /*#__PURE__*/ optional('boolean'), visibleIf: /*#__PURE__*/ optional(Condition), requiredIf: /*#__PURE__*/ optional(Condition), points: /*#__PURE__*/ optional(numFrom0) } as const;
export const SingleChoiceQuestion = /*#__PURE__*/ variant('type', { single: { id: Id, title: 'string', description: 'string?', required: /*#__PURE__*/ optional('boolean'), visibleIf: /*#__PURE__*/ optional(Condition), requiredIf: /*#__PURE__*/ optional(Condition), points: /*#__PURE__*/ optional(numFrom0), options: [Option] } });
export const MultipleChoiceQuestion = /*#__PURE__*/ variant('type', { multiple: { id: Id, title: 'string', description: 'string?', required: /*#__PURE__*/ optional('boolean'), visibleIf: /*#__PURE__*/ optional(Condition), requiredIf: /*#__PURE__*/ optional(Condition), points: /*#__PURE__*/ optional(numFrom0), options: [Option], minSelect: /*#__PURE__*/ optional('int'), maxSelect: /*#__PURE__*/ optional(wholeFrom1) } });
export const BooleanQuestion = /*#__PURE__*/ variant('type', { boolean: { id: Id, title: 'string', description: 'string?', required: /*#__PURE__*/ optional('boolean'), visibleIf: /*#__PURE__*/ optional(Condition), requiredIf: /*#__PURE__*/ optional(Condition), points: /*#__PURE__*/ optional(numFrom0), labelTrue: /*#__PURE__*/ optional('string'), labelFalse: /*#__PURE__*/ optional('string') } });
export const TextQuestion = /*#__PURE__*/ variant('type', { text: { id: Id, title: 'string', description: 'string?', required: /*#__PURE__*/ optional('boolean'), visibleIf: /*#__PURE__*/ optional(Condition), requiredIf: /*#__PURE__*/ optional(Condition), points: /*#__PURE__*/ optional(numFrom0), minLength: /*#__PURE__*/ optional('int'), maxLength: /*#__PURE__*/ optional(wholeFrom1), pattern: /*#__PURE__*/ optional('string'), patternMessage: /*#__PURE__*/ optional('string') } });
export const LongTextQuestion = /*#__PURE__*/ variant('type', { longtext: { id: Id, title: 'string', description: 'string?', required: /*#__PURE__*/ optional('boolean'), visibleIf: /*#__PURE__*/ optional(Condition), requiredIf: /*#__PURE__*/ optional(Condition), points: /*#__PURE__*/ optional(numFrom0), minLength: /*#__PURE__*/ optional('int'), maxLength: /*#__PURE__*/ optional(wholeFrom1) } });
export const NumberQuestion = /*#__PURE__*/ variant('type', { number: { id: Id, title: 'string', description: 'string?', required: /*#__PURE__*/ optional('boolean'), visibleIf: /*#__PURE__*/ optional(Condition), requiredIf: /*#__PURE__*/ optional(Condition), points: /*#__PURE__*/ optional(numFrom0), min: /*#__PURE__*/ optional('number'), max: /*#__PURE__*/ optional('number'), step: /*#__PURE__*/ optional(numFrom5e_324) } });
export const RatingQuestion = /*#__PURE__*/ variant('type', { rating: { id: Id, title: 'string', description: 'string?', required: /*#__PURE__*/ optional('boolean'), visibleIf: /*#__PURE__*/ optional(Condition), requiredIf: /*#__PURE__*/ optional(Condition), points: /*#__PURE__*/ optional(numFrom0), scale: wholeFrom2To10, minLabel: /*#__PURE__*/ optional('string'), maxLabel: /*#__PURE__*/ optional('string') } });
export const MatrixQuestion = /*#__PURE__*/ variant('type', { matrix: { id: Id, title: 'string', description: 'string?', required: /*#__PURE__*/ optional('boolean'), visibleIf: /*#__PURE__*/ optional(Condition), requiredIf: /*#__PURE__*/ optional(Condition), points: /*#__PURE__*/ optional(numFrom0), rows: [Option], columns: [Option], columnLimits: /*#__PURE__*/ optional(/*#__PURE__*/ recordOf('int')) } });
export const RankingQuestion = /*#__PURE__*/ variant('type', { ranking: { id: Id, title: 'string', description: 'string?', required: /*#__PURE__*/ optional('boolean'), visibleIf: /*#__PURE__*/ optional(Condition), requiredIf: /*#__PURE__*/ optional(Condition), points: /*#__PURE__*/ optional(numFrom0), options: [Option] } });
export const AnswerValue = /*#__PURE__*/ anyOf([/*#__PURE__*/ text(undefined, "text of 0 to 10000 characters", 0, 10000), 'number', 'boolean', [/*#__PURE__*/ text(undefined, "text of 0 to 200 characters", 0, 200)], /*#__PURE__*/ recordOf(/*#__PURE__*/ text(undefined, "text of 0 to 200 characters", 0, 200))]);
export const Answers = /*#__PURE__*/ recordOf(AnswerValue);
export const AttemptRequest = {} as const;
export const DraftRequest = { answers: Answers, pageIndex: wholeFrom0To1000, attemptId: /*#__PURE__*/ optional(/*#__PURE__*/ orNull(Id)) } as const;
export const Draft = { answers: Answers, pageIndex: 'int', attemptId: 'string?', updatedAt: Timestamp } as const;
export const SubmissionRequest = { answers: Answers, attemptId: /*#__PURE__*/ optional(/*#__PURE__*/ orNull(Id)) } as const;
export const QuestionResult = { questionId: Id, points: numFrom0, earned: numFrom0, correct: 'boolean', correctAnswer: /*#__PURE__*/ optional(AnswerValue), explanation: /*#__PURE__*/ optional('string') } as const;
export const QuizResult = { score: numFrom0, totalPoints: numFrom0, passed: 'boolean', questions: [QuestionResult] } as const;
export const Submission = { id: Id, submittedAt: Timestamp, late: 'boolean', result: /*#__PURE__*/ orNull(QuizResult) } as const;
export const SubmissionList = { items: [Submission] } as const;
export const DuesBasis = { category: /*#__PURE__*/ orNull(MemberCategory), baseFen: 'int?', rate: 'string', monthlyFen: 'int', description: 'string' } as const;
export const DuesMonth = { month: YearMonth, status: 'paid|paid-late|unpaid|due|exempt|not-due|before-start', amountFen: 'int', paidAt: 'date?' } as const;
export const Arrears = { consecutiveMonths: 'int', since: /*#__PURE__*/ orNull(YearMonth), level: 'none|notice|serious', months: [YearMonth], owedFen: 'int' } as const;
export const Payment = { id: Id, status: 'pending|paid|failed|expired|cancelled', months: [YearMonth], amountFen: 'int', payUrl: 'string?', createdAt: Timestamp, expiresAt: 'date?', paidAt: 'date?', replacedBy: /*#__PURE__*/ orNull(Id) } as const;
export const DuesYear = { year: whole, basis: DuesBasis, months: [DuesMonth], paidFen: 'int', owedFen: 'int', dueFen: 'int', arrears: Arrears, contact: { name: 'string', phone: 'string?' }, payments: [Payment] } as const;
export const PaymentRequest = { months: [YearMonth] } as const;
export const PaymentCancelRequest = {} as const;
export const DuesStatusCounts = { paid: 'int', "paid-late": 'int', unpaid: 'int', due: 'int', exempt: 'int', "not-due": 'int', "before-start": 'int' } as const;
export const DuesSummary = { branchId: Id, branchName: 'string', year: whole, memberCount: 'int', rate: numFrom0To1, months: [{ month: YearMonth, dueCount: 'int', paidCount: 'int', rate: /*#__PURE__*/ orNull(numFrom0To1) }], counts: DuesStatusCounts, arrears: [{ memberId: Id, name: 'string', consecutiveMonths: 'int', overdueMonths: wholeFrom1, owedFen: 'int', level: 'none|notice|serious' }] } as const;
export const Metric = 'points|study-hours|completion-rate|participation-rate|dues-rate' as const;
export const Period = 'week|month|quarter|year|all' as const;
export const LeaderboardEntry = { id: Id, name: 'string', branchName: 'string?', value: 'number', rank: wholeFrom1, previousRank: /*#__PURE__*/ orNull(wholeFrom1) } as const;
export const LeaderboardPage = { metric: Metric, scope: 'branches|members', period: Period, unit: 'points|hours|percent', generatedAt: Timestamp, total: 'int', items: [LeaderboardEntry], nextCursor: 'string?', me: /*#__PURE__*/ orNull({ entry: LeaderboardEntry, index: 'int' }) } as const;
export const StatSeries = { metric: Metric, unit: 'points|hours|percent', groupBy: 'month|branch', labels: ['string'], series: [{ key: 'string', label: 'string', values: ['number?'] }] } as const;
export const LocalDate = /*#__PURE__*/ text(/^(20[0-9]{2}|2100)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/u, "a LocalDate");
export const EmptyRequest = {} as const;
export const CourseRequestStatus = 'received|planned|available|declined|merged' as const;
export const NamedRef = { id: Id, name: 'string' } as const;
export const TitledRef = { id: Id, title: 'string' } as const;
export const CourseRequestDemand = { voices: 'int', answers: 'int', total: 'int' } as const;
export const CourseRequestMine = { asked: 'boolean', voiced: 'boolean', unread: 'boolean' } as const;
export const CourseRequest = { id: Id, branchId: Id, title: 'string', details: 'string', category: 'string', topic: 'string', anonymous: 'boolean', requester: /*#__PURE__*/ orNull(NamedRef), status: CourseRequestStatus, revision: 'int', createdOn: LocalDate, statusChangedAt: 'date?', plannedOn: /*#__PURE__*/ orNull(LocalDate), course: /*#__PURE__*/ orNull(TitledRef), declineReason: 'string?', mergedInto: /*#__PURE__*/ orNull(TitledRef), voices: 'int', demand: CourseRequestDemand, mine: CourseRequestMine } as const;
export const CourseRequestPage = { items: [CourseRequest], nextCursor: 'string?', total: 'int', unread: 'int' } as const;
export const TopicDemand = { topic: 'string', answers: 'int', requests: 'int' } as const;
export const BranchCourseRequestPage = { branchId: Id, branchName: 'string', items: [CourseRequest], nextCursor: 'string?', total: 'int', topics: [TopicDemand] } as const;
export const SimilarCourseRequests = { requests: [{ request: CourseRequest, score: numFrom0To1 }], courses: [{ id: Id, title: 'string', category: 'string', score: numFrom0To1 }] } as const;
export const CourseRequestCreate = { title: /*#__PURE__*/ text(undefined, "text of 2 to 60 characters", 2, 60), details: /*#__PURE__*/ optional(/*#__PURE__*/ text(undefined, "text of 0 to 500 characters", 0, 500)), category: /*#__PURE__*/ text(undefined, "text of 1 to 50 characters", 1, 50), anonymous: 'boolean' } as const;
export const CourseRequestVoice = { voiced: 'boolean' } as const;
export const CourseRequestsSeen = { seen: [{ id: Id, revision: wholeFrom0To1000000 }] } as const;
export const UnreadCount = { unread: 'int' } as const;
export const CourseRequestStatusChange = { status: 'planned|available|declined|merged', plannedOn: /*#__PURE__*/ optional(LocalDate), courseId: /*#__PURE__*/ optional(Id), reason: /*#__PURE__*/ optional(/*#__PURE__*/ text(undefined, "text of 2 to 200 characters", 2, 200)), mergedInto: /*#__PURE__*/ optional(Id), topic: /*#__PURE__*/ optional(/*#__PURE__*/ text(undefined, "text of 1 to 50 characters", 1, 50)) } as const;
export const PlanStatus = 'on-track|due-soon|overdue|done' as const;
export const PlanStatusCounts = { "on-track": 'int', "due-soon": 'int', overdue: 'int', done: 'int' } as const;
export const PlanCourse = { courseId: Id, title: 'string', category: 'string', creditHours: numFrom0, dueOn: /*#__PURE__*/ orNull(LocalDate), daysLeft: /*#__PURE__*/ orNull(whole), percent: wholeFrom0To100, completed: 'boolean', status: PlanStatus, assignments: [TitledRef] } as const;
export const PlanHours = { year: whole, targetHours: numFrom0, creditedHours: numFrom0, expectedHours: numFrom0, behindHours: numFrom0, status: PlanStatus, daysLeft: whole, assignments: [TitledRef] } as const;
export const StudyPlan = { memberId: Id, year: whole, asOf: LocalDate, groups: [MemberGroup], status: /*#__PURE__*/ orNull(PlanStatus), counts: PlanStatusCounts, courses: [PlanCourse], hours: /*#__PURE__*/ orNull(PlanHours) } as const;
export const StudySummaryGroup = { group: MemberGroup, memberCount: 'int', plannedCount: 'int', items: 'int', done: 'int', rate: /*#__PURE__*/ orNull(numFrom0To1), counts: PlanStatusCounts, targetHours: numFrom0, creditedHours: numFrom0 } as const;
export const StudySummaryMember = { memberId: Id, name: 'string', groups: [MemberGroup], status: PlanStatus, items: 'int', done: 'int', counts: PlanStatusCounts, overdueDays: 'int', nextDueOn: /*#__PURE__*/ orNull(LocalDate), behindHours: numFrom0, courses: [PlanCourse], hours: /*#__PURE__*/ orNull(PlanHours) } as const;
export const StudySummary = { branchId: Id, branchName: 'string', year: whole, asOf: LocalDate, memberCount: 'int', plannedCount: 'int', rate: numFrom0To1, counts: PlanStatusCounts, groups: [StudySummaryGroup], members: [StudySummaryMember] } as const;
export const StudyAssignmentCreate = { title: /*#__PURE__*/ text(undefined, "text of 1 to 60 characters", 1, 60), courseIds: [Id], dueOn: /*#__PURE__*/ optional(/*#__PURE__*/ orNull(LocalDate)), hoursPerYear: /*#__PURE__*/ optional(/*#__PURE__*/ orNull(numFrom0_5To500)), groups: [MemberGroup], memberIds: [Id] } as const;
export const StudyAssignment = { id: Id, branchId: Id, title: 'string', courseIds: [Id], dueOn: /*#__PURE__*/ orNull(LocalDate), hoursPerYear: 'number?', groups: [MemberGroup], members: [NamedRef], createdAt: Timestamp } as const;
export const StudyAssignmentList = { branchId: Id, items: [StudyAssignment] } as const;

/** What each operation answers (its 200 or 201). */
export const me = Member;
export const listCourses = CoursePage;
export const getCourse = Course;
export const getCourseProgress = CourseProgress;
export const reportProgress = ProgressReceipt;
export const listQuestionnaires = QuestionnairePage;
export const getQuestionnaire = Questionnaire;
export const startAttempt = Attempt;
export const getDraft = /*#__PURE__*/ orNull(Draft);
export const saveDraft = Draft;
export const submitResponse = Submission;
export const getMyResponses = SubmissionList;
export const getDues = DuesYear;
export const createPayment = Payment;
export const getPayment = Payment;
export const cancelPayment = Payment;
export const getDuesSummary = DuesSummary;
export const getLeaderboard = LeaderboardPage;
export const getStats = StatSeries;
export const listCourseRequests = CourseRequestPage;
export const createCourseRequest = CourseRequest;
export const findSimilarCourseRequests = SimilarCourseRequests;
export const markCourseRequestsSeen = UnreadCount;
export const setCourseRequestVoice = CourseRequest;
export const setCourseRequestStatus = CourseRequest;
export const getBranchCourseRequests = BranchCourseRequestPage;
export const getMyStudyPlan = StudyPlan;
export const getStudySummary = StudySummary;
export const listStudyAssignments = StudyAssignmentList;
export const createStudyAssignment = StudyAssignment;
export const removeStudyAssignment = StudyAssignment;

/** The compiler checks that each shape accepts exactly its contract type, both ways. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type ShapesMatchTypes = [
  Assert<Same<Infer<typeof Id>, S["Id"]>>,
  Assert<Same<Infer<typeof Timestamp>, S["Timestamp"]>>,
  Assert<Same<Infer<typeof YearMonth>, S["YearMonth"]>>,
  Assert<Same<Infer<typeof FieldError>, S["FieldError"]>>,
  Assert<Same<Infer<typeof Problem>, S["Problem"]>>,
  Assert<Same<Infer<typeof MemberCategory>, S["MemberCategory"]>>,
  Assert<Same<Infer<typeof MemberGroup>, S["MemberGroup"]>>,
  Assert<Same<Infer<typeof Member>, S["Member"]>>,
  Assert<Same<Infer<typeof CourseProgressSummary>, S["CourseProgressSummary"]>>,
  Assert<Same<Infer<typeof CourseSummary>, S["CourseSummary"]>>,
  Assert<Same<Infer<typeof CoursePage>, S["CoursePage"]>>,
  Assert<Same<Infer<typeof CoursePolicy>, S["CoursePolicy"]>>,
  Assert<Same<Infer<typeof Caption>, S["Caption"]>>,
  Assert<Same<Infer<typeof LessonMedia>, S["LessonMedia"]>>,
  Assert<Same<Infer<typeof LessonDocument>, S["LessonDocument"]>>,
  Assert<Same<Infer<typeof Attachment>, S["Attachment"]>>,
  Assert<Same<Infer<typeof Lesson>, S["Lesson"]>>,
  Assert<Same<Infer<typeof Course>, S["Course"]>>,
  Assert<Same<Infer<typeof LessonProgress>, S["LessonProgress"]>>,
  Assert<Same<Infer<typeof CourseProgress>, S["CourseProgress"]>>,
  Assert<Same<Infer<typeof HeartbeatBatch>, S["HeartbeatBatch"]>>,
  Assert<Same<Infer<typeof ProgressReceipt>, S["ProgressReceipt"]>>,
  Assert<Same<Infer<typeof QuestionnaireMode>, S["QuestionnaireMode"]>>,
  Assert<Same<Infer<typeof QuestionnaireStatus>, S["QuestionnaireStatus"]>>,
  Assert<Same<Infer<typeof Attempt>, S["Attempt"]>>,
  Assert<Same<Infer<typeof MineState>, S["MineState"]>>,
  Assert<Same<Infer<typeof QuestionnaireSummary>, S["QuestionnaireSummary"]>>,
  Assert<Same<Infer<typeof QuestionnairePage>, S["QuestionnairePage"]>>,
  Assert<Same<Infer<typeof ScalarValue>, S["ScalarValue"]>>,
  Assert<Same<Infer<typeof Condition>, S["Condition"]>>,
  Assert<Same<Infer<typeof Option>, S["Option"]>>,
  Assert<Same<Infer<typeof Question>, S["Question"]>>,
  Assert<Same<Infer<typeof Page>, S["Page"]>>,
  Assert<Same<Infer<typeof Questionnaire>, S["Questionnaire"]>>,
  Assert<Same<Infer<typeof QuestionBase>, S["QuestionBase"]>>,
  Assert<Same<Infer<typeof SingleChoiceQuestion>, S["SingleChoiceQuestion"]>>,
  Assert<Same<Infer<typeof MultipleChoiceQuestion>, S["MultipleChoiceQuestion"]>>,
  Assert<Same<Infer<typeof BooleanQuestion>, S["BooleanQuestion"]>>,
  Assert<Same<Infer<typeof TextQuestion>, S["TextQuestion"]>>,
  Assert<Same<Infer<typeof LongTextQuestion>, S["LongTextQuestion"]>>,
  Assert<Same<Infer<typeof NumberQuestion>, S["NumberQuestion"]>>,
  Assert<Same<Infer<typeof RatingQuestion>, S["RatingQuestion"]>>,
  Assert<Same<Infer<typeof MatrixQuestion>, S["MatrixQuestion"]>>,
  Assert<Same<Infer<typeof RankingQuestion>, S["RankingQuestion"]>>,
  Assert<Same<Infer<typeof AnswerValue>, S["AnswerValue"]>>,
  Assert<Same<Infer<typeof Answers>, S["Answers"]>>,
  Assert<Same<Infer<typeof AttemptRequest>, S["AttemptRequest"]>>,
  Assert<Same<Infer<typeof DraftRequest>, S["DraftRequest"]>>,
  Assert<Same<Infer<typeof Draft>, S["Draft"]>>,
  Assert<Same<Infer<typeof SubmissionRequest>, S["SubmissionRequest"]>>,
  Assert<Same<Infer<typeof QuestionResult>, S["QuestionResult"]>>,
  Assert<Same<Infer<typeof QuizResult>, S["QuizResult"]>>,
  Assert<Same<Infer<typeof Submission>, S["Submission"]>>,
  Assert<Same<Infer<typeof SubmissionList>, S["SubmissionList"]>>,
  Assert<Same<Infer<typeof DuesBasis>, S["DuesBasis"]>>,
  Assert<Same<Infer<typeof DuesMonth>, S["DuesMonth"]>>,
  Assert<Same<Infer<typeof Arrears>, S["Arrears"]>>,
  Assert<Same<Infer<typeof Payment>, S["Payment"]>>,
  Assert<Same<Infer<typeof DuesYear>, S["DuesYear"]>>,
  Assert<Same<Infer<typeof PaymentRequest>, S["PaymentRequest"]>>,
  Assert<Same<Infer<typeof PaymentCancelRequest>, S["PaymentCancelRequest"]>>,
  Assert<Same<Infer<typeof DuesStatusCounts>, S["DuesStatusCounts"]>>,
  Assert<Same<Infer<typeof DuesSummary>, S["DuesSummary"]>>,
  Assert<Same<Infer<typeof Metric>, S["Metric"]>>,
  Assert<Same<Infer<typeof Period>, S["Period"]>>,
  Assert<Same<Infer<typeof LeaderboardEntry>, S["LeaderboardEntry"]>>,
  Assert<Same<Infer<typeof LeaderboardPage>, S["LeaderboardPage"]>>,
  Assert<Same<Infer<typeof StatSeries>, S["StatSeries"]>>,
  Assert<Same<Infer<typeof LocalDate>, S["LocalDate"]>>,
  Assert<Same<Infer<typeof EmptyRequest>, S["EmptyRequest"]>>,
  Assert<Same<Infer<typeof CourseRequestStatus>, S["CourseRequestStatus"]>>,
  Assert<Same<Infer<typeof NamedRef>, S["NamedRef"]>>,
  Assert<Same<Infer<typeof TitledRef>, S["TitledRef"]>>,
  Assert<Same<Infer<typeof CourseRequestDemand>, S["CourseRequestDemand"]>>,
  Assert<Same<Infer<typeof CourseRequestMine>, S["CourseRequestMine"]>>,
  Assert<Same<Infer<typeof CourseRequest>, S["CourseRequest"]>>,
  Assert<Same<Infer<typeof CourseRequestPage>, S["CourseRequestPage"]>>,
  Assert<Same<Infer<typeof TopicDemand>, S["TopicDemand"]>>,
  Assert<Same<Infer<typeof BranchCourseRequestPage>, S["BranchCourseRequestPage"]>>,
  Assert<Same<Infer<typeof SimilarCourseRequests>, S["SimilarCourseRequests"]>>,
  Assert<Same<Infer<typeof CourseRequestCreate>, S["CourseRequestCreate"]>>,
  Assert<Same<Infer<typeof CourseRequestVoice>, S["CourseRequestVoice"]>>,
  Assert<Same<Infer<typeof CourseRequestsSeen>, S["CourseRequestsSeen"]>>,
  Assert<Same<Infer<typeof UnreadCount>, S["UnreadCount"]>>,
  Assert<Same<Infer<typeof CourseRequestStatusChange>, S["CourseRequestStatusChange"]>>,
  Assert<Same<Infer<typeof PlanStatus>, S["PlanStatus"]>>,
  Assert<Same<Infer<typeof PlanStatusCounts>, S["PlanStatusCounts"]>>,
  Assert<Same<Infer<typeof PlanCourse>, S["PlanCourse"]>>,
  Assert<Same<Infer<typeof PlanHours>, S["PlanHours"]>>,
  Assert<Same<Infer<typeof StudyPlan>, S["StudyPlan"]>>,
  Assert<Same<Infer<typeof StudySummaryGroup>, S["StudySummaryGroup"]>>,
  Assert<Same<Infer<typeof StudySummaryMember>, S["StudySummaryMember"]>>,
  Assert<Same<Infer<typeof StudySummary>, S["StudySummary"]>>,
  Assert<Same<Infer<typeof StudyAssignmentCreate>, S["StudyAssignmentCreate"]>>,
  Assert<Same<Infer<typeof StudyAssignment>, S["StudyAssignment"]>>,
  Assert<Same<Infer<typeof StudyAssignmentList>, S["StudyAssignmentList"]>>,
];
