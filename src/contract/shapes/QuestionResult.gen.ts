// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { optional } from '../builders/optional.js';
import { within } from '../builders/within.js';
import { AnswerValue } from './AnswerValue.gen.js';
import { Id } from './Id.gen.js';

/** The shape of `QuestionResult` in openapi.yaml. */
export const QuestionResult = { questionId: Id, points: /*#__PURE__*/ within(0), earned: /*#__PURE__*/ within(0), correct: 'boolean', correctAnswer: /*#__PURE__*/ optional(AnswerValue), explanation: /*#__PURE__*/ optional('string') } as const;
