import type { CertificateStrings } from './zh-CN.js';

/** English for `zh-CN.ts`, loaded when the player shows English. */
export const en: CertificateStrings = {
  heading: 'Certificate of completion',
  body: (name, title) => `This certifies that ${name} has completed the course “${title}”.`,
  yearHeading: 'Certificate of the year’s study',
  yearBody: (name, title) => `This certifies that ${name} met the year’s credit-hour requirement (${title}).`,
  hours: (h) => `${h} credit ${h === '1' ? 'hour' : 'hours'}`,
  completedOn: (d) => `Completed on ${d}`,
  code: 'Verification code',
  verifyHint: 'Anyone can check this certificate with its code on this site.',
  print: 'Print certificate',
  close: 'Close certificate',
  loading: 'Getting the certificate…',
};
