import type { ReactiveController } from 'lit';
import { expectAnswers } from '../../../../api/answers.js';
import { ProblemError } from '../../../../api/errors.js';
import { randomId } from '../../../../api/keys.js';
import type { DuesYear, Payment } from '../../../../api/types.js';
import type { PbElement } from '../../../../shared/pb-element.js';
import { emit } from '../../../../shared/emit.js';
import { lazy } from '../../../../shared/lazy.js';
import type { PaymentCreateDetail } from '../../events.js';
import type { YearMonth } from '../../../shared/months.js';
import { then } from '../../../../contract/builders/then.js';
import { Payment as paymentShape } from '../../../../contract/shapes/Payment.gen.js';
import { payRecords, payRecordKey, type PayPhase, type PayRecord, type PayTarget } from '../pay-record.js';
import { isSettled, openPayment, resolvePayUrl, sameMonths } from './payment.js';
import type { QrCode } from '../../../../shared/qr.lazy.js';

/** The QR encoder, loaded when a member first asks for a code. */
const qrEncoder = lazy(() => import('../../../../shared/qr.lazy.js'));

/** A payment as the contract says; one still to pay needs its page, an http(s) address (one settled at once has none). */
const payment = then(paymentShape, ({ status, payUrl }) =>
  status !== 'pending' || resolvePayUrl(payUrl ?? '', undefined, location.href) ? null : { path: '$.payUrl', message: `${JSON.stringify(payUrl)} is not an http(s) address` },
);
expectAnswers({ createPayment: payment, getPayment: payment, cancelPayment: payment });

/** Waits between status checks while a payment page is open elsewhere (a phone, a tab). */
const POLL_MS = [3000, 5000, 8000, 15000];

/**
 * The pay flow of `<pb-dues-status>`: creates the payment while the member waits, with one
 * key per logical payment (kept in local storage, so a retry or a reload never creates a
 * second one), opens the payment page, and asks for the payment's status when the member
 * comes back (tab shown, window focused, page restored) and every few seconds while the
 * page stays visible, until the gateway has settled it. A payment the member will not pay
 * is cancelled at the backend, so its months can be chosen again at once; one replaced by
 * a newer payment (made on another device) gives way to that one. The server decides; this follows.
 */
export class PayController implements ReactiveController {
  phase: PayPhase = 'idle';
  payment: Payment | undefined;
  /** The payment page, resolved against the API and checked to be http(s). */
  url: string | undefined;
  error: unknown;
  showQr = false;
  /** Asking the backend to cancel the payment; why that failed, when it did. */
  cancelling = false;
  cancelError: unknown;
  /** The payment followed replaced an older one this widget was following (another device made it). */
  replacing = false;
  /** The QR code once loaded; null when its module could not load. */
  qr: QrCode | null | undefined;
  private record: PayRecord | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private polls = 0;
  /** Payments that ended here: a year loaded before they ended must not bring them back. */
  private readonly ended = new Set<string>();
  private checking: AbortController | undefined;
  private readonly onReturn = () => {
    if (document.visibilityState === 'visible' && this.phase === 'pending') void this.check();
  };

  constructor(
    private readonly host: PbElement,
    /** Called when the year's data is out of date: a payment settled, or the server refused months. */
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('focus', this.onReturn);
    addEventListener('pageshow', this.onReturn);
    document.addEventListener('visibilitychange', this.onReturn);
    if (this.phase === 'pending') this.schedule();
  }

  hostDisconnected(): void {
    removeEventListener('focus', this.onReturn);
    removeEventListener('pageshow', this.onReturn);
    document.removeEventListener('visibilitychange', this.onReturn);
    clearTimeout(this.timer);
    this.checking?.abort();
  }

  private async recall(): Promise<PayRecord | undefined> {
    // Storage may be refused (private mode): the key then lives as long as the page.
    return (this.record ??= await payRecords().get(payRecordKey(this.host.settings)).catch(() => undefined));
  }

