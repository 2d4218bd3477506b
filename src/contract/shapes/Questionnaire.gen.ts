// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { orNull } from '../builders/or-null.js';
import { within } from '../builders/within.js';
import { Id } from './Id.gen.js';
import { MineState } from './MineState.gen.js';
import { Page } from './Page.gen.js';
import { QuestionnaireMode } from './QuestionnaireMode.gen.js';
import { QuestionnaireStatus } from './QuestionnaireStatus.gen.js';

/** The shape of `Questionnaire` in openapi.yaml. */
export const Questionnaire = { id: Id, title: 'string', description: 'string?', mode: QuestionnaireMode, status: QuestionnaireStatus, opensAt: 'date?', closesAt: 'date?', allowRetake: 'boolean', anonymous: 'boolean', showAnswers: 'boolean', timeLimitSeconds: /*#__PURE__*/ orNull(/*#__PURE__*/ within(1, Infinity, true)), passMark: /*#__PURE__*/ orNull(/*#__PURE__*/ within(0)), totalPoints: /*#__PURE__*/ orNull(/*#__PURE__*/ within(0)), pages: [Page], mine: MineState } as const;
/** What `getQuestionnaire` answers. */
export { Questionnaire as getQuestionnaire };
