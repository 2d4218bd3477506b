// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { QuestionnaireSummary } from './QuestionnaireSummary.gen.js';

/** The shape of `QuestionnairePage` in openapi.yaml. */
export const QuestionnairePage = { items: [QuestionnaireSummary], nextCursor: 'string?', total: 'int' } as const;
/** What `listQuestionnaires` answers. */
export { QuestionnairePage as listQuestionnaires };
