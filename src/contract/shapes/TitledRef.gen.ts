// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { Id } from './Id.gen.js';

/** The shape of `TitledRef` in openapi.yaml. */
export const TitledRef = { id: Id, title: 'string' } as const;
