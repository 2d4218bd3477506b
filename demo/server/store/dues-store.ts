/** Dues month records (paid / exempt) and payments. */
import type { Db } from '../db/database';
import type { PaymentRecord } from '../rules/dues-payments';
import type { DuesRecord } from '../rules/dues-year';

export type { DuesRecord, PaymentRecord };

type Row = Record<string, unknown>;

const toRecord = (r: Row): DuesRecord => ({
  memberId: r.member_id as string,
  month: r.month as string,
  state: r.state as DuesRecord['state'],
  amountFen: r.amount_fen as number,
  paidAt: r.paid_at as number | null,
});

const toPayment = (r: Row): PaymentRecord => ({
  id: r.id as string,
  memberId: r.member_id as string,
  months: JSON.parse(r.months as string) as string[],
  amountFen: r.amount_fen as number,
  status: r.status as PaymentRecord['status'],
  createdAt: r.created_at as number,
  expiresAt: r.expires_at as number,
  paidAt: r.paid_at as number | null,
  replacedBy: (r.replaced_by as string | null) ?? null,
});

export function createDuesStore(db: Db) {
  const memberRecords = db.prepare('SELECT * FROM dues_months WHERE member_id = ? AND month BETWEEN ? AND ?');
  const branchRecords = db.prepare(
    `SELECT d.* FROM dues_months d JOIN members m ON m.id = d.member_id WHERE m.branch_id = ? AND d.month BETWEEN ? AND ?`,
  );
  const paymentsOfMember = db.prepare('SELECT * FROM payments WHERE member_id = ? AND created_at >= ? ORDER BY created_at DESC, id');
  const pendingOfMember = db.prepare("SELECT * FROM payments WHERE member_id = ? AND status = 'pending'");
  const paymentById = db.prepare('SELECT * FROM payments WHERE id = ?');
  const insertPayment = db.prepare(
    `INSERT INTO payments (id, member_id, months, amount_fen, status, created_at, expires_at)
     VALUES (@id, @memberId, @months, @amountFen, 'pending', @createdAt, @expiresAt)`,
  );
  const setStatus = db.prepare('UPDATE payments SET status = ?, paid_at = ?, replaced_by = ? WHERE id = ?');
  const insertPaid = db.prepare(
    "INSERT INTO dues_months (member_id, month, state, amount_fen, paid_at, payment_id) VALUES (?, ?, 'paid', ?, ?, ?)",
  );

  return {
    records(memberId: string, fromMonth: string, toMonth: string): Map<string, DuesRecord> {
      return new Map((memberRecords.all(memberId, fromMonth, toMonth) as Row[]).map((r) => [r.month as string, toRecord(r)]));
    },
    branchRecords(branchId: string, fromMonth: string, toMonth: string): DuesRecord[] {
      return (branchRecords.all(branchId, fromMonth, toMonth) as Row[]).map(toRecord);
    },
    payments(memberId: string, since: number): PaymentRecord[] {
      return (paymentsOfMember.all(memberId, since) as Row[]).map(toPayment);
    },
    pending(memberId: string): PaymentRecord[] {
      return (pendingOfMember.all(memberId) as Row[]).map(toPayment);
    },
    payment(id: string): PaymentRecord | null {
      const row = paymentById.get(id) as Row | undefined;
      return row ? toPayment(row) : null;
    },
    createPayment(p: Omit<PaymentRecord, 'status' | 'paidAt' | 'replacedBy'>): void {
      insertPayment.run({ ...p, months: JSON.stringify(p.months) });
    },
    setStatus(id: string, status: PaymentRecord['status'], paidAt: number | null = null, replacedBy: string | null = null): void {
      setStatus.run(status, paidAt, replacedBy, id);
    },
    markPaid(memberId: string, month: string, amountFen: number, paidAt: number, paymentId: string): void {
      insertPaid.run(memberId, month, amountFen, paidAt, paymentId);
    },
  };
}

export type DuesStore = ReturnType<typeof createDuesStore>;
