// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { Caption } from './Caption.gen.js';

/** The shape of `LessonMedia` in openapi.yaml. */
export const LessonMedia = { src: 'string', type: 'string', audioOnlySrc: 'string?', poster: 'string?', captions: [Caption] } as const;
