/**
 * The pay flow of `<pb-dues-status>`, one lazy chunk: the controller that creates and
 * follows a payment, the panels of an open payment and its outcome, their strings and
 * styles. It loads when a member starts paying, or when the year shows a payment to
 * follow; a member who only looks at their dues never downloads it.
 */
export { PayController } from './pay-controller.js';
export { openPayment, outcome, refusal } from './pay-parts.js';
export { payStyles as styles } from './pay.styles.js';
