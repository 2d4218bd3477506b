/**
 * The ask form of `<pb-course-requests>`, one lazy chunk: its state, template, strings and
 * styles. It loads when a member first opens the form; a member who only reads the list and
 * adds voices never downloads it.
 */
export { AskController } from './ask-controller.js';
export { askForm } from './ask-form.js';
export { askStyles as styles } from './ask.styles.js';
