/**
 * Everything the server takes from the contract it shares with the widgets, in one place:
 * the contract part (`src/contract/`): its types (generated from openapi.yaml), its shapes'
 * lists of values, and the pure rules both sides apply (conditions and visibility of
 * questions, played intervals, a lesson's length, study credit (which the widgets' test
 * backends and stories apply as the server does), dues arrears); and the OpenAPI document
 * itself, read as a file. No other server file reaches outside demo/server
 * (test/import-graph.test.ts), and nothing under src/ but the contract part is reached.
 */
import { fileURLToPath } from 'node:url';
import * as shapes from '../../src/contract/shapes.gen';
import type * as C from '../../src/contract/types';

export type * from '../../src/contract/types';
export { answerOf, conditionQuestions, evaluateCondition, isAnswered } from '../../src/contract/rules/conditions';
export { questionStates } from '../../src/contract/rules/visibility';
export { measure, mergeIntervals, type Interval } from '../../src/contract/rules/intervals';
export { isMedia, lessonLength } from '../../src/contract/rules/lessons';
export { creditedHours } from '../../src/contract/rules/credit-hours';
export * from '../../src/contract/rules/study-credit';
export { unitOf } from '../../src/contract/rules/metrics';
export { addMonths, arrearsLevel, arrearsOf, consecutiveArrears, SERIOUS_ARREARS_MONTHS } from '../../src/contract/rules/arrears';

/** An enum of the contract as the list of its values, in its order (its shape is `'a|b|c'`). */
const valuesOf = <T extends string>(shape: string) => shape.split('|') as readonly string[] as readonly T[];

export const COURSE_REQUEST_STATUSES = valuesOf<C.CourseRequestStatus>(shapes.CourseRequestStatus);
export const MEMBER_GROUPS = valuesOf<C.MemberGroup>(shapes.MemberGroup);
export const PLAN_STATUSES = valuesOf<C.PlanStatus>(shapes.PlanStatus);
export const METRICS = valuesOf<C.Metric>(shapes.Metric);
export const PERIODS = valuesOf<C.Period>(shapes.Period);
export const MEMBER_CATEGORIES = valuesOf<C.MemberCategory>(shapes.MemberCategory);

export const CONTRACT_PATH = fileURLToPath(new URL('../../src/api/openapi.yaml', import.meta.url));
