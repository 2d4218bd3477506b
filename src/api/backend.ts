import type * as T from './types.js';
import type { OperationName } from './operations.js';

/** Options of every read. */
export interface ReadOptions {
  /** Aborted when the widget no longer needs the answer (removed, or asking again). */
  signal?: AbortSignal | undefined;
}

/** Options of every write. */
export interface WriteOptions extends ReadOptions {
  /**
   * One key per logical write, identical on every retry and after a reload: a backend
   * must store the result under it and answer a repeat with that result.
   */
  idempotencyKey: string;
  /** The page is going away (`pagehide`): the request must outlive it. */
  keepalive?: boolean | undefined;
}

/**
 * Everything the widgets ask of a backend, one method per operation of the contract.
 * Widgets never call `fetch`; they call this. The default implementation speaks the REST
 * contract (`openapi.yaml`); a site whose system differs overrides single methods through
 * `configure({ backend })` or `<pb-config>.backend`, and the outbox replays queued writes
 * through the same methods, so a site's own backend gets the same offline safety.
 *
 * @example
 * configure({
 *   backend: {
 *     // This portal keeps progress as read-then-create-or-update.
 *     async reportProgress(courseId, lessonId, batch, options) { … }
 *   },
 * });
 */
export interface Backend {
  me(options?: ReadOptions): Promise<T.Member>;
  listCourses(query: T.CourseQuery, options?: ReadOptions): Promise<T.CoursePage>;
  getCourse(courseId: string, options?: ReadOptions): Promise<T.Course>;
  getCourseProgress(courseId: string, options?: ReadOptions): Promise<T.CourseProgress>;
  reportProgress(courseId: string, lessonId: string, batch: T.HeartbeatBatch, options: WriteOptions): Promise<T.ProgressReceipt>;
  listQuestionnaires(query: T.QuestionnaireQuery, options?: ReadOptions): Promise<T.QuestionnairePage>;
  getQuestionnaire(questionnaireId: string, options?: ReadOptions): Promise<T.Questionnaire>;
  startAttempt(questionnaireId: string, options: WriteOptions): Promise<T.Attempt>;
  /** Resolves to `null` when the member has no draft. */
  getDraft(questionnaireId: string, options?: ReadOptions): Promise<T.Draft | null>;
  saveDraft(questionnaireId: string, draft: T.DraftRequest, options: WriteOptions): Promise<T.Draft>;
  submitResponse(questionnaireId: string, submission: T.SubmissionRequest, options: WriteOptions): Promise<T.Submission>;
  getMyResponses(questionnaireId: string, options?: ReadOptions): Promise<T.SubmissionList>;
  getDues(query: T.DuesQuery, options?: ReadOptions): Promise<T.DuesYear>;
  createPayment(payment: T.PaymentRequest, options: WriteOptions): Promise<T.Payment>;
  getPayment(paymentId: string, options?: ReadOptions): Promise<T.Payment>;
  cancelPayment(paymentId: string, options: WriteOptions): Promise<T.Payment>;
  getDuesSummary(branchId: string, query: T.DuesSummaryQuery, options?: ReadOptions): Promise<T.DuesSummary>;
  getLeaderboard(query: T.LeaderboardQuery, options?: ReadOptions): Promise<T.LeaderboardPage>;
  getStats(metric: T.Metric, query: T.StatsQuery, options?: ReadOptions): Promise<T.StatSeries>;
  listCourseRequests(query: T.CourseRequestQuery, options?: ReadOptions): Promise<T.CourseRequestPage>;
  createCourseRequest(request: T.CourseRequestCreate, options: WriteOptions): Promise<T.CourseRequest>;
  findSimilarCourseRequests(query: T.SimilarCourseRequestQuery, options?: ReadOptions): Promise<T.SimilarCourseRequests>;
  markCourseRequestsSeen(seen: T.CourseRequestsSeen, options: WriteOptions): Promise<T.UnreadCount>;
  setCourseRequestVoice(requestId: string, voice: T.CourseRequestVoice, options: WriteOptions): Promise<T.CourseRequest>;
  setCourseRequestStatus(requestId: string, change: T.CourseRequestStatusChange, options: WriteOptions): Promise<T.CourseRequest>;
  getBranchCourseRequests(branchId: string, query: T.BranchCourseRequestQuery, options?: ReadOptions): Promise<T.BranchCourseRequestPage>;
  getMyStudyPlan(options?: ReadOptions): Promise<T.StudyPlan>;
  getStudySummary(branchId: string, query: T.StudySummaryQuery, options?: ReadOptions): Promise<T.StudySummary>;
  listStudyAssignments(branchId: string, options?: ReadOptions): Promise<T.StudyAssignmentList>;
  createStudyAssignment(branchId: string, assignment: T.StudyAssignmentCreate, options: WriteOptions): Promise<T.StudyAssignment>;
  removeStudyAssignment(branchId: string, assignmentId: string, options: WriteOptions): Promise<T.StudyAssignment>;
  getMyTasks(options?: ReadOptions): Promise<T.TaskList>;
  markReminderRead(reminderId: string, options: WriteOptions): Promise<T.Reminder>;
  sendReminders(branchId: string, request: T.ReminderRequest, options: WriteOptions): Promise<T.ReminderBatch>;
  getBranchDuesMembers(branchId: string, query: T.BranchDuesMembersQuery, options?: ReadOptions): Promise<T.BranchDuesMembers>;
  getQuestionnaireResults(questionnaireId: string, query: T.QuestionnaireResultsQuery, options?: ReadOptions): Promise<T.QuestionnaireResults>;
  listTextAnswers(questionnaireId: string, query: T.TextAnswerQuery, options?: ReadOptions): Promise<T.TextAnswerPage>;
  getCourseCertificate(courseId: string, options?: ReadOptions): Promise<T.Certificate>;
  getYearCertificate(query: T.YearCertificateQuery, options?: ReadOptions): Promise<T.Certificate>;
  verifyCertificate(code: string, options?: ReadOptions): Promise<T.CertificateCheck>;
  getPaymentReceipt(paymentId: string, options?: ReadOptions): Promise<T.PaymentReceipt>;
  listMeetings(query: T.MeetingQuery, options?: ReadOptions): Promise<T.MeetingList>;
  getMeeting(meetingId: string, options?: ReadOptions): Promise<T.Meeting>;
  replyToMeeting(meetingId: string, reply: T.MeetingReply, options: WriteOptions): Promise<T.Meeting>;
  checkInMeeting(meetingId: string, checkIn: T.CheckInRequest, options: WriteOptions): Promise<T.Meeting>;
  getMyAttendance(query: T.MeetingQuery, options?: ReadOptions): Promise<T.MemberAttendance>;
  getBranchMeetings(branchId: string, query: T.MeetingQuery, options?: ReadOptions): Promise<T.BranchMeetings>;
  createMeeting(branchId: string, meeting: T.MeetingCreate, options: WriteOptions): Promise<T.Meeting>;
  getMeetingCheckInCode(meetingId: string, options?: ReadOptions): Promise<T.CheckInCode>;
  getMeetingAttendance(meetingId: string, options?: ReadOptions): Promise<T.MeetingAttendance>;
  markAttendance(meetingId: string, memberId: string, mark: T.AttendanceMark, options: WriteOptions): Promise<T.MeetingAttendee>;
  decideLeave(meetingId: string, memberId: string, decision: T.LeaveDecision, options: WriteOptions): Promise<T.MeetingAttendee>;
}

