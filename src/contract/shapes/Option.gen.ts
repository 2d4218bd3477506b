// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { optional } from '../builders/optional.js';

/** The shape of `Option` in openapi.yaml. */
export const Option = { value: 'string', label: 'string', topic: /*#__PURE__*/ optional('string') } as const;
