// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { CourseSummary } from './CourseSummary.gen.js';

/** The shape of `CoursePage` in openapi.yaml. */
export const CoursePage = { items: [CourseSummary], nextCursor: 'string?', total: 'int', categories: ['string'] } as const;
/** What `listCourses` answers. */
export { CoursePage as listCourses };
