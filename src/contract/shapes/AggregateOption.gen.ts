// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { within } from '../builders/within.js';

/** The shape of `AggregateOption` in openapi.yaml. */
export const AggregateOption = { value: 'string', label: 'string', count: 'int', share: /*#__PURE__*/ within(0, 1) } as const;
