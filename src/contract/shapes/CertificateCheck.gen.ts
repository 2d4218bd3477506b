// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { within } from '../builders/within.js';
import { CertificateCode } from './CertificateCode.gen.js';
import { LocalDate } from './LocalDate.gen.js';

/** The shape of `CertificateCheck` in openapi.yaml. */
export const CertificateCheck = { code: CertificateCode, holderName: 'string', title: 'string', hours: /*#__PURE__*/ within(0), completedOn: LocalDate } as const;
/** What `verifyCertificate` answers. */
export { CertificateCheck as verifyCertificate };
