import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { describeOperation } from '../../api/client.js';
import { ConfigError, ShapeError } from '../../api/errors.js';
import { expectShape } from '../../api/shape.js';
import type { DuesYear } from '../../api/types.js';
import { PbElement } from '../../shared/pb-element.js';
import { Resource } from '../../shared/resource.js';
import { emptyState, stateStyles, syncNote } from '../../shared/states.js';
import { checkDuesYear } from '../data-check.js';
import { duesStyles } from '../dues.styles.js';
import { currentMonth, type YearMonth } from '../months.js';
import { yearSwitcher } from '../parts.js';
import { PayController, payTargets, type PayTarget } from './pay-controller.js';
import { openPayment, outcome, payBar } from './pay-parts.js';
import { styles } from './pb-dues-status.styles.js';
import { defaultSelection, isPayable } from './selection.js';
import { duesYearShape } from './shapes.js';
import { statusStrings } from './strings.js';
import { figures, history, monthGrid, notice } from './year-parts.js';

export type { PayTarget, PaymentCreateDetail, PaymentSettleDetail } from './pay-controller.js';

/**
 * A member's party dues (党费) for a year, as the backend states them: the monthly amount
 * and its basis, twelve months paid, paid late, unpaid, exempt or not yet due (each with
 * an icon and a word, never colour alone), the total paid and owed, a notice from three
 * consecutive unpaid months and a serious warning from six, and paying chosen months
 * through the backend's payment page.
 *
 * @tagname pb-dues-status
 * @summary A member's dues: months, amount and basis, arrears, and paying them.
 *
 * @csspart base - The wrapper of everything.
 * @csspart year - The year switcher.
 * @csspart summary - The monthly amount with its basis, paid and owed this year.
 * @csspart notice - The arrears notice (3+ months) or warning (6+ months); `data-tone` says which.
 * @csspart months - The list of twelve months.
 * @csspart month - One month; `data-status` is its status, `data-chosen` marks a month chosen for paying.
 * @csspart pay - The chosen total and the pay button (or the line saying all is paid).
 * @csspart pay-button - The button that starts paying.
 * @csspart pay-error - Why a payment could not be started.
 * @csspart pending - The payment waiting for the gateway, with its link and QR code.
 * @csspart pay-link - The link to the payment page.
 * @csspart qr - The QR code of the payment page.
 * @csspart outcome - How the last payment ended; `data-status` is `paid`, `failed` or `expired`.
 * @csspart history - This year's payments.
 * @csspart loading - The loading skeleton.
 * @csspart empty - Shown when no month of the year was due.
 * @csspart error - The error, with `retry`.
 * @csspart retry - The retry button.
 * @csspart sync - The note about a payment waiting for the connection.
 *
 * @cssprop --pb-dues-paid-color - Paid months; default the success colour.
 * @cssprop --pb-dues-unpaid-color - Unpaid months and warnings; default the danger colour.
 * @cssprop --pb-dues-status-columns - Months per row; default 3, 4 or 6 as the widget widens.
 *
 * @fires {PaymentCreateDetail} pb-payment-create - The backend created a payment. Cancelable:
 *   `preventDefault()` keeps the widget from opening `detail.url` (open it your own way).
 * @fires {PaymentSettleDetail} pb-payment-settle - The gateway settled a payment: paid, failed or expired.
 */
export class PbDuesStatus extends PbElement {
  static override styles = [...PbElement.styles, stateStyles, duesStyles, styles];

  /** The calendar year shown; the backend's current year when unset. */
  @property({ type: Number, reflect: true }) year?: number;

  /** Where the payment page opens: `self` (this tab, the default), `blank` (a new tab) or `qr` (a QR code to scan). */
  @property({ attribute: 'pay-target' }) payTarget: PayTarget = 'self';

  private readonly dues = new Resource(this, {
    args: () => [this.year] as const,
    operation: 'getDues',
    schema: duesYearShape,
    loadingRows: 6,
    isEmpty: (dues) => dues.months.every((m) => m.status === 'not-due') && !dues.payments.length,
    load: async (backend, [year], signal) => {
      const data = await backend.getDues(year ? { year } : {}, { signal });
      // Checked here as well as by the resource, to find what does not add up.
      const endpoint = describeOperation(this.settings, 'getDues');
      const problem = checkDuesYear(expectShape(duesYearShape, data, endpoint));
      if (problem) throw new ShapeError(endpoint, problem.path, problem.message);
      return data;
    },
  });

  private readonly pay = new PayController(this, () => void this.dues.reload());
  private chosen = new Set<YearMonth>();
  private chosenFor: DuesYear | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('payTarget') && !payTargets.includes(this.payTarget)) {
      this.reportProblem(new ConfigError('pay-target', `"${this.payTarget}" is not one of ${payTargets.join(', ')}; using "self"`));
    }
    const dues = this.dues.value;
    if (dues && dues !== this.chosenFor) {
      // A new answer from the server: start again from its default choice.
      this.chosenFor = dues;
      this.chosen = new Set(defaultSelection(dues.months));
      void this.pay.adopt(dues);
    }
  }

  private get target(): PayTarget {
    return payTargets.includes(this.payTarget) ? this.payTarget : 'self';
  }

  private toggle = (month: YearMonth, on: boolean) => {
    if (on) this.chosen.add(month);
    else this.chosen.delete(month);
    this.requestUpdate();
  };

  private startPaying(dues: DuesYear): void {
    const current = currentMonth();
    const months = dues.months.filter((m) => this.chosen.has(m.month) && isPayable(m, current)).map((m) => m.month);
    void this.pay.start(months.sort(), this.target);
  }

  private renderYear(dues: DuesYear) {
    const locale = this.settings.locale;
    const current = currentMonth();
    const { phase } = this.pay;
    return html`${figures(locale, dues)} ${notice(locale, dues, (year) => (this.year = year))}
      ${monthGrid(locale, dues, { current, chosen: this.chosen, disabled: phase === 'creating' || phase === 'pending', toggle: this.toggle })}
      ${outcome(locale, this.pay)}
      ${phase === 'pending' ? openPayment(locale, this.pay, this.target) : payBar(locale, dues, current, this.chosen, this.pay, () => this.startPaying(dues))}
      ${history(locale, dues.payments)}`;
  }

  protected override render() {
    const locale = this.settings.locale;
    const s = statusStrings(locale);
    const maxYear = Number(currentMonth().slice(0, 4));
    const shown = this.year ?? this.dues.value?.year ?? maxYear;
    return html`<div part="base" class="base" lang=${locale}>
      <div class="head">${yearSwitcher(locale, shown, Math.max(maxYear, shown), (year) => (this.year = year))}</div>
      ${this.dues.render({
        complete: (dues) => this.renderYear(dues),
        empty: () => emptyState(locale, s.empty),
      })}
      ${this.pay.phase === 'creating' ? syncNote(locale, this.pay.outbox.value) : nothing}
    </div>`;
  }
}
