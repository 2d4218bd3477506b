/**
 * The contract's data types, generated from `src/api/openapi.yaml` by `npm run gen:api`, as
 * the library's code imports them: the client's door to `src/contract/types.ts` (the
 * server's is `demo/server/shared-contract.ts`).
 */
export type * from '../contract/types.js';
