/**
 * The course's certificate (结业证书), once the member has completed it: fetched from the
 * backend (issued once there, with a verification code anyone can check), shown in place of
 * the lesson, printable. Its print stylesheet leaves only the certificate of the player on
 * paper (a host page hides its own header and menus with its own print rules). A chunk of
 * its own: members who never ask for a certificate never load it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Backend } from '../../../../api/backend.js';
import type { Certificate } from '../../../../api/types.js';
import { expectAnswers } from '../../../../api/answers.js';
import { getCourseCertificate } from '../../../../contract/shapes/Certificate.gen.js';
import { formatDate, formatNumber } from '../../../../i18n/format.js';
import type { Locale } from '../../../../i18n/locale.js';
import { localeReady } from '../../../../i18n/strings.js';
import { certificateStrings } from './strings/index.js';

expectAnswers({ getCourseCertificate });

/** What the certificate needs of the player it shows in (never the element's class). */
export interface CertificateHost {
  readonly settings: { locale: Locale };
  readonly backend: Backend;
  requestUpdate(): void;
  toggleAttribute(name: string, force?: boolean): boolean;
}

type State = { status: 'loading' } | { status: 'ready'; certificate: Certificate } | { status: 'error'; error: unknown };

/**
 * The certificate the member asked for: loading, the certificate (print, close) or an
 * error with a retry. While it is shown its host carries `data-certificate`, which the
 * print stylesheet keys on.
 */
export class CertificatePanel {
  private state: State | undefined;
  private courseId = '';

  constructor(private readonly host: CertificateHost) {}

  async open(courseId: string): Promise<void> {
    this.courseId = courseId;
    this.set({ status: 'loading' });
    try {
      const [certificate] = await Promise.all([this.host.backend.getCourseCertificate(courseId), localeReady(this.host.settings.locale)]);
      if (this.courseId === courseId) this.set({ status: 'ready', certificate });
    } catch (error) {
      if (this.courseId === courseId) this.set({ status: 'error', error });
    }
  }

  close(): void {
    this.courseId = '';
    this.set(undefined);
  }

  private set(state: State | undefined): void {
    this.state = state;
    this.host.toggleAttribute('data-certificate', state?.status === 'ready');
    this.host.requestUpdate();
  }

  /** The panel as the player renders it for `courseId`: nothing while closed or for another course. */
  view(courseId: string, states: { loading(): unknown; error(error: unknown, retry: () => void): unknown }): unknown {
    const state = this.state;
    if (!state || courseId !== this.courseId) return nothing;
    if (state.status === 'loading') return states.loading();
    if (state.status === 'error') return states.error(state.error, () => void this.open(courseId));
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
      <h3 id="certificate-title">${s.heading}</h3>
      <p class="holder">${s.body(c.holderName, c.title)}</p>
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
    /* On paper: the certificate alone, black on white, without its buttons. */
    :host([data-certificate]) [part='base'] > :not(.certificate),
    :host([data-certificate]) .certificate > :not(.paper) {
      display: none !important;
    }
    .paper {
      border-color: #c8161d;
      background: #fff;
      color: #000;
      padding: 2cm;
      break-inside: avoid;
    }
  }
`;
