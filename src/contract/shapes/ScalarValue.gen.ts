// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { anyOf } from '../builders/any-of.js';

/** The shape of `ScalarValue` in openapi.yaml. */
export const ScalarValue = /*#__PURE__*/ anyOf(['string', 'number', 'boolean']);
