// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { Id } from './Id.gen.js';

/** The shape of `NamedRef` in openapi.yaml. */
export const NamedRef = { id: Id, name: 'string' } as const;
