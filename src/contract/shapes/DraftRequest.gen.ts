// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { optional } from '../builders/optional.js';
import { orNull } from '../builders/or-null.js';
import { within } from '../builders/within.js';
import { Answers } from './Answers.gen.js';
import { Id } from './Id.gen.js';

/** The shape of `DraftRequest` in openapi.yaml. */
export const DraftRequest = { answers: Answers, pageIndex: /*#__PURE__*/ within(0, 1000, true), attemptId: /*#__PURE__*/ optional(/*#__PURE__*/ orNull(Id)) } as const;
