// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { optional } from '../builders/optional.js';
import { text } from '../builders/text.js';

/** The shape of `CheckInRequest` in openapi.yaml. */
export const CheckInRequest = { method: 'code|online', code: /*#__PURE__*/ optional(/*#__PURE__*/ text(/^[0-9]{6}$/u, "text matching ^[0-9]{6}$")) } as const;
