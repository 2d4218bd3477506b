import { PbError } from '../api/errors.js';
import { backendFor } from '../api/rest-backend.js';
import type { ResolvedSettings } from '../config/settings.js';
import { openLocalStore } from '../storage/local-store.js';
import type { Outbox, QueuedWrite } from './outbox.js';

const outboxes = new Map<string, Outbox>();

function rememberedMemberKey(settings: ResolvedSettings): string {
  return `pb-member:${settings.apiBase ?? 'custom'}`;
}

/**
 * Who is signed in. Offline, the member last seen on this site stands in, so writes made
 * offline are still filed under their owner; `?` when nobody was ever seen (such writes
 * wait until that member is confirmed).
 */
async function signedInMember(settings: ResolvedSettings): Promise<string> {
  try {
    const { id } = await backendFor(settings).me();
    try {
      localStorage.setItem(rememberedMemberKey(settings), id);
    } catch {
      // Storage may be disabled; the namespace still works for this page.
    }
    return id;
  } catch (error) {
    if (!(error instanceof PbError && error.retryable)) throw error;
    try {
      return localStorage.getItem(rememberedMemberKey(settings)) ?? '?';
    } catch {
      return '?';
    }
  }
}

function listenToPageLifecycle(): void {
  const each = (run: (outbox: Outbox) => void) => () => outboxes.forEach(run);
  addEventListener('online', each((outbox) => void outbox.flush()));
  addEventListener('pagehide', each((outbox) => outbox.exit()));
  addEventListener('pageshow', each((outbox) => outbox.resume()));
  document.addEventListener(
    'visibilitychange',
    each((outbox) => {
      outbox.recheckMember();
      if (document.visibilityState === 'visible') void outbox.flush();
    }),
  );
}

/**
 * The outbox of the signed-in member on this backend, created on first use (and with it
 * the page listeners that flush it: back online, tab shown, page hidden). Writes of
 * another member stored in this browser stay untouched.
 *
 * @example
 * const outbox = await outboxFor(settings);
 * await outbox.enqueue('reportProgress', [courseId, lessonId, batch]);
 */
export async function outboxFor(settings: ResolvedSettings): Promise<Outbox> {
  // The queue itself is code only pages that write need: it loads in parallel with the
  // question of who is signed in, which every outbox waits for anyway, so a widget that
  // never writes does not carry it and one that does waits no longer than before.
  const [member, { Outbox }] = await Promise.all([signedInMember(settings), import('./outbox.js')]);
  const namespace = `${settings.apiBase ?? 'custom'}|${member}`;
  let outbox = outboxes.get(namespace);
  if (outbox) {
    outbox.backend = backendFor(settings);
    return outbox;
  }
  if (!outboxes.size) listenToPageLifecycle();
  const created: Outbox = new Outbox(backendFor(settings), namespace, openLocalStore<QueuedWrite>('outbox'), async () => {
    const { id } = await created.backend.me();
    return id;
  });
  outboxes.set(namespace, created);
  return created;
}
