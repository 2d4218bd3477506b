// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { orNull } from '../builders/or-null.js';
import { within } from '../builders/within.js';
import { QuizMiss } from './QuizMiss.gen.js';
import { QuizScoreBand } from './QuizScoreBand.gen.js';

/** The shape of `QuizSummary` in openapi.yaml. */
export const QuizSummary = { totalPoints: 'number', passMark: 'number?', scored: 'int', passed: 'int', passRate: /*#__PURE__*/ orNull(/*#__PURE__*/ within(0, 1)), average: 'number?', bands: [QuizScoreBand], mostWrong: [QuizMiss] } as const;
