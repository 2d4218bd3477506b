// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { orNull } from '../builders/or-null.js';
import { Id } from './Id.gen.js';
import { Timestamp } from './Timestamp.gen.js';
import { YearMonth } from './YearMonth.gen.js';

/** The shape of `Payment` in openapi.yaml. */
export const Payment = { id: Id, status: 'pending|paid|failed|expired|cancelled', months: [YearMonth], amountFen: 'int', payUrl: 'string?', createdAt: Timestamp, expiresAt: 'date?', paidAt: 'date?', replacedBy: /*#__PURE__*/ orNull(Id) } as const;
/** What `createPayment` answers. */
export { Payment as createPayment };
/** What `getPayment` answers. */
export { Payment as getPayment };
/** What `cancelPayment` answers. */
export { Payment as cancelPayment };
