// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { orNull } from '../builders/or-null.js';
import { within } from '../builders/within.js';
import { Id } from './Id.gen.js';

/** The shape of `LeaderboardEntry` in openapi.yaml. */
export const LeaderboardEntry = { id: Id, name: 'string', branchName: 'string?', value: 'number', rank: /*#__PURE__*/ within(1, Infinity, true), previousRank: /*#__PURE__*/ orNull(/*#__PURE__*/ within(1, Infinity, true)) } as const;
