/** Reminders a branch sent its members: one row per recipient, read or not. */
import type { Db } from '../db/database';
import type { ReminderSubject } from '../shared-contract';

export interface ReminderRecord {
  id: string;
  branchId: string;
  memberId: string;
  senderId: string;
  subject: ReminderSubject;
  message: string | null;
  sentAt: number;
  readAt: number | null;
}

interface Row {
  id: string;
  branch_id: string;
  member_id: string;
  sender_id: string;
  subject: ReminderSubject;
  message: string | null;
  sent_at: number;
  read_at: number | null;
}

const toRecord = (r: Row): ReminderRecord => ({
  id: r.id,
  branchId: r.branch_id,
  memberId: r.member_id,
  senderId: r.sender_id,
  subject: r.subject,
  message: r.message,
  sentAt: r.sent_at,
  readAt: r.read_at,
});

export function createReminderStore(db: Db) {
  const insert = db.prepare(
    'INSERT INTO reminders (id, branch_id, member_id, sender_id, subject, message, sent_at, read_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)',
  );
  const unread = db.prepare('SELECT * FROM reminders WHERE member_id = ? AND read_at IS NULL ORDER BY sent_at DESC, id');
  const byId = db.prepare('SELECT * FROM reminders WHERE id = ?');
  const markRead = db.prepare('UPDATE reminders SET read_at = ? WHERE id = ? AND read_at IS NULL');

  return {
    insert(r: Omit<ReminderRecord, 'readAt'>): void {
      insert.run(r.id, r.branchId, r.memberId, r.senderId, r.subject, r.message, r.sentAt);
    },
    unread(memberId: string): ReminderRecord[] {
      return (unread.all(memberId) as Row[]).map(toRecord);
    },
    get(id: string): ReminderRecord | null {
      const row = byId.get(id) as Row | undefined;
      return row ? toRecord(row) : null;
    },
    markRead(id: string, at: number): void {
      markRead.run(at, id);
    },
  };
}

export type ReminderStore = ReturnType<typeof createReminderStore>;
