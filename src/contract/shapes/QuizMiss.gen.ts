// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { Id } from './Id.gen.js';

/** The shape of `QuizMiss` in openapi.yaml. */
export const QuizMiss = { questionId: Id, title: 'string', wrong: 'int', answered: 'int' } as const;
