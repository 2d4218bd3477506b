// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { within } from '../builders/within.js';
import { Arrears } from './Arrears.gen.js';
import { DuesBasis } from './DuesBasis.gen.js';
import { DuesMonth } from './DuesMonth.gen.js';
import { Payment } from './Payment.gen.js';

/** The shape of `DuesYear` in openapi.yaml. */
export const DuesYear = { year: /*#__PURE__*/ within(-Infinity, Infinity, true), basis: DuesBasis, months: [DuesMonth], paidFen: 'int', owedFen: 'int', dueFen: 'int', arrears: Arrears, contact: { name: 'string', phone: 'string?' }, payments: [Payment] } as const;
/** What `getDues` answers. */
export { DuesYear as getDues };
