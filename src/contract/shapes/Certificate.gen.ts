// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { orNull } from '../builders/or-null.js';
import { within } from '../builders/within.js';
import { CertificateCode } from './CertificateCode.gen.js';
import { LocalDate } from './LocalDate.gen.js';
import { Timestamp } from './Timestamp.gen.js';

/** The shape of `Certificate` in openapi.yaml. */
export const Certificate = { code: CertificateCode, kind: 'course|year', holderName: 'string', title: 'string', hours: /*#__PURE__*/ within(0), completedOn: LocalDate, issuedAt: Timestamp, courseId: 'string?', year: /*#__PURE__*/ orNull(/*#__PURE__*/ within(-Infinity, Infinity, true)) } as const;
/** What `getCourseCertificate` answers. */
export { Certificate as getCourseCertificate };
/** What `getYearCertificate` answers. */
export { Certificate as getYearCertificate };
