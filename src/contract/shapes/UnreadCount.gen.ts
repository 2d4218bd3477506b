// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `UnreadCount` in openapi.yaml. */
export const UnreadCount = { unread: 'int' } as const;
/** What `markCourseRequestsSeen` answers. */
export { UnreadCount as markCourseRequestsSeen };
