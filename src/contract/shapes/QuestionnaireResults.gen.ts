// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { orNull } from '../builders/or-null.js';
import { within } from '../builders/within.js';
import { EvaluationTally } from './EvaluationTally.gen.js';
import { Id } from './Id.gen.js';
import { QuestionAggregate } from './QuestionAggregate.gen.js';
import { QuizSummary } from './QuizSummary.gen.js';

/** The shape of `QuestionnaireResults` in openapi.yaml. */
export const QuestionnaireResults = { questionnaireId: Id, title: 'string', mode: 'survey|quiz|evaluation', anonymous: 'boolean', branchId: 'string?', branchName: 'string?', filterable: 'boolean', expected: 'int', responded: 'int', rate: /*#__PURE__*/ orNull(/*#__PURE__*/ within(0, 1)), responses: 'int', minBallots: /*#__PURE__*/ within(1, Infinity, true), withheld: 'boolean', questions: [QuestionAggregate], evaluation: /*#__PURE__*/ orNull([EvaluationTally]), quiz: /*#__PURE__*/ orNull(QuizSummary) } as const;
/** What `getQuestionnaireResults` answers. */
export { QuestionnaireResults as getQuestionnaireResults };
