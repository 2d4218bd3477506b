// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { optional } from '../builders/optional.js';
import { within } from '../builders/within.js';
import { FieldError } from './FieldError.gen.js';

/** The shape of `Problem` in openapi.yaml. */
export const Problem = { type: 'string', title: 'string', status: /*#__PURE__*/ within(400, 599, true), detail: /*#__PURE__*/ optional('string'), instance: /*#__PURE__*/ optional('string'), errors: /*#__PURE__*/ optional([FieldError]) } as const;
