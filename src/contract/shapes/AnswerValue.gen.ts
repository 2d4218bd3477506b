// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { anyOf } from '../builders/any-of.js';
import { recordOf } from '../builders/record-of.js';

/** The shape of `AnswerValue` in openapi.yaml. */
export const AnswerValue = /*#__PURE__*/ anyOf(['string', 'number', 'boolean', ['string'], /*#__PURE__*/ recordOf('string')]);