  /** Keeps the record; resolves once stored (before the page navigates away), never rejects. */
  private remember(record: PayRecord | undefined): Promise<void> {
    this.record = record;
    const key = payRecordKey(this.host.settings);
    const saved = record ? payRecords().set(key, record) : payRecords().delete(key);
    return saved.catch(() => undefined);
  }

  /**
   * Asks the server for a payment, never through the outbox: one sent later, from whatever
   * page the member is on when the connection returns, would be a payment nobody is there
   * to pay, and would replace one they may be paying elsewhere. Offline, the member is
   * told so and the key is kept: if the request got through after all, paying again
   * gets the same payment.
   */
  private async create(months: YearMonth[], key: string): Promise<Payment> {
    return await this.host.backend.createPayment({ months }, { idempotencyKey: key });
  }

  /** Starts paying `months` and opens the payment page at `target`. */
  async start(months: YearMonth[], target: PayTarget): Promise<void> {
    if (this.phase === 'creating' || !months.length) return;
    this.set('creating');
    try {
      let record = await this.recall();
      const reused = !!record && sameMonths(record.months, months);
      if (!reused) await this.remember((record = { key: randomId(), months, paymentId: null }));
      let payment = await this.create(months, record!.key);
      if (isSettled(payment.status)) {
        // Settled at once (paid internally, recorded by the branch): nothing to open or follow.
        this.ends(payment);
        return;
      }
      if (reused) {
        // A kept key answers with the payment it made then, as it was then: ask how it is now.
        payment = await this.host.backend.getPayment(payment.id);
        if (isSettled(payment.status)) {
          this.remember((record = { key: randomId(), months, paymentId: null }));
          payment = await this.create(months, record.key);
        }
      }
      // Stored before the page may leave for the gateway: coming back, it says how the payment ended.
      await this.remember({ ...record!, paymentId: payment.id });
      this.follow(payment);
      this.focusAfterRender('.pending-title');
      const detail: PaymentCreateDetail = { payment, url: this.url!, target };
      if (emit(this.host, 'pb-payment-create', detail, { cancelable: true })) this.open(detail.url, target);
    } catch (error) {
      this.error = error;
      this.set('refused');
      if (error instanceof ProblemError) {
        // Refused for good: another try is another payment. A conflict, or months out of
        // order, means the year changed meanwhile: it loads again, with its default choice.
        this.remember(undefined);
        if (error.status === 409 || error.status === 422) this.onChange();
      }
    }
  }

  /**
   * After the year loads: picks up the payment this page started before a reload (and says
   * how it ended), or any payment still open for this member.
   */
  async adopt(dues: DuesYear): Promise<void> {
    const payments = dues.payments.filter((p) => !this.ended.has(p.id));
    // The payment followed here was replaced by a newer one: follow that one instead.
    const replaced = this.phase === 'settled' && this.payment?.replacedBy;
    if (replaced) {
      const newer = openPayment(payments);
      if (newer) {
        this.follow(newer, true);
        this.focusAfterRender('.pending-title');
      }
      return;
    }
    if (this.phase !== 'idle') return;
    const record = await this.recall();
    const mine = payments.find((p) => p.id === record?.paymentId);
    if (this.phase !== 'idle') return;
    if (mine && isSettled(mine.status)) {
      this.settle(mine);
    } else {
      const open = mine ?? openPayment(payments);
      if (open) this.follow(open);
    }
  }

  /** Asks the backend how the payment stands; settles when the gateway has decided. */
  async check(): Promise<void> {
    const payment = this.payment;
    if (!payment || this.checking || this.phase !== 'pending') return;
    const checking = (this.checking = new AbortController());
    try {
      const fresh = await this.host.backend.getPayment(payment.id, { signal: checking.signal });
      if (this.payment !== payment) return;
      this.payment = fresh;
      if (isSettled(fresh.status)) this.ends(fresh);
    } catch (error) {
      // Not this member's payment (someone else signed in): nothing to follow. Other
      // failures (offline) wait for the next return or poll.
      if (error instanceof ProblemError && error.status === 404 && this.payment === payment) {
        this.remember(undefined);
        this.dismiss();
      }
    } finally {
      this.checking = undefined;
      this.schedule();
      this.host.requestUpdate();
    }
  }