/** The operations that change data; the outbox can queue these. */
export type WriteOperation =
  | 'reportProgress'
  | 'startAttempt'
  | 'saveDraft'
  | 'submitResponse'
  | 'createPayment'
  | 'createCourseRequest'
  | 'markCourseRequestsSeen'
  | 'setCourseRequestVoice'
  | 'setCourseRequestStatus'
  | 'createStudyAssignment'
  | 'removeStudyAssignment'
  | 'markReminderRead'
  | 'sendReminders'
  | 'replyToMeeting'
  | 'checkInMeeting'
  | 'createMeeting'
  | 'markAttendance'
  | 'decideLeave';

/** One call a site's own backend makes through the library's client. */
export interface CallInit extends ReadOptions {
  /** Values for the endpoint's `{placeholders}`; the others go into the query string. */
  params?: Readonly<Record<string, string | number | boolean | null | undefined>> | undefined;
  /** The JSON body of a write. */
  body?: unknown;
  /** Sent as `Idempotency-Key` on writes (a fresh one is made when absent). */
  idempotencyKey?: string | undefined;
  keepalive?: boolean | undefined;
}

/** What `Settings.backend` given as a function receives, to build the operations that differ. */
export interface BackendTools {
  /** The REST backend with the page's endpoints, envelope and transforms: delegate to it. */
  rest: Backend;
  /**
   * Calls any endpoint of the site's API (`"PUT /study/progress"`, placeholders filled from
   * `init.params`) through the library's client: api-base, credentials, bearer token, CSRF
   * header, timeout, retries of transient failures and the envelope adapter. Resolves to the
   * unwrapped body; failures are `PbError`s, so the outbox knows what to retry.
   * `operation` names the operation being served, for the adapter and for messages.
   */
  call(operation: OperationName, endpoint: string, init?: CallInit): Promise<unknown>;
}

/**
 * A site's own operations built with the library's client at hand.
 *
 * @example
 * configure({
 *   backend: ({ call }) => ({
 *     async reportProgress(courseId, lessonId, batch, options) {
 *       const record = await call('reportProgress', 'GET /study/progress?lessonId={lessonId}', { params: { lessonId }, signal: options.signal });
 *       return call('reportProgress', record ? 'PUT /study/progress' : 'POST /study/progress', { body: { courseId, lessonId, ...batch }, ...options });
 *     },
 *   }),
 * });
 */
export type BackendFactory = (tools: BackendTools) => Partial<Backend>;
