/**
 * party-building-widgets: the classes, types and functions a page or a widget of its own
 * uses, each listed in `docs/javascript-api.md` (a test keeps the two the same). Importing
 * this module registers no tag; import `party-building-widgets/all.js` (every tag) or
 * `party-building-widgets/define/pb-<name>.js` (one tag) for that.
 */
export { VERSION } from './version.js';

export { configure } from './config/configure.js';
export type { Settings, ResolvedSettings, ThemeName, RequestHeaders } from './config/settings.js';
export { PbConfig } from './config/pb-config/pb-config.js';

export type { Backend, BackendFactory, BackendTools, CallInit, ReadOptions, WriteOptions, WriteOperation } from './api/backend.js';
export type * from './api/types.js';
export type { OperationName } from './api/operations.js';
export type { EnvelopePreset, ResponseAdapter, AdapterContext } from './api/envelopes.js';
export { defaultRetryPolicy, type RetryPolicy } from './api/retry.js';
export {
  PbError,
  ProblemError,
  NetworkError,
  TimeoutError,
  ShapeError,
  ConfigError,
  StorageError,
  NotOfferedError,
  type FieldError,
  type PbErrorKind,
} from './api/errors.js';
export { expectShape } from './api/shape.js';
export { shape, check, type Shape, type Check, type DataProblem, type Infer as InferShape } from './contract/data-shape.js';
export { oneOf } from './contract/builders/one-of.js';
export { orNull } from './contract/builders/or-null.js';
export { optional } from './contract/builders/optional.js';
export { recordOf } from './contract/builders/record-of.js';
export { anyOf } from './contract/builders/any-of.js';
export { variant } from './contract/builders/variant.js';
export { presets } from './api/site/presets.js';
export type { SiteSettings, FieldMap, FieldSource, ObjectMap, SourcePath, BodyTemplate, AuthSettings, ProgressSettings, AnswerSettings } from './api/site/site-types.js';

export { openLocalStore, type LocalStore } from './storage/local-store.js';

export type { Locale } from './i18n/locale.js';
export { formatNumber, formatPercent, formatCny, formatDate, formatDuration, formatClock } from './i18n/format.js';

export { PbElement } from './shared/pb-element.js';
export { Resource, type ResourceOptions } from './shared/resource.js';
export { defineElement } from './shared/define.js';

export { PbCourseCatalog, type CourseFilter, type PbCourseSelectDetail } from './education/pb-course-catalog/pb-course-catalog.js';
export { PbCoursePlayer } from './education/pb-course-player/pb-course-player.js';
export type { PbLessonStartDetail, PbProgressDetail, PbLessonCompleteDetail, PbCourseCompleteDetail } from './education/pb-course-player/events.js';
export { PbStudySummary, type StudySummaryView } from './education/pb-study-summary/pb-study-summary.js';
export { PbMyTasks, type TasksChangeDetail } from './member/pb-my-tasks/pb-my-tasks.js';
export {
  PbCourseRequests,
  type RequestsView,
  type MemberCategory,
  type RequestCreateDetail,
  type RequestVoiceDetail,
  type RequestSeenDetail,
  type RequestAnswerDetail,
  type CourseOpenDetail,
} from './education/pb-course-requests/pb-course-requests.js';

export { PbDuesStatus, type PayTarget, type PaymentCreateDetail, type PaymentSettleDetail } from './dues/pb-dues-status/pb-dues-status.js';
export { PbDuesSummary, type ReminderSendDetail } from './dues/pb-dues-summary/pb-dues-summary.js';

export {
  PbQuestionnaire,
  type QuestionnaireChangeDetail,
  type QuestionnaireSubmitDetail,
  type QuestionnaireSubmittedDetail,
} from './survey/pb-questionnaire/pb-questionnaire.js';
export { PbQuestionnaireResults, type ResultsExportDetail } from './survey/pb-questionnaire-results/pb-questionnaire-results.js';

export {
  PbMeetings,
  type MeetingsView,
  type MeetingReplyDetail,
  type MeetingCheckInDetail,
  type MeetingPlanDetail,
  type MeetingMakeupDetail,
} from './organisation/pb-meetings/pb-meetings.js';

export { PbLeaderboard, type LeaderboardChangeDetail } from './assessment/pb-leaderboard/pb-leaderboard.js';
export type { Scope } from './assessment/shared/metrics.js';
export { PbStatChart, type StatChartDrawDetail } from './assessment/pb-stat-chart/pb-stat-chart.js';
