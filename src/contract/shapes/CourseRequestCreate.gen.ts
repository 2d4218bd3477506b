// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { optional } from '../builders/optional.js';

/** The shape of `CourseRequestCreate` in openapi.yaml. */
export const CourseRequestCreate = { title: 'string', details: /*#__PURE__*/ optional('string'), category: 'string', anonymous: 'boolean' } as const;
