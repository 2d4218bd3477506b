// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { optional } from '../builders/optional.js';
import { recordOf } from '../builders/record-of.js';
import { variant } from '../builders/variant.js';
import { within } from '../builders/within.js';
import { Condition } from './Condition.gen.js';
import { Id } from './Id.gen.js';
import { Option } from './Option.gen.js';

/** The shape of `MatrixQuestion` in openapi.yaml. */
export const MatrixQuestion = /*#__PURE__*/ variant('type', { matrix: { id: Id, title: 'string', description: 'string?', required: /*#__PURE__*/ optional('boolean'), visibleIf: /*#__PURE__*/ optional(Condition), requiredIf: /*#__PURE__*/ optional(Condition), points: /*#__PURE__*/ optional(/*#__PURE__*/ within(0)), rows: [Option], columns: [Option], columnLimits: /*#__PURE__*/ optional(/*#__PURE__*/ recordOf('int')) } });
