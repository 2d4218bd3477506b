// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { Id } from './Id.gen.js';
import { Question } from './Question.gen.js';

/** The shape of `Page` in openapi.yaml. */
export const Page = { id: Id, title: 'string?', questions: [Question] } as const;
