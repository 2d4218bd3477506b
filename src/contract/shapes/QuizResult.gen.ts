// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { within } from '../builders/within.js';
import { QuestionResult } from './QuestionResult.gen.js';

/** The shape of `QuizResult` in openapi.yaml. */
export const QuizResult = { score: /*#__PURE__*/ within(0), totalPoints: /*#__PURE__*/ within(0), passed: 'boolean', questions: [QuestionResult] } as const;
