import type { AskStrings } from './zh-CN.js';

/** English strings of the ask form, loaded when a widget shows English. */
export const en: AskStrings = {
  form: 'Ask for a course',
  title: 'What do you want to learn?',
  titleHint: 'One line, e.g. “Selling farm produce in live streams”',
  details: 'More about it (optional)',
  detailsHint: 'What it should help with, how you would like to learn',
  category: 'Course category',
  choose: 'Choose one',
  anonymous: 'Ask anonymously',
  anonymousHint: 'Nobody, not even the branch secretary, will see who asked.',
  submit: 'Send the request',
  cancel: 'Cancel',
  similar: 'Close to what you typed, already here:',
  course: 'Course',
  openCourse: 'Open the course',
  voiceInstead: 'I want this too (instead of a new request)',
  voicedAlready: 'You already want this',
  titleShort: 'Say what you want to learn, in 2 characters or more.',
  titleLong: (length) => `“What do you want to learn?” takes 60 characters at most; it has ${length}.`,
  detailsLong: (length) => `“More about it” takes 500 characters at most; it has ${length}.`,
  categoryMissing: 'Choose a course category.',
  categoriesFailed: 'The course categories could not be loaded.',
  retry: 'Retry',
  refused: (why) => `The request was not sent: ${why}`,
};
