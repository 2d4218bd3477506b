/**
 * Hands each reminder to the site's own SMS or messaging: with `PB_REMINDER_WEBHOOK` set
 * (AppOptions.reminderWebhook), the server POSTs one JSON body per recipient to that URL
 * once the reminders are committed. Delivery is best effort and never fails the request:
 * the reminder is in the member's tasks whatever the webhook answers; a failure is
 * reported to `onError`. A retried request (same Idempotency-Key) sends nothing again.
 */
export interface ReminderDelivery {
  type: 'reminder';
  reminder: { id: string; subject: string; message: string | null; sentAt: string };
  member: { id: string; name: string };
  branch: { id: string; name: string };
  from: { id: string; name: string };
}

export type DeliverReminders = (deliveries: ReminderDelivery[]) => Promise<void>;

const TIMEOUT_MS = 10_000;

export function reminderWebhook(url: string | undefined, onError: (error: unknown) => void): DeliverReminders {
  if (!url) return async () => {};
  return async (deliveries) => {
    for (const delivery of deliveries) {
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': 'pb-reference-server' },
          body: JSON.stringify(delivery),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        await res.arrayBuffer();
        if (!res.ok) onError(new Error(`reminder webhook answered ${res.status} for ${delivery.reminder.id}`));
      } catch (error) {
        onError(error);
      }
    }
  };
}
