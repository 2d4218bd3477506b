// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { text } from '../builders/text.js';

/** The shape of `LocalDate` in openapi.yaml. */
export const LocalDate = /*#__PURE__*/ text(/^(20[0-9]{2}|2100)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/u, "a LocalDate like 2027-03-31");
