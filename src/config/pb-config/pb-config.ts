import { consume, provide } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { EnvelopePreset, ResponseAdapter } from '../../api/envelopes.js';
import type { OperationName } from '../../api/operations.js';
import type { RetryPolicy } from '../../api/retry.js';
import { VERSION } from '../../version.js';
import { settingsContext } from '../context.js';
import { layerSettings, type Settings, type ThemeName } from '../settings.js';

/** Reads a JSON object attribute; keeps malformed text so the widgets can report it. */
const jsonObject = {
  fromAttribute(value: string | null): unknown {
    if (value === null) return undefined;
    try {
      const parsed: unknown = JSON.parse(value);
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed : value;
    } catch {
      return value;
    }
  },
};

/**
 * Reads the `site` attribute: a JSON object, or `#id` of a `<script type="application/json">`
 * holding one (settings too long for an attribute stay readable in the page).
 */
const siteSettings = {
  fromAttribute: (value: string | null) => jsonObject.fromAttribute(value?.startsWith('#') ? (document.getElementById(value.slice(1))?.textContent ?? value) : value),
};

/** Reads `"200, 0"` as a list of codes. */
const codeList = {
  fromAttribute: (value: string | null) => value?.split(',').map((code) => code.trim()).filter(Boolean),
};

/**
 * @tagname pb-config
 * @summary Settings for every widget inside it: which backend, how to sign requests,
 * which language and theme. Renders only its children.
 *
 * @slot - The widgets it configures, at any depth, and any other content.
 *
 * Settings resolve in this order: the widget's own attribute, the nearest `<pb-config>`
 * (nested ones layer over their parent), `configure()`, built-in defaults.
 */
export class PbConfig extends LitElement {
  static readonly pbVersion = VERSION;

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Base URL of the REST API, e.g. `/api/v1`. */
  @property({ attribute: 'api-base' }) apiBase?: string;
  /** `zh-CN` (default) or `en`. */
  @property() locale?: string;
  /** `light` (default), `dark`, `large-text` or `auto`. */
  @property() theme?: ThemeName;
  /** `fetch` credentials: `include` (default), `same-origin` or `omit`. */
  @property() credentials?: RequestCredentials;
  /** Header carrying the CSRF token on writes; default `X-CSRF-Token`. */
  @property({ attribute: 'csrf-header' }) csrfHeader?: string;
  /** `name` of the `<meta>` holding the CSRF token; default `csrf-token`. */
  @property({ attribute: 'csrf-meta' }) csrfMeta?: string;
  /** Request timeout in milliseconds; default 15000. */
  @property({ attribute: 'timeout', type: Number }) timeoutMs?: number;
  /** Envelope preset (`none`, `code-msg-data`, `success-data`, `rows-total`) or an adapter function. */
  @property() envelope?: EnvelopePreset | ResponseAdapter;
  /** `code` values meaning success in a `code-msg-data` envelope, e.g. `"200"` or `"0, 200"`. */
  @property({ attribute: 'success-codes', converter: codeList }) successCodes?: Array<number | string>;
  /** Endpoint templates per operation; as an attribute, a JSON object. */
  @property({ converter: jsonObject }) endpoints?: Partial<Record<OperationName, string>>;
  /** The portal's sign-in page, linked when the session has ended; `{return}` becomes this page's address. */
  @property({ attribute: 'login-href' }) loginHref?: string;
  /** Returns a bearer token for `Authorization`. */
  @property({ attribute: false }) getToken?: Settings['getToken'];
  /** Reads the CSRF token some other way than the `<meta>`. */
  @property({ attribute: false }) csrfToken?: Settings['csrfToken'];
  /** Per-operation reshaping after the envelope. */
  @property({ attribute: false }) transform?: Settings['transform'];
  /** Retry tuning for transient failures. */
  @property({ attribute: false }) retry?: Partial<RetryPolicy>;
  /** Operations this site implements itself; the others use the REST contract. */
  @property({ attribute: false }) backend?: Settings['backend'];
  /**
   * Settings as one JSON object (`preset`, `auth`, `endpoints`, `maps`, `progress`,
   * `answers`, `values`, `envelope`…), or `#id` of a `<script type="application/json">`
   * holding it: how a backend that is not the contract is connected, with no script. The
   * element's other attributes win over it.
   */
  @property({ converter: siteSettings }) site?: Settings;

  /** The settings of the `<pb-config>` around this one, if any. */
  @consume({ context: settingsContext, subscribe: true })
  @state()
  private parentSettings?: Settings;

  @provide({ context: settingsContext })
  protected provided: Settings = {};

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const own: Settings = {
      apiBase: this.apiBase,
      locale: this.locale,
      theme: this.theme,
      credentials: this.credentials,
      csrfHeader: this.csrfHeader,
      csrfMeta: this.csrfMeta,
      timeoutMs: this.timeoutMs,
      envelope: this.envelope,
      successCodes: this.successCodes,
      endpoints: this.endpoints,
      getToken: this.getToken,
      csrfToken: this.csrfToken,
      transform: this.transform,
      retry: this.retry,
      backend: this.backend,
      loginHref: this.loginHref,
    };
    // Malformed `site` text is kept as it is, so resolving reports it as the setting to fix.
    const site = typeof this.site === 'string' ? ({ site: this.site } as Settings) : this.site;
    this.provided = layerSettings([own, site, this.parentSettings]);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
