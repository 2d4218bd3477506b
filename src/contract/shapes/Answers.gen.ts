// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { recordOf } from '../builders/record-of.js';
import { AnswerValue } from './AnswerValue.gen.js';

/** The shape of `Answers` in openapi.yaml. */
export const Answers = /*#__PURE__*/ recordOf(AnswerValue);
