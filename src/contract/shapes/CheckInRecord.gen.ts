// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { Timestamp } from './Timestamp.gen.js';

/** The shape of `CheckInRecord` in openapi.yaml. */
export const CheckInRecord = { at: Timestamp, method: 'code|online|manual' } as const;
