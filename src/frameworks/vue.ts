/**
 * Vue 3 typings for the pb-* elements in templates (the pattern of the Vue guide, "Web
 * Components: advanced types"): props, kebab-case attributes and `@pb-…` listeners are
 * checked by vue-tsc. Object properties on an element defined later need `.prop`:
 * `<pb-questionnaire :definition.prop="def" @pb-questionnaire-submit="onSubmit" />`.
 * Use: `import type {} from 'party-building-widgets/frameworks/vue'` once in the app.
 * Generated from custom-elements.json by scripts/gen-framework-types.ts: do not edit;
 * run `npm run analyze` after changing an element's public API.
 */
import type { AllowedComponentProps, ComponentCustomProps, EmitFn, HTMLAttributes, VNodeProps } from 'vue';
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
type EventHandlers<Events extends Record<string, Event>> = {
  [K in keyof Events as `on${Capitalize<CamelCase<K & string>>}`]?: (event: Events[K]) => void;
};
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;
type PbCustomElement<E extends HTMLElement, Events extends Record<string, Event>, P extends keyof E, Attrs> = new () => E & {
  /** @deprecated For template type checking only; not a property of the element. */
  $props: HTMLAttributes & Partial<Pick<E, P>> & Attrs & EventHandlers<Events> & ComponentCustomProps & AllowedComponentProps & VNodeProps;
  /** @deprecated For template type checking only; not a property of the element. */
  $emit: EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'pb-config': PbCustomElement<PbConfig, {  }, 'apiBase' | 'backend' | 'credentials' | 'csrfHeader' | 'csrfMeta' | 'csrfToken' | 'endpoints' | 'envelope' | 'getToken' | 'locale' | 'loginHref' | 'retry' | 'site' | 'successCodes' | 'theme' | 'timeoutMs' | 'transform', { 'api-base'?: string | number | boolean; 'csrf-header'?: string | number | boolean; 'csrf-meta'?: string | number | boolean; 'login-href'?: string | number | boolean; 'success-codes'?: string | number | boolean; 'timeout'?: string | number | boolean }>;
    'pb-course-catalog': PbCustomElement<PbCourseCatalog, { 'pb-course-select': PbEvent<'pb-course-select'> }, 'apiBase' | 'category' | 'controls' | 'filter' | 'hrefTemplate' | 'locale' | 'loginHref' | 'pageSize' | 'plan' | 'search' | 'theme', { 'api-base'?: string | number | boolean; 'href-template'?: string | number | boolean; 'login-href'?: string | number | boolean; 'page-size'?: string | number | boolean }>;
    'pb-course-player': PbCustomElement<PbCoursePlayer, { 'pb-course-complete': PbEvent<'pb-course-complete'>; 'pb-lesson-complete': PbEvent<'pb-lesson-complete'>; 'pb-lesson-start': PbEvent<'pb-lesson-start'>; 'pb-progress': PbEvent<'pb-progress'> }, 'apiBase' | 'audioOnly' | 'courseId' | 'lessonId' | 'locale' | 'loginHref' | 'theme', { 'api-base'?: string | number | boolean; 'audio-only'?: string | number | boolean; 'course-id'?: string | number | boolean; 'lesson-id'?: string | number | boolean; 'login-href'?: string | number | boolean }>;
    'pb-course-requests': PbCustomElement<PbCourseRequests, { 'pb-course-open': PbEvent<'pb-course-open'>; 'pb-request-answer': PbEvent<'pb-request-answer'>; 'pb-request-create': PbEvent<'pb-request-create'>; 'pb-request-seen': PbEvent<'pb-request-seen'>; 'pb-request-voice': PbEvent<'pb-request-voice'> }, 'apiBase' | 'branchId' | 'category' | 'group' | 'hrefTemplate' | 'locale' | 'loginHref' | 'mine' | 'status' | 'theme' | 'view', { 'api-base'?: string | number | boolean; 'branch-id'?: string | number | boolean; 'href-template'?: string | number | boolean; 'login-href'?: string | number | boolean }>;
    'pb-dues-status': PbCustomElement<PbDuesStatus, { 'pb-payment-create': PbEvent<'pb-payment-create'>; 'pb-payment-settle': PbEvent<'pb-payment-settle'> }, 'apiBase' | 'locale' | 'loginHref' | 'payTarget' | 'theme' | 'year', { 'api-base'?: string | number | boolean; 'login-href'?: string | number | boolean; 'pay-target'?: string | number | boolean }>;
    'pb-dues-summary': PbCustomElement<PbDuesSummary, { 'pb-reminder-send': PbEvent<'pb-reminder-send'> }, 'apiBase' | 'branchId' | 'locale' | 'loginHref' | 'theme' | 'year', { 'api-base'?: string | number | boolean; 'branch-id'?: string | number | boolean; 'login-href'?: string | number | boolean }>;
    'pb-leaderboard': PbCustomElement<PbLeaderboard, { 'pb-leaderboard-change': PbEvent<'pb-leaderboard-change'> }, 'apiBase' | 'controls' | 'limit' | 'locale' | 'loginHref' | 'metric' | 'period' | 'refreshInterval' | 'scope' | 'scopes' | 'theme', { 'api-base'?: string | number | boolean; 'login-href'?: string | number | boolean; 'refresh-interval'?: string | number | boolean }>;
    'pb-meetings': PbCustomElement<PbMeetings, { 'pb-meeting-check-in': PbEvent<'pb-meeting-check-in'>; 'pb-meeting-makeup': PbEvent<'pb-meeting-makeup'>; 'pb-meeting-plan': PbEvent<'pb-meeting-plan'>; 'pb-meeting-reply': PbEvent<'pb-meeting-reply'> }, 'apiBase' | 'branchId' | 'hrefTemplate' | 'locale' | 'loginHref' | 'theme' | 'view' | 'year', { 'api-base'?: string | number | boolean; 'branch-id'?: string | number | boolean; 'href-template'?: string | number | boolean; 'login-href'?: string | number | boolean }>;
    'pb-my-tasks': PbCustomElement<PbMyTasks, { 'pb-tasks-change': PbEvent<'pb-tasks-change'> }, 'apiBase' | 'courseHref' | 'duesHref' | 'evaluationHref' | 'locale' | 'loginHref' | 'meetingHref' | 'questionnaireHref' | 'theme', { 'api-base'?: string | number | boolean; 'course-href'?: string | number | boolean; 'dues-href'?: string | number | boolean; 'evaluation-href'?: string | number | boolean; 'login-href'?: string | number | boolean; 'meeting-href'?: string | number | boolean; 'questionnaire-href'?: string | number | boolean }>;
    'pb-questionnaire': PbCustomElement<PbQuestionnaire, { 'pb-questionnaire-change': PbEvent<'pb-questionnaire-change'>; 'pb-questionnaire-submit': PbEvent<'pb-questionnaire-submit'>; 'pb-questionnaire-submitted': PbEvent<'pb-questionnaire-submitted'> }, 'apiBase' | 'autosaveDelay' | 'definition' | 'headingLevel' | 'locale' | 'loginHref' | 'oneAtATime' | 'questionnaireId' | 'theme', { 'api-base'?: string | number | boolean; 'autosave-delay'?: string | number | boolean; 'heading-level'?: string | number | boolean; 'login-href'?: string | number | boolean; 'one-at-a-time'?: string | number | boolean; 'questionnaire-id'?: string | number | boolean }>;
    'pb-questionnaire-results': PbCustomElement<PbQuestionnaireResults, { 'pb-reminder-send': PbEvent<'pb-reminder-send'>; 'pb-results-export': PbEvent<'pb-results-export'> }, 'apiBase' | 'branchId' | 'category' | 'from' | 'locale' | 'loginHref' | 'questionnaireId' | 'theme' | 'to', { 'api-base'?: string | number | boolean; 'branch-id'?: string | number | boolean; 'login-href'?: string | number | boolean; 'questionnaire-id'?: string | number | boolean }>;
    'pb-stat-chart': PbCustomElement<PbStatChart, { 'pb-stat-chart-draw': PbEvent<'pb-stat-chart-draw'> }, 'apiBase' | 'branchId' | 'from' | 'groupBy' | 'kind' | 'locale' | 'loginHref' | 'metric' | 'theme' | 'title' | 'to' | 'view', { 'api-base'?: string | number | boolean; 'branch-id'?: string | number | boolean; 'group-by'?: string | number | boolean; 'login-href'?: string | number | boolean }>;
    'pb-study-summary': PbCustomElement<PbStudySummary, {  }, 'apiBase' | 'branchId' | 'locale' | 'loginHref' | 'theme' | 'view' | 'year', { 'api-base'?: string | number | boolean; 'branch-id'?: string | number | boolean; 'login-href'?: string | number | boolean }>;
  }
}
