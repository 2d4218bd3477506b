// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/**
 * The contract's shapes, one per schema of openapi.yaml (each a module of its own in
 * `shapes/`), and the compiler's proof that each accepts exactly its contract type.
 */
import type { Infer } from './data-shape.js';
import type { components } from './schema.gen.js';
import type { Id } from './shapes/Id.gen.js';
import type { Timestamp } from './shapes/Timestamp.gen.js';
import type { YearMonth } from './shapes/YearMonth.gen.js';
import type { Problem } from './shapes/Problem.gen.js';
import type { FieldError } from './shapes/FieldError.gen.js';
import type { Member } from './shapes/Member.gen.js';
import type { MemberCategory } from './shapes/MemberCategory.gen.js';
import type { CourseProgressSummary } from './shapes/CourseProgressSummary.gen.js';
import type { CourseSummary } from './shapes/CourseSummary.gen.js';
import type { CoursePage } from './shapes/CoursePage.gen.js';
import type { CoursePolicy } from './shapes/CoursePolicy.gen.js';
import type { Caption } from './shapes/Caption.gen.js';
import type { LessonMedia } from './shapes/LessonMedia.gen.js';
import type { LessonDocument } from './shapes/LessonDocument.gen.js';
import type { Attachment } from './shapes/Attachment.gen.js';
import type { Lesson } from './shapes/Lesson.gen.js';
import type { Course } from './shapes/Course.gen.js';
import type { LessonProgress } from './shapes/LessonProgress.gen.js';
import type { CourseProgress } from './shapes/CourseProgress.gen.js';
import type { HeartbeatBatch } from './shapes/HeartbeatBatch.gen.js';
import type { ProgressReceipt } from './shapes/ProgressReceipt.gen.js';
import type { QuestionnaireMode } from './shapes/QuestionnaireMode.gen.js';
import type { QuestionnaireStatus } from './shapes/QuestionnaireStatus.gen.js';
import type { MineState } from './shapes/MineState.gen.js';
import type { QuestionnaireSummary } from './shapes/QuestionnaireSummary.gen.js';
import type { QuestionnairePage } from './shapes/QuestionnairePage.gen.js';
import type { Questionnaire } from './shapes/Questionnaire.gen.js';
import type { Page } from './shapes/Page.gen.js';
import type { Option } from './shapes/Option.gen.js';
import type { QuestionBase } from './shapes/QuestionBase.gen.js';
import type { SingleChoiceQuestion } from './shapes/SingleChoiceQuestion.gen.js';
import type { MultipleChoiceQuestion } from './shapes/MultipleChoiceQuestion.gen.js';
import type { BooleanQuestion } from './shapes/BooleanQuestion.gen.js';
import type { TextQuestion } from './shapes/TextQuestion.gen.js';
import type { LongTextQuestion } from './shapes/LongTextQuestion.gen.js';
import type { NumberQuestion } from './shapes/NumberQuestion.gen.js';
import type { RatingQuestion } from './shapes/RatingQuestion.gen.js';
import type { MatrixQuestion } from './shapes/MatrixQuestion.gen.js';
import type { RankingQuestion } from './shapes/RankingQuestion.gen.js';
import type { Question } from './shapes/Question.gen.js';
import type { Condition } from './shapes/Condition.gen.js';
import type { ScalarValue } from './shapes/ScalarValue.gen.js';
import type { AnswerValue } from './shapes/AnswerValue.gen.js';
import type { Answers } from './shapes/Answers.gen.js';
import type { AttemptRequest } from './shapes/AttemptRequest.gen.js';
import type { Attempt } from './shapes/Attempt.gen.js';
import type { DraftRequest } from './shapes/DraftRequest.gen.js';
import type { Draft } from './shapes/Draft.gen.js';
import type { SubmissionRequest } from './shapes/SubmissionRequest.gen.js';
import type { Submission } from './shapes/Submission.gen.js';
import type { SubmissionList } from './shapes/SubmissionList.gen.js';
import type { QuizResult } from './shapes/QuizResult.gen.js';
import type { QuestionResult } from './shapes/QuestionResult.gen.js';
import type { DuesBasis } from './shapes/DuesBasis.gen.js';
import type { DuesMonth } from './shapes/DuesMonth.gen.js';
import type { Arrears } from './shapes/Arrears.gen.js';
import type { DuesYear } from './shapes/DuesYear.gen.js';
import type { PaymentRequest } from './shapes/PaymentRequest.gen.js';
import type { Payment } from './shapes/Payment.gen.js';
import type { PaymentCancelRequest } from './shapes/PaymentCancelRequest.gen.js';
import type { DuesStatusCounts } from './shapes/DuesStatusCounts.gen.js';
import type { DuesSummary } from './shapes/DuesSummary.gen.js';
import type { AggregateOption } from './shapes/AggregateOption.gen.js';
import type { AggregateMatrixRow } from './shapes/AggregateMatrixRow.gen.js';
import type { AggregateRankingItem } from './shapes/AggregateRankingItem.gen.js';
import type { QuestionAggregate } from './shapes/QuestionAggregate.gen.js';
import type { NamedValue } from './shapes/NamedValue.gen.js';
import type { EvaluationGradeCounts } from './shapes/EvaluationGradeCounts.gen.js';
import type { EvaluationTally } from './shapes/EvaluationTally.gen.js';
import type { QuizScoreBand } from './shapes/QuizScoreBand.gen.js';
import type { QuizMiss } from './shapes/QuizMiss.gen.js';
import type { QuizSummary } from './shapes/QuizSummary.gen.js';
import type { QuestionnaireResults } from './shapes/QuestionnaireResults.gen.js';
import type { TextAnswerPage } from './shapes/TextAnswerPage.gen.js';
import type { Metric } from './shapes/Metric.gen.js';
import type { Period } from './shapes/Period.gen.js';
import type { LeaderboardEntry } from './shapes/LeaderboardEntry.gen.js';
import type { LeaderboardPage } from './shapes/LeaderboardPage.gen.js';
import type { StatSeries } from './shapes/StatSeries.gen.js';
import type { CertificateCode } from './shapes/CertificateCode.gen.js';
import type { Certificate } from './shapes/Certificate.gen.js';
import type { CertificateCheck } from './shapes/CertificateCheck.gen.js';
import type { PaymentReceipt } from './shapes/PaymentReceipt.gen.js';
import type { LocalDate } from './shapes/LocalDate.gen.js';
import type { EmptyRequest } from './shapes/EmptyRequest.gen.js';
import type { CourseRequestStatus } from './shapes/CourseRequestStatus.gen.js';
import type { NamedRef } from './shapes/NamedRef.gen.js';
import type { TitledRef } from './shapes/TitledRef.gen.js';
import type { CourseRequestDemand } from './shapes/CourseRequestDemand.gen.js';
import type { CourseRequestMine } from './shapes/CourseRequestMine.gen.js';
import type { CourseRequest } from './shapes/CourseRequest.gen.js';
import type { CourseRequestPage } from './shapes/CourseRequestPage.gen.js';
import type { TopicDemand } from './shapes/TopicDemand.gen.js';
import type { BranchCourseRequestPage } from './shapes/BranchCourseRequestPage.gen.js';
import type { SimilarCourseRequests } from './shapes/SimilarCourseRequests.gen.js';
import type { CourseRequestCreate } from './shapes/CourseRequestCreate.gen.js';
import type { CourseRequestVoice } from './shapes/CourseRequestVoice.gen.js';
import type { CourseRequestsSeen } from './shapes/CourseRequestsSeen.gen.js';
import type { UnreadCount } from './shapes/UnreadCount.gen.js';
import type { CourseRequestStatusChange } from './shapes/CourseRequestStatusChange.gen.js';
import type { MemberGroup } from './shapes/MemberGroup.gen.js';
import type { PlanStatus } from './shapes/PlanStatus.gen.js';
import type { PlanStatusCounts } from './shapes/PlanStatusCounts.gen.js';
import type { PlanCourse } from './shapes/PlanCourse.gen.js';
import type { PlanHours } from './shapes/PlanHours.gen.js';
import type { StudyPlan } from './shapes/StudyPlan.gen.js';
import type { StudySummaryGroup } from './shapes/StudySummaryGroup.gen.js';
import type { StudySummaryMember } from './shapes/StudySummaryMember.gen.js';
import type { StudySummary } from './shapes/StudySummary.gen.js';
import type { StudyAssignmentCreate } from './shapes/StudyAssignmentCreate.gen.js';
import type { StudyAssignment } from './shapes/StudyAssignment.gen.js';
import type { StudyAssignmentList } from './shapes/StudyAssignmentList.gen.js';
import type { MeetingKind } from './shapes/MeetingKind.gen.js';
import type { MeetingStatus } from './shapes/MeetingStatus.gen.js';
import type { AttendanceStatus } from './shapes/AttendanceStatus.gen.js';
import type { MeetingAttendees } from './shapes/MeetingAttendees.gen.js';
import type { MeetingMaterial } from './shapes/MeetingMaterial.gen.js';
import type { CheckInRecord } from './shapes/CheckInRecord.gen.js';
import type { LeaveRequest } from './shapes/LeaveRequest.gen.js';
import type { MeetingMine } from './shapes/MeetingMine.gen.js';
import type { Meeting } from './shapes/Meeting.gen.js';
import type { MeetingList } from './shapes/MeetingList.gen.js';
import type { MeetingReplyKind } from './shapes/MeetingReplyKind.gen.js';
import type { MeetingReply } from './shapes/MeetingReply.gen.js';
import type { CheckInRequest } from './shapes/CheckInRequest.gen.js';
import type { CheckInCode } from './shapes/CheckInCode.gen.js';
import type { AttendanceMark } from './shapes/AttendanceMark.gen.js';
import type { LeaveDecision } from './shapes/LeaveDecision.gen.js';
import type { AttendanceCounts } from './shapes/AttendanceCounts.gen.js';
import type { MemberAttendanceItem } from './shapes/MemberAttendanceItem.gen.js';
import type { MemberAttendance } from './shapes/MemberAttendance.gen.js';
import type { MeetingAttendee } from './shapes/MeetingAttendee.gen.js';
import type { MeetingAttendance } from './shapes/MeetingAttendance.gen.js';
import type { MeetingSummary } from './shapes/MeetingSummary.gen.js';
import type { CadenceRule } from './shapes/CadenceRule.gen.js';
import type { CadencePeriod } from './shapes/CadencePeriod.gen.js';
import type { CadenceKind } from './shapes/CadenceKind.gen.js';
import type { BranchMemberAttendance } from './shapes/BranchMemberAttendance.gen.js';
import type { PartyGroup } from './shapes/PartyGroup.gen.js';
import type { BranchMeetings } from './shapes/BranchMeetings.gen.js';
import type { MeetingCreate } from './shapes/MeetingCreate.gen.js';
import type { TaskKind } from './shapes/TaskKind.gen.js';
import type { TaskUrgency } from './shapes/TaskUrgency.gen.js';
import type { TaskCounts } from './shapes/TaskCounts.gen.js';
import type { ReminderSubject } from './shapes/ReminderSubject.gen.js';
import type { Reminder } from './shapes/Reminder.gen.js';
import type { Task } from './shapes/Task.gen.js';
import type { TaskMeeting } from './shapes/TaskMeeting.gen.js';
import type { TaskList } from './shapes/TaskList.gen.js';
import type { ReminderRequest } from './shapes/ReminderRequest.gen.js';
import type { ReminderBatch } from './shapes/ReminderBatch.gen.js';
import type { BranchDuesMember } from './shapes/BranchDuesMember.gen.js';
import type { BranchDuesMembers } from './shapes/BranchDuesMembers.gen.js';

