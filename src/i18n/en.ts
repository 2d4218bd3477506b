import type { CoreStrings } from './zh-CN.js';

/** Strings of the shared parts of every widget, in English. */
export const en: CoreStrings = {
  loading: 'Loading…',
  empty: 'Nothing here yet',
  retry: 'Try again',
  errorTitle: 'Could not load',
  configTitle: 'This widget is not set up correctly',
  configHint: (setting) => `Site administrator: check the setting "${setting}".`,
  network: 'No network connection. Check your connection and try again.',
  timeout: 'The server took too long to answer. Please try again shortly.',
  shape: 'The server sent data in an unexpected format. Please tell the site administrator.',
  storage: 'This device is out of storage: keep this page open until everything is synced.',
  signIn: 'Your session has ended. Please sign in again.',
  signInAgain: 'Sign in again',
  forbiddenTitle: 'No permission',
  forbidden: 'You do not have permission to see this.',
  notFound: 'This item could not be found.',
  server: 'The server cannot handle the request right now. Please try again shortly.',
  offline: 'You are offline. Your progress is saved on this device and will sync when the connection returns.',
  pending: (count) => `${count} ${count === 1 ? 'record' : 'records'} waiting to sync`,
  synced: 'Synced',
  notOffered: 'This site does not offer this feature',
  details: 'Technical details',
};
