import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { expectAnswers } from '../../api/answers.js';
import { ConfigError } from '../../api/errors.js';
import type { DuesYear } from '../../api/types.js';
import { coreStrings } from '../../i18n/strings.js';
import { describeError } from '../../shared/error-text.js';
import { lazy } from '../../shared/lazy.js';
import { PbElement } from '../../shared/pb-element.js';
import { Resource } from '../../shared/resource.js';
import { emptyState, errorState, loadingState, stateStyles } from '../../shared/states.js';
import { duesYearChecked } from '../shared/data-check.js';
import { duesStyles } from '../shared/dues.styles.js';
import { currentMonth, type YearMonth } from '../shared/months.js';
import { checkYear, yearSwitcher } from '../shared/parts.js';
import { payBar } from './internal/pay-bar.js';
import type { PayController } from './internal/pay/pay-controller.js';
import type { ReceiptPanel } from './internal/receipt/receipt.lazy.js';
import { payRecordKey, payRecords, payTargets, type PayPhase, type PayTarget } from './internal/pay-record.js';
import { styles } from './pb-dues-status.styles.js';
import { choose, defaultSelection, payableMonths } from './internal/selection.js';
import { statusStrings } from './strings/index.js';
import { figures, history, monthGrid } from './internal/year-parts.js';

export type { PaymentCreateDetail, PaymentSettleDetail } from './events.js';
export type { PayTarget } from './internal/pay-record.js';

expectAnswers({ getDues: duesYearChecked });

type PayFlow = typeof import('./internal/pay/pay-flow.lazy.js');
/** The pay flow, loaded on first use. */
const payFlow = lazy(() => import('./internal/pay/pay-flow.lazy.js'));
/** The arrears notice, loaded with a year that shows one. */
const noticePart = lazy(() => import('./internal/notice/notice.lazy.js'));
/** A settled payment's receipt (view, print, PDF), fetched when the member opens one. */
const receiptPart = lazy(() => import('./internal/receipt/receipt.lazy.js'));

/**
 * A member's party dues (党费) for a year, as the backend states them: the monthly amount
 * and its basis, twelve months paid, paid late, unpaid, exempt or not yet due (each with
 * an icon and a word, never colour alone), the total paid, overdue and due this month, the
 * notice the backend's arrears level asks for (any overdue month; a serious warning from six
 * in a row), and paying chosen months, oldest first, through the backend's payment page
 * (a payment waiting there can be cancelled).
 *
 * @tagname pb-dues-status
 * @summary A member's dues: months, amount and basis, arrears, and paying them.
 *
 * @csspart base - The wrapper of everything.
 * @csspart year - The year switcher.
 * @csspart summary - The monthly amount with its basis, paid and owed this year.
 * @csspart notice - The arrears notice (any overdue month) or warning (6+ months in a row); `data-tone` says which.
 * @csspart months - The list of twelve months.
 * @csspart month - One month; `data-status` is its status, `data-chosen` marks a month chosen for paying.
 * @csspart pay - The chosen total and the pay button (or the line saying all is paid).
 * @csspart pay-first - In the notice: the year whose overdue months to pay (first), with a button that shows it.
 * @csspart pay-button - The button that starts paying.
 * @csspart pay-error - Why a payment could not be started.
 * @csspart pending - The payment waiting for the gateway, with its link, QR code and cancel button.
 * @csspart pay-link - The link to the payment page.
 * @csspart cancel-button - Cancels the payment waiting for the gateway (the months can be chosen again).
 * @csspart qr - The QR code of the payment page.
 * @csspart outcome - How the last payment ended; `data-status` is `paid`, `failed`, `expired` or `cancelled`.
 * @csspart history - This year's payments.
 * @csspart receipt - A settled payment's receipt (党费收据), shown, printed and downloaded as a PDF when the member opens it.
 * @csspart loading - The loading skeleton.
 * @csspart empty - Shown when no month of the year was due.
 * @csspart error - The error, with `retry`.
 * @csspart retry - The retry button.
 * @csspart sync - The note about a payment waiting for the connection.
 *
 * @cssprop --pb-dues-paid-color - Paid months; default the success colour.
 * @cssprop --pb-dues-unpaid-color - Unpaid months and warnings; default the danger colour.
 * @cssprop --pb-dues-status-columns - Months per row; default 2 (a phone with large text), 3, 4 or 6 as the widget widens.
 *
 * @fires {PaymentCreateDetail} pb-payment-create - The backend created a payment. Cancelable:
 *   `preventDefault()` keeps the widget from opening `detail.url` (open it your own way).
 * @fires {PaymentSettleDetail} pb-payment-settle - A payment ended: paid, failed or expired at the gateway, or cancelled.
 */
