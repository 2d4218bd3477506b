/**
 * React 19 typings for the pb-* elements: properties (React 19 sets a property when the
 * element has one), kebab-case attributes, and `on<event-name>` listeners, e.g.
 * `<pb-questionnaire definition={def} onpb-questionnaire-submit={(e) => e.detail.answers} />`.
 * Use: `import type {} from 'party-building-widgets/frameworks/react'` once in the app.
 * Generated from custom-elements.json by scripts/gen-framework-types.ts: do not edit;
 * run `npm run analyze` after changing an element's public API.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { PbConfig } from '../config/pb-config/pb-config.js';
import type { PbCourseCatalog } from '../education/pb-course-catalog/pb-course-catalog.js';
import type { PbCoursePlayer } from '../education/pb-course-player/pb-course-player.js';
import type { PbCourseRequests } from '../education/pb-course-requests/pb-course-requests.js';
import type { PbDuesStatus } from '../dues/pb-dues-status/pb-dues-status.js';
import type { PbDuesSummary } from '../dues/pb-dues-summary/pb-dues-summary.js';
import type { PbLeaderboard } from '../assessment/pb-leaderboard/pb-leaderboard.js';
import type { PbMeetings } from '../organisation/pb-meetings/pb-meetings.js';
import type { PbMyTasks } from '../member/pb-my-tasks/pb-my-tasks.js';
import type { PbQuestionnaire } from '../survey/pb-questionnaire/pb-questionnaire.js';
import type { PbQuestionnaireResults } from '../survey/pb-questionnaire-results/pb-questionnaire-results.js';
import type { PbStatChart } from '../assessment/pb-stat-chart/pb-stat-chart.js';
import type { PbStudySummary } from '../education/pb-study-summary/pb-study-summary.js';

/** The event a `pb-*` name dispatches, as declared in GlobalEventHandlersEventMap. */
type PbEvent<K extends string> = K extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[K] : CustomEvent<unknown>;
type PbReactProps<E extends HTMLElement, P extends keyof E> = DetailedHTMLProps<HTMLAttributes<E>, E> & Partial<Pick<E, P>>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'pb-config': PbReactProps<PbConfig, 'apiBase' | 'backend' | 'credentials' | 'csrfHeader' | 'csrfMeta' | 'csrfToken' | 'endpoints' | 'envelope' | 'getToken' | 'locale' | 'loginHref' | 'retry' | 'site' | 'successCodes' | 'theme' | 'timeoutMs' | 'transform'> & {
        'api-base'?: string | number | boolean;
        'csrf-header'?: string | number | boolean;
        'csrf-meta'?: string | number | boolean;
        'login-href'?: string | number | boolean;
        'success-codes'?: string | number | boolean;
        'timeout'?: string | number | boolean;
      };
      'pb-course-catalog': PbReactProps<PbCourseCatalog, 'apiBase' | 'category' | 'controls' | 'filter' | 'hrefTemplate' | 'locale' | 'loginHref' | 'pageSize' | 'plan' | 'search' | 'theme'> & {
        'api-base'?: string | number | boolean;
        'href-template'?: string | number | boolean;
        'login-href'?: string | number | boolean;
        'page-size'?: string | number | boolean;
        'onpb-course-select'?: (event: PbEvent<'pb-course-select'>) => void;
      };
      'pb-course-player': PbReactProps<PbCoursePlayer, 'apiBase' | 'audioOnly' | 'courseId' | 'lessonId' | 'locale' | 'loginHref' | 'theme'> & {
        'api-base'?: string | number | boolean;
        'audio-only'?: string | number | boolean;
        'course-id'?: string | number | boolean;
        'lesson-id'?: string | number | boolean;
        'login-href'?: string | number | boolean;
        'onpb-course-complete'?: (event: PbEvent<'pb-course-complete'>) => void;
        'onpb-lesson-complete'?: (event: PbEvent<'pb-lesson-complete'>) => void;
        'onpb-lesson-start'?: (event: PbEvent<'pb-lesson-start'>) => void;
        'onpb-progress'?: (event: PbEvent<'pb-progress'>) => void;
      };
      'pb-course-requests': PbReactProps<PbCourseRequests, 'apiBase' | 'branchId' | 'category' | 'group' | 'hrefTemplate' | 'locale' | 'loginHref' | 'mine' | 'status' | 'theme' | 'view'> & {
        'api-base'?: string | number | boolean;
        'branch-id'?: string | number | boolean;
        'href-template'?: string | number | boolean;
        'login-href'?: string | number | boolean;
        'onpb-course-open'?: (event: PbEvent<'pb-course-open'>) => void;
        'onpb-request-answer'?: (event: PbEvent<'pb-request-answer'>) => void;
        'onpb-request-create'?: (event: PbEvent<'pb-request-create'>) => void;
        'onpb-request-seen'?: (event: PbEvent<'pb-request-seen'>) => void;
        'onpb-request-voice'?: (event: PbEvent<'pb-request-voice'>) => void;
      };
      'pb-dues-status': PbReactProps<PbDuesStatus, 'apiBase' | 'locale' | 'loginHref' | 'payTarget' | 'theme' | 'year'> & {
        'api-base'?: string | number | boolean;
        'login-href'?: string | number | boolean;
        'pay-target'?: string | number | boolean;
        'onpb-payment-create'?: (event: PbEvent<'pb-payment-create'>) => void;
        'onpb-payment-settle'?: (event: PbEvent<'pb-payment-settle'>) => void;
      };
      'pb-dues-summary': PbReactProps<PbDuesSummary, 'apiBase' | 'branchId' | 'locale' | 'loginHref' | 'theme' | 'year'> & {
        'api-base'?: string | number | boolean;
        'branch-id'?: string | number | boolean;
        'login-href'?: string | number | boolean;
        'onpb-reminder-send'?: (event: PbEvent<'pb-reminder-send'>) => void;
      };
      'pb-leaderboard': PbReactProps<PbLeaderboard, 'apiBase' | 'controls' | 'limit' | 'locale' | 'loginHref' | 'metric' | 'period' | 'refreshInterval' | 'scope' | 'scopes' | 'theme'> & {
        'api-base'?: string | number | boolean;
        'login-href'?: string | number | boolean;
        'refresh-interval'?: string | number | boolean;
        'onpb-leaderboard-change'?: (event: PbEvent<'pb-leaderboard-change'>) => void;
      };
      'pb-meetings': PbReactProps<PbMeetings, 'apiBase' | 'branchId' | 'hrefTemplate' | 'locale' | 'loginHref' | 'theme' | 'view' | 'year'> & {
        'api-base'?: string | number | boolean;
        'branch-id'?: string | number | boolean;
        'href-template'?: string | number | boolean;
        'login-href'?: string | number | boolean;
        'onpb-meeting-check-in'?: (event: PbEvent<'pb-meeting-check-in'>) => void;
        'onpb-meeting-makeup'?: (event: PbEvent<'pb-meeting-makeup'>) => void;
        'onpb-meeting-plan'?: (event: PbEvent<'pb-meeting-plan'>) => void;
        'onpb-meeting-reply'?: (event: PbEvent<'pb-meeting-reply'>) => void;
      };
      'pb-my-tasks': PbReactProps<PbMyTasks, 'apiBase' | 'courseHref' | 'duesHref' | 'evaluationHref' | 'locale' | 'loginHref' | 'meetingHref' | 'questionnaireHref' | 'theme'> & {
        'api-base'?: string | number | boolean;
        'course-href'?: string | number | boolean;
        'dues-href'?: string | number | boolean;
        'evaluation-href'?: string | number | boolean;
        'login-href'?: string | number | boolean;
        'meeting-href'?: string | number | boolean;
        'questionnaire-href'?: string | number | boolean;
        'onpb-tasks-change'?: (event: PbEvent<'pb-tasks-change'>) => void;
      };
      'pb-questionnaire': PbReactProps<PbQuestionnaire, 'apiBase' | 'autosaveDelay' | 'definition' | 'headingLevel' | 'locale' | 'loginHref' | 'oneAtATime' | 'questionnaireId' | 'theme'> & {
        'api-base'?: string | number | boolean;
        'autosave-delay'?: string | number | boolean;
        'heading-level'?: string | number | boolean;
        'login-href'?: string | number | boolean;
        'one-at-a-time'?: string | number | boolean;
        'questionnaire-id'?: string | number | boolean;
        'onpb-questionnaire-change'?: (event: PbEvent<'pb-questionnaire-change'>) => void;
        'onpb-questionnaire-submit'?: (event: PbEvent<'pb-questionnaire-submit'>) => void;
        'onpb-questionnaire-submitted'?: (event: PbEvent<'pb-questionnaire-submitted'>) => void;
      };
      'pb-questionnaire-results': PbReactProps<PbQuestionnaireResults, 'apiBase' | 'branchId' | 'category' | 'from' | 'locale' | 'loginHref' | 'questionnaireId' | 'theme' | 'to'> & {
        'api-base'?: string | number | boolean;
        'branch-id'?: string | number | boolean;
        'login-href'?: string | number | boolean;
        'questionnaire-id'?: string | number | boolean;
        'onpb-reminder-send'?: (event: PbEvent<'pb-reminder-send'>) => void;
        'onpb-results-export'?: (event: PbEvent<'pb-results-export'>) => void;
      };
      'pb-stat-chart': PbReactProps<PbStatChart, 'apiBase' | 'branchId' | 'from' | 'groupBy' | 'kind' | 'locale' | 'loginHref' | 'metric' | 'theme' | 'title' | 'to' | 'view'> & {
        'api-base'?: string | number | boolean;
        'branch-id'?: string | number | boolean;
        'group-by'?: string | number | boolean;
        'login-href'?: string | number | boolean;
        'onpb-stat-chart-draw'?: (event: PbEvent<'pb-stat-chart-draw'>) => void;
      };
      'pb-study-summary': PbReactProps<PbStudySummary, 'apiBase' | 'branchId' | 'locale' | 'loginHref' | 'theme' | 'view' | 'year'> & {
        'api-base'?: string | number | boolean;
        'branch-id'?: string | number | boolean;
        'login-href'?: string | number | boolean;
      };
    }
  }
}
