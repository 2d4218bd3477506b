// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { orNull } from '../builders/or-null.js';
import { within } from '../builders/within.js';
import { Id } from './Id.gen.js';

/** The shape of `LessonProgress` in openapi.yaml. */
export const LessonProgress = { lessonId: Id, positionSeconds: /*#__PURE__*/ within(0), furthestSeconds: /*#__PURE__*/ within(0), coverage: /*#__PURE__*/ within(0, 1), creditedSeconds: /*#__PURE__*/ orNull(/*#__PURE__*/ within(0)), completed: 'boolean', updatedAt: 'date?' } as const;