export class PbDuesStatus extends PbElement {
  static override styles = [...PbElement.styles, stateStyles, duesStyles, styles];

  /** The calendar year shown; the backend's current year when unset. */
  @property({ type: Number, reflect: true }) year?: number;

  /** Where the payment page opens: `self` (this tab, the default), `blank` (a new tab) or `qr` (a QR code to scan). */
  @property({ attribute: 'pay-target' }) payTarget: PayTarget = 'self';

  private readonly dues = new Resource(this, {
    args: () => [this.year] as const,
    loadingRows: 6,
    load: async (backend, [year], signal) => {
      const dues = await backend.getDues(year ? { year } : {}, { signal });
      // The arrears notice loads with the year that shows one (the backend's level says so),
      // so it is never missing; if it cannot load, the year cannot show, and the error offers a retry.
      if (dues.arrears.level !== 'none') this.noticeParts = await noticePart(this);
      return dues;
    },
    isEmpty: (dues) => dues.months.every((m) => m.status === 'not-due' || m.status === 'before-start') && !dues.payments.length,
  });

  /** The arrears notice, once a year needed it. */
  private noticeParts: typeof import('./internal/notice/notice.lazy.js') | undefined;
  /** The pay flow once loaded (on first use), with its controller. */
  private flow: { parts: PayFlow; pay: PayController } | undefined;
  /** Why the pay flow could not load; shown once the member has asked to pay. */
  private flowError: unknown;
  /** The member asked to pay and the pay flow is still loading. */
  private starting = false;
  private chosen = new Set<YearMonth>();
  private chosenFor: DuesYear | undefined;
  /** `pay-target` when it is one we know, else `self`. */
  private target: PayTarget = 'self';

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('year')) checkYear(this);
    if (changed.has('payTarget')) {
      const known = payTargets.includes(this.payTarget);
      if (!known) this.reportProblem(new ConfigError('pay-target', `"${this.payTarget}" is not one of ${payTargets.join(', ')}; using "self"`));
      this.target = known ? this.payTarget : 'self';
    }
    const dues = this.dues.value;
    if (dues && dues !== this.chosenFor) {
      // A new answer from the server: start again from its default choice.
      this.chosenFor = dues;
      this.chosen = new Set(defaultSelection(dues, currentMonth()));
      void this.adopt(dues);
    }
  }

  /** The pay flow with its one controller; undefined when it cannot load (offline before it was ever used). */
  private loadFlow(): Promise<PbDuesStatus['flow']> {
    return payFlow(this).then(
      (parts) => (this.flow ??= { parts, pay: new parts.PayController(this, () => void this.dues.reload()) }),
      (error: unknown) => void (this.flowError = error),
    );
  }

  /** Follows a payment started before a reload or still open; only then is the pay flow needed. */
  private async adopt(dues: DuesYear): Promise<void> {
    if (!this.flow && !dues.payments.some((p) => p.status === 'pending')) {
      const record = await payRecords()
        .get(payRecordKey(this.settings))
        .catch(() => undefined);
      if (!record?.paymentId) return;
    }
    await (await this.loadFlow())?.pay.adopt(dues);
  }

  private get phase(): PayPhase {
    return this.flow?.pay.phase ?? (this.starting ? 'creating' : this.flowError ? 'refused' : 'idle');
  }

  private async startPaying(dues: DuesYear): Promise<void> {
    const months = payableMonths(dues, currentMonth()).filter((m) => this.chosen.has(m));
    if (!months.length || this.starting) return;
    this.starting = true;
    this.flowError = undefined;
    this.requestUpdate();
    const flow = await this.loadFlow();
    this.starting = false;
    this.requestUpdate();
    await flow?.pay.start(months, this.target);
  }

  private renderYear(dues: DuesYear) {
    const locale = this.settings.locale;
    const { phase, flow } = this;
    // A site that records dues only at the branch offers no paying here: the months are just shown.
    const canPay = !this.settings.notOffered.has('createPayment');
    const payable = canPay ? payableMonths(dues, currentMonth()) : [];
    // While a payment waits for the gateway, the grid shows its months, not the choice.
    const payment = phase === 'pending' && flow?.pay.payment;
    const chosen = payment ? new Set(payment.months) : this.chosen;
    // Oldest first: ticking a month ticks the payable ones before it; unticking unticks those after.
    const toggle = (month: YearMonth, on: boolean) => {
      this.chosen = new Set(choose(payable, this.chosen, month, on));
      this.requestUpdate();
    };
    // Refused by the server (the pay flow is loaded), or the pay flow itself could not load.
    const error = flow?.pay.error ?? this.flowError;
    const refusal = phase !== 'refused' ? '' : flow ? flow.parts.refusal(locale, error) : describeError(coreStrings(locale), error).message;
    return html`${figures(locale, dues)} ${this.noticeParts?.notice(locale, dues, (year) => (this.year = year))}
      ${monthGrid(locale, dues, { payable, chosen, disabled: phase === 'creating' || phase === 'pending', toggle })}
      ${flow ? flow.parts.outcome(locale, flow.pay) : nothing}
      ${flow && phase === 'pending'
        ? flow.parts.openPayment(locale, flow.pay, this.target)
        : canPay
          ? payBar(locale, dues, { payable, chosen: this.chosen, phase, refusal, start: () => void this.startPaying(dues) })
          : nothing}
      ${this.renderReceipt()} ${history(locale, dues.payments, this.settings.notOffered.has('getPaymentReceipt') ? undefined : (id) => this.openReceipt(id))}`;
  }

  /** The receipt the member opened from the payment history, once its chunk is loaded. */
  private receipt: ReceiptPanel | undefined;
  /** Why the receipt's chunk could not load (offline); shown with a retry. */
  private receiptError: unknown;
  private receiptAsked = '';

  private openReceipt(paymentId: string): void {
    this.receiptError = undefined;
    this.receiptAsked = paymentId;
    receiptPart(this).then(
      (parts) => void (this.receipt ??= new parts.ReceiptPanel(this)).open(paymentId),
      (error: unknown) => {
        this.receiptError = error;
        this.requestUpdate();
      },
    );
  }

  private renderReceipt() {
    const { settings } = this;
    if (this.receiptError) return errorState(settings, this.receiptError, () => this.openReceipt(this.receiptAsked));
    return this.receipt?.view({ loading: () => loadingState(settings.locale, 4), error: (error, retry) => errorState(settings, error, retry) });
  }

  protected override render() {
    const locale = this.settings.locale;
    const s = statusStrings(locale);
    const maxYear = Number(currentMonth().slice(0, 4));
    const shown = this.year ?? this.dues.value?.year ?? maxYear;
    return html`<div part="base" class="base" lang=${locale}>
      <div class="head row">${yearSwitcher(locale, shown, Math.max(maxYear, shown), (year) => (this.year = year))}</div>
      ${this.dues.render({
        complete: (dues) => this.renderYear(dues),
        empty: () => emptyState(locale, s.empty),
      })}
    </div>`;
  }
}
