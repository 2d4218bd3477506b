/**
 * The secretary's view of `<pb-course-requests>` (`view="branch"`), one lazy chunk: the
 * ranked list, demand per topic, the filters and the answers, with their strings (also
 * its "no branch" and "no permission" words) and styles. It loads with the branch's data; a member's page never downloads it.
 */
export { AnswerController } from './answer-controller.js';
/** The shape the secretary's page must have, which the element's backend checks. */
export { getBranchCourseRequests } from '../../../../contract/shapes/BranchCourseRequestPage.gen.js';
export { branchView } from './branch-view.js';
export { branchStrings } from './strings/index.js';
export { branchStyles as styles } from './branch.styles.js';
