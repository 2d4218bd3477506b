// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { text } from '../builders/text.js';

/** The shape of `YearMonth` in openapi.yaml. */
export const YearMonth = /*#__PURE__*/ text(/^(20[0-9]{2}|2100)-(0[1-9]|1[0-2])$/u, "a YearMonth like 2026-09");