  /**
   * The member will not pay this one: the backend cancels it (idempotent), and the months
   * can be chosen again. Paid meanwhile (409), the payment's status says so instead.
   */
  async cancel(): Promise<void> {
    const payment = this.payment;
    if (!payment || this.phase !== 'pending' || this.cancelling) return;
    this.cancelling = true;
    this.cancelError = undefined;
    this.host.requestUpdate();
    try {
      const fresh = await this.host.backend.cancelPayment(payment.id, { idempotencyKey: randomId() });
      if (this.payment === payment && this.phase === 'pending') this.ends(fresh);
    } catch (error) {
      if (error instanceof ProblemError && error.status === 409) void this.check();
      else this.cancelError = error;
    } finally {
      this.cancelling = false;
      this.host.requestUpdate();
    }
  }

  /** Shows or hides the QR code of the payment page, loading the encoder on first use. */
  async toggleQr(show = !this.showQr): Promise<void> {
    this.showQr = show;
    this.host.requestUpdate();
    if (!show || this.qr || !this.url) return;
    const url = this.url;
    try {
      const { qrCode } = await qrEncoder();
      if (this.url === url) this.qr = qrCode(url);
    } catch {
      this.qr = null;
    }
    this.host.requestUpdate();
  }

  /** Back to choosing months (after an outcome was read). */
  dismiss(): void {
    this.payment = this.url = this.error = this.qr = this.cancelError = undefined;
    this.showQr = this.replacing = false;
    this.set('idle');
  }

  /** The payment followed has ended (paid, failed, expired, cancelled): say how, and load the year again. */
  private ends(payment: Payment): void {
    this.settle(payment);
    this.focusAfterRender('[part~="outcome"]');
    this.onChange();
  }

  private settle(payment: Payment): void {
    this.remember(undefined);
    this.ended.add(payment.id);
    this.payment = payment;
    this.showQr = this.replacing = false;
    this.cancelError = undefined;
    this.set('settled');
    emit(this.host, 'pb-payment-settle', { payment });
  }

  /**
   * The pay button or the pending panel goes with the phase: focus what replaced it (the
   * panel's title, the outcome) when the widget holds focus (`holdsFocus`).
   */
  private focusAfterRender(selector: string): void {
    if (!this.host.holdsFocus) return;
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  private follow(payment: Payment, replacing = false): void {
    this.payment = payment;
    this.replacing = replacing;
    const url = resolvePayUrl(payment.payUrl ?? '', this.host.settings.apiBase, location.href) ?? undefined;
    if (url !== this.url) this.qr = undefined;
    this.url = url;
    this.polls = 0;
    this.set('pending');
    this.schedule();
  }

  private open(url: string, target: PayTarget): void {
    if (target === 'qr') return void this.toggleQr(true);
    if (target === 'self') return location.assign(url);
    // A blocked pop-up returns null; the panel's link is there for the member to follow.
    const opened = window.open(url, '_blank');
    if (opened) opened.opener = null;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (this.phase !== 'pending' || !this.host.isConnected) return;
    const wait = POLL_MS[Math.min(this.polls++, POLL_MS.length - 1)];
    this.timer = setTimeout(() => (document.visibilityState === 'visible' ? void this.check() : this.schedule()), wait);
  }

  private set(phase: PayPhase): void {
    this.phase = phase;
    if (phase !== 'pending') clearTimeout(this.timer);
    if (phase === 'creating') this.error = undefined;
    this.host.requestUpdate();
  }
}
