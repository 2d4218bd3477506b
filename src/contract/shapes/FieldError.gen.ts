// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { optional } from '../builders/optional.js';
import { text } from '../builders/text.js';

/** The shape of `FieldError` in openapi.yaml. */
export const FieldError = { pointer: 'string', in: /*#__PURE__*/ optional('body|query|path|header'), code: /*#__PURE__*/ optional(/*#__PURE__*/ text(/^[a-z][a-z-]*$/u, "text matching ^[a-z][a-z-]*$")), detail: 'string' } as const;
