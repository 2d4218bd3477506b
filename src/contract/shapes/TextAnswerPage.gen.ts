// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { Id } from './Id.gen.js';

/** The shape of `TextAnswerPage` in openapi.yaml. */
export const TextAnswerPage = { questionId: Id, items: [{ text: 'string' }], nextCursor: 'string?', total: 'int', withheld: 'boolean' } as const;
/** What `listTextAnswers` answers. */
export { TextAnswerPage as listTextAnswers };
