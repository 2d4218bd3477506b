// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { orNull } from '../builders/or-null.js';
import { within } from '../builders/within.js';
import { Attachment } from './Attachment.gen.js';
import { Id } from './Id.gen.js';
import { LessonDocument } from './LessonDocument.gen.js';
import { LessonMedia } from './LessonMedia.gen.js';

/** The shape of `Lesson` in openapi.yaml. */
export const Lesson = { id: Id, title: 'string', kind: 'video|audio|document|article', durationSeconds: /*#__PURE__*/ orNull(/*#__PURE__*/ within(0)), minReadingSeconds: 'int?', media: /*#__PURE__*/ orNull(LessonMedia), document: /*#__PURE__*/ orNull(LessonDocument), articleHtml: 'string?', attachments: [Attachment] } as const;
