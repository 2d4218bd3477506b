/**
 * A settled payment's receipt (党费收据): fetched from the backend, shown in the widget,
 * printable on its own (its print stylesheet keeps only the receipt of the widget on paper)
 * and downloadable as a PDF, which its own chunk writes in the browser (receipt-pdf.lazy)
 * when the member asks. A chunk of its own: members who never open a receipt never load it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Backend } from '../../../../api/backend.js';
import type { PaymentReceipt } from '../../../../api/types.js';
import { expectAnswers } from '../../../../api/answers.js';
import { getPaymentReceipt } from '../../../../contract/shapes/PaymentReceipt.gen.js';
import type { Locale } from '../../../../i18n/locale.js';
import { localeReady } from '../../../../i18n/strings.js';
import { lazy } from '../../../../shared/lazy.js';
import { receiptFacts } from './receipt-lines.js';
import { receiptStrings } from './strings/index.js';

expectAnswers({ getPaymentReceipt });

const pdfChunk = lazy(() => import('./receipt-pdf.lazy.js'));

/** Writes the receipt's PDF and hands it to the browser as a download. */
async function downloadReceipt(locale: Locale, receipt: PaymentReceipt): Promise<void> {
  const { receiptPdf } = await pdfChunk();
  const url = URL.createObjectURL(new Blob([receiptPdf(locale, receipt) as BlobPart], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = receiptStrings(locale).fileName(receipt.number);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** What the receipt's view asks of the panel. */
interface ReceiptActions {
  print(): void;
  download(): void;
  close(): void;
  /** The PDF is being written. */
  busy: boolean;
}

/** What the receipt needs of the widget it shows in (requests up: it never calls the element's class). */
export interface ReceiptHost {
  readonly settings: { locale: Locale };
  readonly backend: Backend;
  requestUpdate(): void;
  toggleAttribute(name: string, force?: boolean): boolean;
}

type State = { status: 'loading' } | { status: 'ready'; receipt: PaymentReceipt; busy: boolean } | { status: 'error'; error: unknown };

/**
 * The receipt the member opened from the payment history: loading, the receipt (print,
 * PDF, close) or an error with a retry. While one is shown its host carries
 * `data-receipt`, which the print stylesheet keys on.
 */
export class ReceiptPanel {
  private state: State | undefined;
  private paymentId = '';

  constructor(private readonly host: ReceiptHost) {}

  async open(paymentId: string): Promise<void> {
    const locale = this.host.settings.locale;
    this.paymentId = paymentId;
    this.set({ status: 'loading' });
    try {
      const [receipt] = await Promise.all([this.host.backend.getPaymentReceipt(paymentId), localeReady(locale)]);
      if (this.paymentId === paymentId) this.set({ status: 'ready', receipt, busy: false });
    } catch (error) {
      if (this.paymentId === paymentId) this.set({ status: 'error', error });
    }
  }

  close(): void {
    this.paymentId = '';
    this.set(undefined);
  }

  private set(state: State | undefined): void {
    this.state = state;
    this.host.toggleAttribute('data-receipt', state?.status === 'ready');
    this.host.requestUpdate();
  }

  private async download(receipt: PaymentReceipt): Promise<void> {
    const paymentId = this.paymentId;
    this.set({ status: 'ready', receipt, busy: true });
    try {
      await downloadReceipt(this.host.settings.locale, receipt);
      if (this.paymentId === paymentId) this.set({ status: 'ready', receipt, busy: false });
    } catch (error) {
      // The PDF's chunk could not load (offline): said with a retry, which opens the receipt again.
      if (this.paymentId === paymentId) this.set({ status: 'error', error });
    }
  }

  /** The panel as the widget renders it: nothing while closed. */
  view(states: { loading(): unknown; error(error: unknown, retry: () => void): unknown }): unknown {
    const state = this.state;
    if (!state) return nothing;
    if (state.status === 'loading') return states.loading();
    const paymentId = this.paymentId;
    if (state.status === 'error') return states.error(state.error, () => void this.open(paymentId));
    const { receipt, busy } = state;
    return receiptView(this.host.settings.locale, receipt, {
      print: () => window.print(),
      download: () => void this.download(receipt),
      close: () => this.close(),
      busy,
    });
  }
}

function receiptView(locale: Locale, receipt: PaymentReceipt, actions: ReceiptActions): TemplateResult {
  const s = receiptStrings(locale);
  return html`<section part="receipt" class="receipt" aria-labelledby="receipt-title">
    <div class="slip">
      <h3 id="receipt-title">${s.heading}</h3>
      <dl>
        ${receiptFacts(locale, receipt).map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}
      </dl>
      <p class="muted">${s.note}</p>
    </div>
    <p class="actions">
      <button type="button" class="button primary" @click=${actions.print}>${s.print}</button>
      <button type="button" class="button" ?disabled=${actions.busy} @click=${actions.download}>${actions.busy ? s.downloading : s.download}</button>
      <button type="button" class="button" @click=${actions.close}>${s.close}</button>
    </p>
  </section>`;
}

export const styles = css`
  .receipt {
    display: grid;
    gap: var(--_space);
    margin-block: var(--_space);
  }
  .slip {
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_c-border);
    border-block-start: 4px solid var(--_c-primary);
    border-radius: var(--_radius);
    background: var(--_c-surface-raised, var(--_c-surface));
  }
  .slip h3 {
    margin: 0 0 var(--_space);
    text-align: center;
    letter-spacing: 0.2em;
  }
  .slip dl {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0 0 var(--_space);
  }
  .slip dl > div {
    display: grid;
    grid-template-columns: minmax(6em, max-content) 1fr;
    gap: var(--_space);
  }
  .slip dt {
    color: var(--_c-text-muted, inherit);
  }
  .slip dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .receipt .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
  }
  @media print {
    /* On paper: the receipt alone, black on white, without its buttons. */
    :host([data-receipt]) [part='base'] > :not(.receipt),
    :host([data-receipt]) .receipt > :not(.slip) {
      display: none !important;
    }
    .slip {
      border-color: #000;
      background: #fff;
      color: #000;
      break-inside: avoid;
    }
  }
`;
