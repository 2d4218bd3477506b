// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { optional } from '../builders/optional.js';
import { orNull } from '../builders/or-null.js';
import { Attempt } from './Attempt.gen.js';

/** The shape of `MineState` in openapi.yaml. */
export const MineState = { submitted: 'boolean', canSubmit: 'boolean', attempt: /*#__PURE__*/ optional(/*#__PURE__*/ orNull(Attempt)) } as const;
