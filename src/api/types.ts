/**
 * The contract's data types, as the library's code imports them: the client's door to
 * `src/contract/types.ts` (the server's is `demo/server/shared-contract.ts`).
 */
export type * from '../contract/types.js';
