/**
 * A certificate: a completed course's (结业证书, from the player) or a year's 学时 requirement
 * met (年度学习证书, from the catalog's 为你安排), fetched from the backend (issued once there,
 * with a verification code anyone can check), shown in the widget, printable. Its print
 * stylesheet leaves only the certificate of the widget on paper (a host page hides its own
 * header and menus with its own print rules). A chunk of its own, shared by the education
 * widgets: members who never ask for a certificate never load it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Backend } from '../../api/backend.js';
import type { Certificate } from '../../api/types.js';
import { expectAnswers } from '../../api/answers.js';
import { getCourseCertificate, getYearCertificate } from '../../contract/shapes/Certificate.gen.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { localeReady } from '../../i18n/strings.js';
import { certificateStrings } from './strings/index.js';

expectAnswers({ getCourseCertificate, getYearCertificate });

/** What the certificate needs of the widget it shows in (never the element's class). */
export interface CertificateHost {
  readonly settings: { locale: Locale };
  readonly backend: Backend;
  requestUpdate(): void;
  toggleAttribute(name: string, force?: boolean): boolean;
}

type State = { status: 'loading' } | { status: 'ready'; certificate: Certificate } | { status: 'error'; error: unknown; retry: () => void };

/**
 * The certificate the member asked for: loading, the certificate (print, close) or an
 * error with a retry. While it is shown its host carries `data-certificate`, which the
 * print stylesheet keys on.
 */
export class CertificatePanel {
  private state: State | undefined;
  /** What is shown: a course id, or a year. */
  private key = '';

  constructor(private readonly host: CertificateHost) {}

  /** Fetches and shows the certificate `load` asks the backend for, under `key` (a course id, a year). */
  async open(key: string, load: (backend: Backend) => Promise<Certificate>): Promise<void> {
    this.key = key;
    this.set({ status: 'loading' });
    try {
      const [certificate] = await Promise.all([load(this.host.backend), localeReady(this.host.settings.locale)]);
      if (this.key === key) this.set({ status: 'ready', certificate });
    } catch (error) {
      if (this.key === key) this.set({ status: 'error', error, retry: () => void this.open(key, load) });
    }
  }

  close(): void {
    this.key = '';
    this.set(undefined);
  }

  private set(state: State | undefined): void {
    this.state = state;
    this.host.toggleAttribute('data-certificate', state?.status === 'ready');
    this.host.requestUpdate();
  }

  /** The panel as the widget renders it for `key`: nothing while closed or showing another. */
  view(key: string, states: { loading(): unknown; error(error: unknown, retry: () => void): unknown }): unknown {
    const state = this.state;
    if (!state || key !== this.key) return nothing;
    if (state.status === 'loading') return states.loading();
    if (state.status === 'error') return states.error(state.error, state.retry);
    return certificateView(this.host.settings.locale, state.certificate, { print: () => window.print(), close: () => this.close() });
  }
}

/** What the certificate's view asks of the panel. */
interface CertificateActions {
  print(): void;
  close(): void;
}

/** The certificate, as shown and as printed. */
function certificateView(locale: Locale, c: Certificate, actions: CertificateActions): TemplateResult {
  const s = certificateStrings(locale);
  const day = formatDate(locale, `${c.completedOn}T00:00:00`, { dateStyle: 'long' });
  return html`<section part="certificate" class="certificate" aria-labelledby="certificate-title">
    <div class="paper">
      <h3 id="certificate-title">${c.kind === 'year' ? s.yearHeading : s.heading}</h3>
      <p class="holder">${c.kind === 'year' ? s.yearBody(c.holderName, c.title) : s.body(c.holderName, c.title)}</p>
      <p class="hours">${s.hours(formatNumber(locale, c.hours))}</p>
      <p>${s.completedOn(day)}</p>
      <p class="code"><span>${s.code}</span> <strong data-code>${c.code}</strong></p>
      <p class="muted">${s.verifyHint}</p>
    </div>
    <p class="actions">
      <button type="button" class="button primary" @click=${actions.print}>${s.print}</button>
      <button type="button" class="button" @click=${actions.close}>${s.close}</button>
    </p>
  </section>`;
}


export const styles = css`
  .certificate {
    display: grid;
    gap: var(--_space);
    margin-block: var(--_space);
  }
  .paper {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 2);
    border: 3px double var(--_c-primary);
    border-radius: var(--_radius);
    background: var(--_c-surface-raised, var(--_c-surface));
    text-align: center;
  }
  .paper h3 {
    margin: 0;
    color: var(--_c-primary);
    font-size: 1.6em;
    letter-spacing: 0.3em;
  }
  .paper p {
    margin: 0;
  }
  .holder {
    font-size: 1.15em;
  }
  .hours {
    font-weight: 700;
  }
  .code strong {
    font-family: ui-monospace, monospace;
    letter-spacing: 0.1em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
  }
  @media print {
    /* On paper: the certificate alone, black on white, without its buttons, wherever it sits in the widget. */
    :host([data-certificate]) [part='base'] {
      position: relative;
    }
    :host([data-certificate]) [part='base'] * {
      visibility: hidden;
    }
    :host([data-certificate]) .paper,
    :host([data-certificate]) .paper * {
      visibility: visible;
    }
    :host([data-certificate]) .paper {
      position: absolute;
      inset-block-start: 0;
      inset-inline: 0;
      border-color: #c8161d;
      background: #fff;
      color: #000;
      padding: 2cm;
      break-inside: avoid;
    }
  }
`;
