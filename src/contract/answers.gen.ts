// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/**
 * The shape of each operation's answer (its 200 or 201), by operation: what the port checks
 * an answer against before a widget sees it (`src/api/answers.ts`), and pb-verify too.
 * Each lives in the module of the schema it is made of (`getCourse` in `shapes/Course.gen.ts`),
 * where a widget imports it: a bundle takes a module whole with all it names, so importing
 * from this list would take every shape into the page.
 */
export { me } from './shapes/Member.gen.js';
export { listCourses } from './shapes/CoursePage.gen.js';
export { getCourse } from './shapes/Course.gen.js';
export { getCourseProgress } from './shapes/CourseProgress.gen.js';
export { reportProgress } from './shapes/ProgressReceipt.gen.js';
export { listQuestionnaires } from './shapes/QuestionnairePage.gen.js';
export { getQuestionnaire } from './shapes/Questionnaire.gen.js';
export { startAttempt } from './shapes/Attempt.gen.js';
export { getDraft } from './shapes/Draft.gen.js';
export { saveDraft } from './shapes/Draft.gen.js';
export { submitResponse } from './shapes/Submission.gen.js';
export { getMyResponses } from './shapes/SubmissionList.gen.js';
export { getDues } from './shapes/DuesYear.gen.js';
export { createPayment } from './shapes/Payment.gen.js';
export { getPayment } from './shapes/Payment.gen.js';
export { cancelPayment } from './shapes/Payment.gen.js';
export { getDuesSummary } from './shapes/DuesSummary.gen.js';
export { getQuestionnaireResults } from './shapes/QuestionnaireResults.gen.js';
export { listTextAnswers } from './shapes/TextAnswerPage.gen.js';
export { getLeaderboard } from './shapes/LeaderboardPage.gen.js';
export { getStats } from './shapes/StatSeries.gen.js';
export { getCourseCertificate } from './shapes/Certificate.gen.js';
export { getYearCertificate } from './shapes/Certificate.gen.js';
export { verifyCertificate } from './shapes/CertificateCheck.gen.js';
export { getPaymentReceipt } from './shapes/PaymentReceipt.gen.js';
export { createCourseRequest } from './shapes/CourseRequest.gen.js';
export { setCourseRequestVoice } from './shapes/CourseRequest.gen.js';
export { setCourseRequestStatus } from './shapes/CourseRequest.gen.js';
export { listCourseRequests } from './shapes/CourseRequestPage.gen.js';
export { getBranchCourseRequests } from './shapes/BranchCourseRequestPage.gen.js';
export { findSimilarCourseRequests } from './shapes/SimilarCourseRequests.gen.js';
export { markCourseRequestsSeen } from './shapes/UnreadCount.gen.js';
export { getMyStudyPlan } from './shapes/StudyPlan.gen.js';
export { getStudySummary } from './shapes/StudySummary.gen.js';
export { createStudyAssignment } from './shapes/StudyAssignment.gen.js';
export { removeStudyAssignment } from './shapes/StudyAssignment.gen.js';
export { listStudyAssignments } from './shapes/StudyAssignmentList.gen.js';
export { getMeeting } from './shapes/Meeting.gen.js';
export { replyToMeeting } from './shapes/Meeting.gen.js';
export { checkInMeeting } from './shapes/Meeting.gen.js';
export { createMeeting } from './shapes/Meeting.gen.js';
export { listMeetings } from './shapes/MeetingList.gen.js';
export { getMeetingCheckInCode } from './shapes/CheckInCode.gen.js';
export { getMyAttendance } from './shapes/MemberAttendance.gen.js';
export { markAttendance } from './shapes/MeetingAttendee.gen.js';
export { decideLeave } from './shapes/MeetingAttendee.gen.js';
export { getMeetingAttendance } from './shapes/MeetingAttendance.gen.js';
export { getBranchMeetings } from './shapes/BranchMeetings.gen.js';
export { markReminderRead } from './shapes/Reminder.gen.js';
export { getMyTasks } from './shapes/TaskList.gen.js';
export { sendReminders } from './shapes/ReminderBatch.gen.js';
export { getBranchDuesMembers } from './shapes/BranchDuesMembers.gen.js';
