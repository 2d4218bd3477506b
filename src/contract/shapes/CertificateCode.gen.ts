// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { text } from '../builders/text.js';

/** The shape of `CertificateCode` in openapi.yaml. */
export const CertificateCode = /*#__PURE__*/ text(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/u, "a CertificateCode");
