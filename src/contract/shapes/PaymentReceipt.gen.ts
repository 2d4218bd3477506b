// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { Id } from './Id.gen.js';
import { Timestamp } from './Timestamp.gen.js';
import { YearMonth } from './YearMonth.gen.js';

/** The shape of `PaymentReceipt` in openapi.yaml. */
export const PaymentReceipt = { number: 'string', paymentId: Id, memberId: Id, memberName: 'string', branchName: 'string', months: [YearMonth], amountFen: 'int', basis: 'string', paidAt: Timestamp, issuedAt: Timestamp } as const;
/** What `getPaymentReceipt` answers. */
export { PaymentReceipt as getPaymentReceipt };
