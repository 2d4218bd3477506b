// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { Id } from './Id.gen.js';

/** The shape of `Attachment` in openapi.yaml. */
export const Attachment = { id: Id, name: 'string', url: 'string', type: 'string', sizeBytes: 'int' } as const;
