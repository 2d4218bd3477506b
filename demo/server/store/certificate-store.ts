/** Certificates (issued once per member and course or year) and the numbers of dues receipts. */
import type { Db } from '../db/database';
import type { CertificateRecord } from '../rules/certificates';

export type { CertificateRecord };

const COLUMNS = `code, member_id AS memberId, kind, subject, holder_name AS holderName, title, hours, completed_on AS completedOn, issued_at AS issuedAt`;

export function createCertificateStore(db: Db) {
  const byCode = db.prepare(`SELECT ${COLUMNS} FROM certificates WHERE code = ?`);
  const bySubject = db.prepare(`SELECT ${COLUMNS} FROM certificates WHERE member_id = ? AND kind = ? AND subject = ?`);
  const insert = db.prepare(
    `INSERT OR IGNORE INTO certificates (code, member_id, kind, subject, holder_name, title, hours, completed_on, issued_at)
     VALUES (@code, @memberId, @kind, @subject, @holderName, @title, @hours, @completedOn, @issuedAt)`,
  );
  const completion = db.prepare('SELECT completed_at FROM course_completions WHERE member_id = ? AND course_id = ?').pluck();
  const completions = db.prepare(
    'SELECT completed_at AS completedAt, credit_hours AS hours FROM course_completions WHERE member_id = ? AND completed_at >= ? AND completed_at < ? ORDER BY completed_at',
  );
  const receiptOf = db.prepare('SELECT number, issued_at AS issuedAt FROM receipts WHERE payment_id = ?');
  const insertReceipt = db.prepare('INSERT OR IGNORE INTO receipts (payment_id, issued_at) VALUES (?, ?)');

  return {
    byCode(code: string): CertificateRecord | null {
      return (byCode.get(code) as CertificateRecord | undefined) ?? null;
    },
    /** The member's certificate for the subject, issuing `fresh` if there is none yet (once: the first one stays). */
    issue(fresh: CertificateRecord): CertificateRecord {
      insert.run(fresh);
      return bySubject.get(fresh.memberId, fresh.kind, fresh.subject) as CertificateRecord;
    },
    /** When the member completed the course (its last lesson), or null while not completed. */
    courseCompletedAt(memberId: string, courseId: string): number | null {
      return (completion.get(memberId, courseId) as number | undefined) ?? null;
    },
    /** The member's course completions in [from, to), oldest first. */
    completions(memberId: string, from: number, to: number): { completedAt: number; hours: number }[] {
      return completions.all(memberId, from, to) as { completedAt: number; hours: number }[];
    },
    /** The receipt's number and issue time, numbered the first time it is shown. */
    receipt(paymentId: string, now: number): { number: number; issuedAt: number } {
      insertReceipt.run(paymentId, now);
      return receiptOf.get(paymentId) as { number: number; issuedAt: number };
    },
  };
}

export type CertificateStore = ReturnType<typeof createCertificateStore>;
