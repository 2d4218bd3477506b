// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { orNull } from '../builders/or-null.js';
import { within } from '../builders/within.js';
import { Id } from './Id.gen.js';
import { MineState } from './MineState.gen.js';
import { QuestionnaireMode } from './QuestionnaireMode.gen.js';
import { QuestionnaireStatus } from './QuestionnaireStatus.gen.js';

/** The shape of `QuestionnaireSummary` in openapi.yaml. */
export const QuestionnaireSummary = { id: Id, title: 'string', description: 'string?', mode: QuestionnaireMode, status: QuestionnaireStatus, opensAt: 'date?', closesAt: 'date?', timeLimitSeconds: /*#__PURE__*/ orNull(/*#__PURE__*/ within(1, Infinity, true)), questionCount: 'int', mine: MineState } as const;
