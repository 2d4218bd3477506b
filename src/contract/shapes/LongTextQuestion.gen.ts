// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { optional } from '../builders/optional.js';
import { variant } from '../builders/variant.js';
import { within } from '../builders/within.js';
import { Condition } from './Condition.gen.js';
import { Id } from './Id.gen.js';

/** The shape of `LongTextQuestion` in openapi.yaml. */
export const LongTextQuestion = /*#__PURE__*/ variant('type', { longtext: { id: Id, title: 'string', description: 'string?', required: /*#__PURE__*/ optional('boolean'), visibleIf: /*#__PURE__*/ optional(Condition), requiredIf: /*#__PURE__*/ optional(Condition), points: /*#__PURE__*/ optional(/*#__PURE__*/ within(0)), minLength: /*#__PURE__*/ optional('int'), maxLength: /*#__PURE__*/ optional(/*#__PURE__*/ within(1, Infinity, true)) } });
