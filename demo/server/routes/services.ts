/** Everything a route needs, built once per app. */
import type { Db } from '../db/database';
import type { CreditRequirement } from '../rules/credit-requirement';
import type { DuesSettings } from '../rules/dues-rules';
import type { Anonymity } from '../store/anonymity';
import type { CourseRequestStore } from '../store/course-request-store';
import type { CourseStore } from '../store/course-store';
import type { DuesStore } from '../store/dues-store';
import type { MembersStore } from '../store/members-store';
import type { QuestionnaireStore } from '../store/questionnaire-store';
import type { StatsStore } from '../store/stats-store';
import type { StudyPlanStore } from '../store/study-plan-store';
import type { StudyStore } from '../store/study-store';
import type { ReminderStore } from '../store/reminder-store';
import type { DeliverReminders } from '../http/reminder-webhook';

export interface Services {
  db: Db;
  now: () => number;
  duesSettings: DuesSettings;
  /** The yearly 学时 requirement, by member group (rules/credit-requirement.ts). */
  creditRequirement: CreditRequirement;
  members: MembersStore;
  courses: CourseStore;
  study: StudyStore;
  questionnaires: QuestionnaireStore;
  dues: DuesStore;
  stats: StatsStore;
  courseRequests: CourseRequestStore;
  studyPlans: StudyPlanStore;
  /** Keeps anonymous course requests unpaired with their members (store/anonymity.ts). */
  anonymity: Anonymity;
  /** Reminders secretaries sent (the member's tasks show the unread ones). */
  reminders: ReminderStore;
  /** Hands committed reminders to the site's messaging (PB_REMINDER_WEBHOOK), if set. */
  deliverReminders: DeliverReminders;
}
