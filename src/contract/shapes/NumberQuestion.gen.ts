// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { optional } from '../builders/optional.js';
import { variant } from '../builders/variant.js';
import { within } from '../builders/within.js';
import { Condition } from './Condition.gen.js';
import { Id } from './Id.gen.js';

/** The shape of `NumberQuestion` in openapi.yaml. */
export const NumberQuestion = /*#__PURE__*/ variant('type', { number: { id: Id, title: 'string', description: 'string?', required: /*#__PURE__*/ optional('boolean'), visibleIf: /*#__PURE__*/ optional(Condition), requiredIf: /*#__PURE__*/ optional(Condition), points: /*#__PURE__*/ optional(/*#__PURE__*/ within(0)), min: /*#__PURE__*/ optional('number'), max: /*#__PURE__*/ optional('number'), step: /*#__PURE__*/ optional(/*#__PURE__*/ within(5e-324)) } });
