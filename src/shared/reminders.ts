/**
 * A secretary's reminder, as every widget that sends one does it: through the member's
 * outbox (stored before it is sent, one idempotency key, sent once however often the
 * connection drops), then `pb-reminder-send` for the page, which may hand it to its own SMS
 * or messaging. `<pb-dues-summary>` reminds members in arrears, `<pb-questionnaire-results>`
 * those who have not answered.
 */
import type { ReminderBatch, ReminderRequest } from '../api/types.js';
import type { OutboxController } from '../outbox/outbox-controller.js';
import { emit } from './emit.js';

/** Detail of `pb-reminder-send`: what the secretary sent and to whom, for the site's own SMS or messaging. */
export interface ReminderSendDetail {
  branchId: string;
  request: ReminderRequest;
  /** The server's answer: each member reminded, with their reminder's id. */
  batch: ReminderBatch;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-reminder-send': CustomEvent<ReminderSendDetail>;
  }
}

/** Sends the reminder and tells the page; resolves with whom it reached. */
export async function sendReminder(host: EventTarget, outbox: Pick<OutboxController, 'enqueue'>, branchId: string, request: ReminderRequest): Promise<ReminderBatch> {
  const batch = await outbox.enqueue('sendReminders', [branchId, request]);
  emit(host, 'pb-reminder-send', { branchId, request, batch });
  return batch;
}

/** `赵四和钱五` / `Zhao Si and Qian Wu`: whom a reminder reached. */
export const namesOf = (locale: string, batch: ReminderBatch): string =>
  new Intl.ListFormat(locale, { type: 'conjunction' }).format(batch.recipients.map((r) => r.name));
