/**
 * What the element and its lazy pay flow share: where a payment page opens, the flow's
 * phases, and the record kept across reloads: one logical payment, whose idempotency key
 * survives retries and reloads until it settles. The element reads it (cheaply, without
 * the pay flow) to know whether a payment started before the reload needs following.
 */
import type { ResolvedSettings } from '../../../config/settings.js';
import { openLocalStore, type LocalStore } from '../../../storage/local-store.js';
import type { YearMonth } from '../../shared/months.js';

/** Where the payment page opens: this tab, a new tab, or as a QR code to scan with a phone. */
export type PayTarget = 'self' | 'blank' | 'qr';
export const payTargets: readonly PayTarget[] = ['self', 'blank', 'qr'];

/** `creating`: asking the server; `pending`: waiting for the gateway; `settled`: paid, failed or expired; `refused`: not started. */
export type PayPhase = 'idle' | 'creating' | 'pending' | 'settled' | 'refused';

export interface PayRecord {
  key: string;
  months: YearMonth[];
  paymentId: string | null;
}

/** The store, opened on first use (never at import). */
export const payRecords = (): LocalStore<PayRecord> => openLocalStore<PayRecord>('dues-payments');

/** One record per API: a member may use two sites' widgets on one origin. */
export const payRecordKey = (settings: ResolvedSettings): string => `pay|${settings.apiBase ?? 'custom'}`;