export { Id } from './shapes/Id.gen.js';
export { Timestamp } from './shapes/Timestamp.gen.js';
export { YearMonth } from './shapes/YearMonth.gen.js';
export { Problem } from './shapes/Problem.gen.js';
export { FieldError } from './shapes/FieldError.gen.js';
export { Member } from './shapes/Member.gen.js';
export { MemberCategory } from './shapes/MemberCategory.gen.js';
export { CourseProgressSummary } from './shapes/CourseProgressSummary.gen.js';
export { CourseSummary } from './shapes/CourseSummary.gen.js';
export { CoursePage } from './shapes/CoursePage.gen.js';
export { CoursePolicy } from './shapes/CoursePolicy.gen.js';
export { Caption } from './shapes/Caption.gen.js';
export { LessonMedia } from './shapes/LessonMedia.gen.js';
export { LessonDocument } from './shapes/LessonDocument.gen.js';
export { Attachment } from './shapes/Attachment.gen.js';
export { Lesson } from './shapes/Lesson.gen.js';
export { Course } from './shapes/Course.gen.js';
export { LessonProgress } from './shapes/LessonProgress.gen.js';
export { CourseProgress } from './shapes/CourseProgress.gen.js';
export { HeartbeatBatch } from './shapes/HeartbeatBatch.gen.js';
export { ProgressReceipt } from './shapes/ProgressReceipt.gen.js';
export { QuestionnaireMode } from './shapes/QuestionnaireMode.gen.js';
export { QuestionnaireStatus } from './shapes/QuestionnaireStatus.gen.js';
export { MineState } from './shapes/MineState.gen.js';
export { QuestionnaireSummary } from './shapes/QuestionnaireSummary.gen.js';
export { QuestionnairePage } from './shapes/QuestionnairePage.gen.js';
export { Questionnaire } from './shapes/Questionnaire.gen.js';
export { Page } from './shapes/Page.gen.js';
export { Option } from './shapes/Option.gen.js';
export { QuestionBase } from './shapes/QuestionBase.gen.js';
export { SingleChoiceQuestion } from './shapes/SingleChoiceQuestion.gen.js';
export { MultipleChoiceQuestion } from './shapes/MultipleChoiceQuestion.gen.js';
export { BooleanQuestion } from './shapes/BooleanQuestion.gen.js';
export { TextQuestion } from './shapes/TextQuestion.gen.js';
export { LongTextQuestion } from './shapes/LongTextQuestion.gen.js';
export { NumberQuestion } from './shapes/NumberQuestion.gen.js';
export { RatingQuestion } from './shapes/RatingQuestion.gen.js';
export { MatrixQuestion } from './shapes/MatrixQuestion.gen.js';
export { RankingQuestion } from './shapes/RankingQuestion.gen.js';
export { Question } from './shapes/Question.gen.js';
export { Condition } from './shapes/Condition.gen.js';
export { ScalarValue } from './shapes/ScalarValue.gen.js';
export { AnswerValue } from './shapes/AnswerValue.gen.js';
export { Answers } from './shapes/Answers.gen.js';
export { AttemptRequest } from './shapes/AttemptRequest.gen.js';
export { Attempt } from './shapes/Attempt.gen.js';
export { DraftRequest } from './shapes/DraftRequest.gen.js';
export { Draft } from './shapes/Draft.gen.js';
export { SubmissionRequest } from './shapes/SubmissionRequest.gen.js';
export { Submission } from './shapes/Submission.gen.js';
export { SubmissionList } from './shapes/SubmissionList.gen.js';
export { QuizResult } from './shapes/QuizResult.gen.js';
export { QuestionResult } from './shapes/QuestionResult.gen.js';
export { DuesBasis } from './shapes/DuesBasis.gen.js';
export { DuesMonth } from './shapes/DuesMonth.gen.js';
export { Arrears } from './shapes/Arrears.gen.js';
export { DuesYear } from './shapes/DuesYear.gen.js';
export { PaymentRequest } from './shapes/PaymentRequest.gen.js';
export { Payment } from './shapes/Payment.gen.js';
export { PaymentCancelRequest } from './shapes/PaymentCancelRequest.gen.js';
export { DuesStatusCounts } from './shapes/DuesStatusCounts.gen.js';
export { DuesSummary } from './shapes/DuesSummary.gen.js';
export { AggregateOption } from './shapes/AggregateOption.gen.js';
export { AggregateMatrixRow } from './shapes/AggregateMatrixRow.gen.js';
export { AggregateRankingItem } from './shapes/AggregateRankingItem.gen.js';
export { QuestionAggregate } from './shapes/QuestionAggregate.gen.js';
export { NamedValue } from './shapes/NamedValue.gen.js';
export { EvaluationGradeCounts } from './shapes/EvaluationGradeCounts.gen.js';
export { EvaluationTally } from './shapes/EvaluationTally.gen.js';
export { QuizScoreBand } from './shapes/QuizScoreBand.gen.js';
export { QuizMiss } from './shapes/QuizMiss.gen.js';
export { QuizSummary } from './shapes/QuizSummary.gen.js';
export { QuestionnaireResults } from './shapes/QuestionnaireResults.gen.js';
export { TextAnswerPage } from './shapes/TextAnswerPage.gen.js';
export { Metric } from './shapes/Metric.gen.js';
export { Period } from './shapes/Period.gen.js';
export { LeaderboardEntry } from './shapes/LeaderboardEntry.gen.js';
export { LeaderboardPage } from './shapes/LeaderboardPage.gen.js';
export { StatSeries } from './shapes/StatSeries.gen.js';
export { CertificateCode } from './shapes/CertificateCode.gen.js';
export { Certificate } from './shapes/Certificate.gen.js';
export { CertificateCheck } from './shapes/CertificateCheck.gen.js';
export { PaymentReceipt } from './shapes/PaymentReceipt.gen.js';
export { LocalDate } from './shapes/LocalDate.gen.js';
export { EmptyRequest } from './shapes/EmptyRequest.gen.js';
export { CourseRequestStatus } from './shapes/CourseRequestStatus.gen.js';
export { NamedRef } from './shapes/NamedRef.gen.js';
export { TitledRef } from './shapes/TitledRef.gen.js';
export { CourseRequestDemand } from './shapes/CourseRequestDemand.gen.js';
export { CourseRequestMine } from './shapes/CourseRequestMine.gen.js';
export { CourseRequest } from './shapes/CourseRequest.gen.js';
export { CourseRequestPage } from './shapes/CourseRequestPage.gen.js';
export { TopicDemand } from './shapes/TopicDemand.gen.js';
export { BranchCourseRequestPage } from './shapes/BranchCourseRequestPage.gen.js';
export { SimilarCourseRequests } from './shapes/SimilarCourseRequests.gen.js';
export { CourseRequestCreate } from './shapes/CourseRequestCreate.gen.js';
export { CourseRequestVoice } from './shapes/CourseRequestVoice.gen.js';
export { CourseRequestsSeen } from './shapes/CourseRequestsSeen.gen.js';
export { UnreadCount } from './shapes/UnreadCount.gen.js';
export { CourseRequestStatusChange } from './shapes/CourseRequestStatusChange.gen.js';
export { MemberGroup } from './shapes/MemberGroup.gen.js';
export { PlanStatus } from './shapes/PlanStatus.gen.js';
export { PlanStatusCounts } from './shapes/PlanStatusCounts.gen.js';
export { PlanCourse } from './shapes/PlanCourse.gen.js';
export { PlanHours } from './shapes/PlanHours.gen.js';
export { StudyPlan } from './shapes/StudyPlan.gen.js';
export { StudySummaryGroup } from './shapes/StudySummaryGroup.gen.js';
export { StudySummaryMember } from './shapes/StudySummaryMember.gen.js';
export { StudySummary } from './shapes/StudySummary.gen.js';
export { StudyAssignmentCreate } from './shapes/StudyAssignmentCreate.gen.js';
export { StudyAssignment } from './shapes/StudyAssignment.gen.js';
export { StudyAssignmentList } from './shapes/StudyAssignmentList.gen.js';
export { MeetingKind } from './shapes/MeetingKind.gen.js';
export { MeetingStatus } from './shapes/MeetingStatus.gen.js';
export { AttendanceStatus } from './shapes/AttendanceStatus.gen.js';
export { MeetingAttendees } from './shapes/MeetingAttendees.gen.js';
export { MeetingMaterial } from './shapes/MeetingMaterial.gen.js';
export { CheckInRecord } from './shapes/CheckInRecord.gen.js';
export { LeaveRequest } from './shapes/LeaveRequest.gen.js';
export { MeetingMine } from './shapes/MeetingMine.gen.js';
export { Meeting } from './shapes/Meeting.gen.js';
export { MeetingList } from './shapes/MeetingList.gen.js';
export { MeetingReplyKind } from './shapes/MeetingReplyKind.gen.js';
export { MeetingReply } from './shapes/MeetingReply.gen.js';
export { CheckInRequest } from './shapes/CheckInRequest.gen.js';
export { CheckInCode } from './shapes/CheckInCode.gen.js';
export { AttendanceMark } from './shapes/AttendanceMark.gen.js';
export { LeaveDecision } from './shapes/LeaveDecision.gen.js';
export { AttendanceCounts } from './shapes/AttendanceCounts.gen.js';
export { MemberAttendanceItem } from './shapes/MemberAttendanceItem.gen.js';
export { MemberAttendance } from './shapes/MemberAttendance.gen.js';
export { MeetingAttendee } from './shapes/MeetingAttendee.gen.js';
export { MeetingAttendance } from './shapes/MeetingAttendance.gen.js';
export { MeetingSummary } from './shapes/MeetingSummary.gen.js';
export { CadenceRule } from './shapes/CadenceRule.gen.js';
export { CadencePeriod } from './shapes/CadencePeriod.gen.js';
export { CadenceKind } from './shapes/CadenceKind.gen.js';
export { BranchMemberAttendance } from './shapes/BranchMemberAttendance.gen.js';
export { PartyGroup } from './shapes/PartyGroup.gen.js';
export { BranchMeetings } from './shapes/BranchMeetings.gen.js';
export { MeetingCreate } from './shapes/MeetingCreate.gen.js';
export { TaskKind } from './shapes/TaskKind.gen.js';
export { TaskUrgency } from './shapes/TaskUrgency.gen.js';
export { TaskCounts } from './shapes/TaskCounts.gen.js';
export { ReminderSubject } from './shapes/ReminderSubject.gen.js';
export { Reminder } from './shapes/Reminder.gen.js';
export { Task } from './shapes/Task.gen.js';
export { TaskMeeting } from './shapes/TaskMeeting.gen.js';
export { TaskList } from './shapes/TaskList.gen.js';
export { ReminderRequest } from './shapes/ReminderRequest.gen.js';
export { ReminderBatch } from './shapes/ReminderBatch.gen.js';
export { BranchDuesMember } from './shapes/BranchDuesMember.gen.js';
export { BranchDuesMembers } from './shapes/BranchDuesMembers.gen.js';

