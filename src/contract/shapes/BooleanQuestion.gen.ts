// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { optional } from '../builders/optional.js';
import { variant } from '../builders/variant.js';
import { within } from '../builders/within.js';
import { Condition } from './Condition.gen.js';
import { Id } from './Id.gen.js';

/** The shape of `BooleanQuestion` in openapi.yaml. */
export const BooleanQuestion = /*#__PURE__*/ variant('type', { boolean: { id: Id, title: 'string', description: 'string?', required: /*#__PURE__*/ optional('boolean'), visibleIf: /*#__PURE__*/ optional(Condition), requiredIf: /*#__PURE__*/ optional(Condition), points: /*#__PURE__*/ optional(/*#__PURE__*/ within(0)), labelTrue: /*#__PURE__*/ optional('string'), labelFalse: /*#__PURE__*/ optional('string') } });
