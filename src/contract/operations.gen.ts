// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/**
 * The contract's operations as data: one row per `Backend` method, giving the default
 * REST endpoint and then the query parameters it takes. Endpoint templates a site
 * configures are checked against these rows (a placeholder the operation cannot fill is
 * a configuration error, not a 404 later).
 */
export const operations = {
  me: ['GET /me'],
  listCourses: ['GET /courses', 'required', 'category', 'q', 'cursor', 'limit'],
  getCourse: ['GET /courses/{courseId}'],
  getCourseProgress: ['GET /courses/{courseId}/progress'],
  reportProgress: ['POST /courses/{courseId}/lessons/{lessonId}/progress'],
  listQuestionnaires: ['GET /questionnaires', 'mode', 'cursor', 'limit'],
  getQuestionnaire: ['GET /questionnaires/{questionnaireId}'],
  startAttempt: ['POST /questionnaires/{questionnaireId}/attempts'],
  getDraft: ['GET /questionnaires/{questionnaireId}/draft'],
  saveDraft: ['PUT /questionnaires/{questionnaireId}/draft'],
  submitResponse: ['POST /questionnaires/{questionnaireId}/responses'],
  getMyResponses: ['GET /questionnaires/{questionnaireId}/responses/mine'],
  getQuestionnaireResults: ['GET /questionnaires/{questionnaireId}/results', 'branchId', 'category', 'from', 'to'],
  listTextAnswers: ['GET /questionnaires/{questionnaireId}/results/text', 'questionId', 'q', 'cursor', 'limit', 'branchId', 'category', 'from', 'to'],
  getDues: ['GET /dues', 'year'],
  createPayment: ['POST /dues/payments'],
  getPayment: ['GET /dues/payments/{paymentId}'],
  cancelPayment: ['POST /dues/payments/{paymentId}/cancel'],
  getDuesSummary: ['GET /branches/{branchId}/dues-summary', 'year'],
  getLeaderboard: ['GET /leaderboard', 'metric', 'scope', 'period', 'cursor', 'limit'],
  getStats: ['GET /stats/{metric}', 'groupBy', 'from', 'to', 'branchId'],
  listCourseRequests: ['GET /course-requests', 'status', 'mine', 'cursor', 'limit'],
  createCourseRequest: ['POST /course-requests'],
  findSimilarCourseRequests: ['GET /course-requests/similar', 'title'],
  markCourseRequestsSeen: ['POST /course-requests/seen'],
  setCourseRequestVoice: ['PUT /course-requests/{requestId}/voice'],
  setCourseRequestStatus: ['POST /course-requests/{requestId}/status'],
  getBranchCourseRequests: ['GET /branches/{branchId}/course-requests', 'status', 'group', 'category', 'cursor', 'limit'],
  getMyStudyPlan: ['GET /study-plan'],
  getStudySummary: ['GET /branches/{branchId}/study-summary', 'year'],
  listStudyAssignments: ['GET /branches/{branchId}/study-assignments'],
  createStudyAssignment: ['POST /branches/{branchId}/study-assignments'],
  removeStudyAssignment: ['POST /branches/{branchId}/study-assignments/{assignmentId}/remove'],
  listMeetings: ['GET /meetings', 'year'],
  getMeeting: ['GET /meetings/{meetingId}'],
  replyToMeeting: ['PUT /meetings/{meetingId}/reply'],
  checkInMeeting: ['POST /meetings/{meetingId}/check-in'],
  getMyAttendance: ['GET /me/attendance', 'year'],
  getBranchMeetings: ['GET /branches/{branchId}/meetings', 'year'],
  createMeeting: ['POST /branches/{branchId}/meetings'],
  getMeetingCheckInCode: ['GET /meetings/{meetingId}/check-in-code'],
  getMeetingAttendance: ['GET /meetings/{meetingId}/attendance'],
  markAttendance: ['PUT /meetings/{meetingId}/attendance/{memberId}'],
  decideLeave: ['PUT /meetings/{meetingId}/leave/{memberId}'],
} as const satisfies Record<string, readonly [string, ...string[]]>;

export type OperationName = keyof typeof operations;