type S = components['schemas'];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type ShapesMatchTypes = [
  Assert<Same<Infer<typeof Id>, S["Id"]>>,
  Assert<Same<Infer<typeof Timestamp>, S["Timestamp"]>>,
  Assert<Same<Infer<typeof YearMonth>, S["YearMonth"]>>,
  Assert<Same<Infer<typeof Problem>, S["Problem"]>>,
  Assert<Same<Infer<typeof FieldError>, S["FieldError"]>>,
  Assert<Same<Infer<typeof Member>, S["Member"]>>,
  Assert<Same<Infer<typeof MemberCategory>, S["MemberCategory"]>>,
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
  Assert<Same<Infer<typeof MineState>, S["MineState"]>>,
  Assert<Same<Infer<typeof QuestionnaireSummary>, S["QuestionnaireSummary"]>>,
  Assert<Same<Infer<typeof QuestionnairePage>, S["QuestionnairePage"]>>,
  Assert<Same<Infer<typeof Questionnaire>, S["Questionnaire"]>>,
  Assert<Same<Infer<typeof Page>, S["Page"]>>,
  Assert<Same<Infer<typeof Option>, S["Option"]>>,
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
  Assert<Same<Infer<typeof Question>, S["Question"]>>,
  Assert<Same<Infer<typeof Condition>, S["Condition"]>>,
  Assert<Same<Infer<typeof ScalarValue>, S["ScalarValue"]>>,
  Assert<Same<Infer<typeof AnswerValue>, S["AnswerValue"]>>,
  Assert<Same<Infer<typeof Answers>, S["Answers"]>>,
  Assert<Same<Infer<typeof AttemptRequest>, S["AttemptRequest"]>>,
  Assert<Same<Infer<typeof Attempt>, S["Attempt"]>>,
  Assert<Same<Infer<typeof DraftRequest>, S["DraftRequest"]>>,
  Assert<Same<Infer<typeof Draft>, S["Draft"]>>,
  Assert<Same<Infer<typeof SubmissionRequest>, S["SubmissionRequest"]>>,
  Assert<Same<Infer<typeof Submission>, S["Submission"]>>,
  Assert<Same<Infer<typeof SubmissionList>, S["SubmissionList"]>>,
  Assert<Same<Infer<typeof QuizResult>, S["QuizResult"]>>,
  Assert<Same<Infer<typeof QuestionResult>, S["QuestionResult"]>>,
  Assert<Same<Infer<typeof DuesBasis>, S["DuesBasis"]>>,
  Assert<Same<Infer<typeof DuesMonth>, S["DuesMonth"]>>,
  Assert<Same<Infer<typeof Arrears>, S["Arrears"]>>,
  Assert<Same<Infer<typeof DuesYear>, S["DuesYear"]>>,
  Assert<Same<Infer<typeof PaymentRequest>, S["PaymentRequest"]>>,
  Assert<Same<Infer<typeof Payment>, S["Payment"]>>,
  Assert<Same<Infer<typeof PaymentCancelRequest>, S["PaymentCancelRequest"]>>,
  Assert<Same<Infer<typeof DuesStatusCounts>, S["DuesStatusCounts"]>>,
  Assert<Same<Infer<typeof DuesSummary>, S["DuesSummary"]>>,
  Assert<Same<Infer<typeof AggregateOption>, S["AggregateOption"]>>,
  Assert<Same<Infer<typeof AggregateMatrixRow>, S["AggregateMatrixRow"]>>,
  Assert<Same<Infer<typeof AggregateRankingItem>, S["AggregateRankingItem"]>>,
  Assert<Same<Infer<typeof QuestionAggregate>, S["QuestionAggregate"]>>,
  Assert<Same<Infer<typeof NamedValue>, S["NamedValue"]>>,
  Assert<Same<Infer<typeof EvaluationGradeCounts>, S["EvaluationGradeCounts"]>>,
  Assert<Same<Infer<typeof EvaluationTally>, S["EvaluationTally"]>>,
  Assert<Same<Infer<typeof QuizScoreBand>, S["QuizScoreBand"]>>,
  Assert<Same<Infer<typeof QuizMiss>, S["QuizMiss"]>>,
  Assert<Same<Infer<typeof QuizSummary>, S["QuizSummary"]>>,
  Assert<Same<Infer<typeof QuestionnaireResults>, S["QuestionnaireResults"]>>,
  Assert<Same<Infer<typeof TextAnswerPage>, S["TextAnswerPage"]>>,
  Assert<Same<Infer<typeof Metric>, S["Metric"]>>,
  Assert<Same<Infer<typeof Period>, S["Period"]>>,
  Assert<Same<Infer<typeof LeaderboardEntry>, S["LeaderboardEntry"]>>,
  Assert<Same<Infer<typeof LeaderboardPage>, S["LeaderboardPage"]>>,
  Assert<Same<Infer<typeof StatSeries>, S["StatSeries"]>>,
  Assert<Same<Infer<typeof CertificateCode>, S["CertificateCode"]>>,
  Assert<Same<Infer<typeof Certificate>, S["Certificate"]>>,
  Assert<Same<Infer<typeof CertificateCheck>, S["CertificateCheck"]>>,
  Assert<Same<Infer<typeof PaymentReceipt>, S["PaymentReceipt"]>>,
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
  Assert<Same<Infer<typeof MemberGroup>, S["MemberGroup"]>>,
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
  Assert<Same<Infer<typeof MeetingKind>, S["MeetingKind"]>>,
  Assert<Same<Infer<typeof MeetingStatus>, S["MeetingStatus"]>>,
  Assert<Same<Infer<typeof AttendanceStatus>, S["AttendanceStatus"]>>,
  Assert<Same<Infer<typeof MeetingAttendees>, S["MeetingAttendees"]>>,
  Assert<Same<Infer<typeof MeetingMaterial>, S["MeetingMaterial"]>>,
  Assert<Same<Infer<typeof CheckInRecord>, S["CheckInRecord"]>>,
  Assert<Same<Infer<typeof LeaveRequest>, S["LeaveRequest"]>>,
  Assert<Same<Infer<typeof MeetingMine>, S["MeetingMine"]>>,
  Assert<Same<Infer<typeof Meeting>, S["Meeting"]>>,
  Assert<Same<Infer<typeof MeetingList>, S["MeetingList"]>>,
  Assert<Same<Infer<typeof MeetingReplyKind>, S["MeetingReplyKind"]>>,
  Assert<Same<Infer<typeof MeetingReply>, S["MeetingReply"]>>,
  Assert<Same<Infer<typeof CheckInRequest>, S["CheckInRequest"]>>,
  Assert<Same<Infer<typeof CheckInCode>, S["CheckInCode"]>>,
  Assert<Same<Infer<typeof AttendanceMark>, S["AttendanceMark"]>>,
  Assert<Same<Infer<typeof LeaveDecision>, S["LeaveDecision"]>>,
  Assert<Same<Infer<typeof AttendanceCounts>, S["AttendanceCounts"]>>,
  Assert<Same<Infer<typeof MemberAttendanceItem>, S["MemberAttendanceItem"]>>,
  Assert<Same<Infer<typeof MemberAttendance>, S["MemberAttendance"]>>,
  Assert<Same<Infer<typeof MeetingAttendee>, S["MeetingAttendee"]>>,
  Assert<Same<Infer<typeof MeetingAttendance>, S["MeetingAttendance"]>>,
  Assert<Same<Infer<typeof MeetingSummary>, S["MeetingSummary"]>>,
  Assert<Same<Infer<typeof CadenceRule>, S["CadenceRule"]>>,
  Assert<Same<Infer<typeof CadencePeriod>, S["CadencePeriod"]>>,
  Assert<Same<Infer<typeof CadenceKind>, S["CadenceKind"]>>,
  Assert<Same<Infer<typeof BranchMemberAttendance>, S["BranchMemberAttendance"]>>,
  Assert<Same<Infer<typeof PartyGroup>, S["PartyGroup"]>>,
  Assert<Same<Infer<typeof BranchMeetings>, S["BranchMeetings"]>>,
  Assert<Same<Infer<typeof MeetingCreate>, S["MeetingCreate"]>>,
  Assert<Same<Infer<typeof TaskKind>, S["TaskKind"]>>,
  Assert<Same<Infer<typeof TaskUrgency>, S["TaskUrgency"]>>,
  Assert<Same<Infer<typeof TaskCounts>, S["TaskCounts"]>>,
  Assert<Same<Infer<typeof ReminderSubject>, S["ReminderSubject"]>>,
  Assert<Same<Infer<typeof Reminder>, S["Reminder"]>>,
  Assert<Same<Infer<typeof Task>, S["Task"]>>,
  Assert<Same<Infer<typeof TaskMeeting>, S["TaskMeeting"]>>,
  Assert<Same<Infer<typeof TaskList>, S["TaskList"]>>,
  Assert<Same<Infer<typeof ReminderRequest>, S["ReminderRequest"]>>,
  Assert<Same<Infer<typeof ReminderBatch>, S["ReminderBatch"]>>,
  Assert<Same<Infer<typeof BranchDuesMember>, S["BranchDuesMember"]>>,
  Assert<Same<Infer<typeof BranchDuesMembers>, S["BranchDuesMembers"]>>,
];
