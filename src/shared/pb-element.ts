import { consume } from '@lit/context';
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Backend } from '../api/backend.js';
import { backendFor } from '../api/rest-backend.js';
import { getPageDefaults, onConfigure } from '../config/configure.js';
import { settingsContext } from '../config/context.js';
import { layerSettings, resolveSettings, type ResolvedSettings, type Settings, type ThemeName } from '../config/settings.js';
import { warmFormats } from '../i18n/format.js';
import { localeReady } from '../i18n/strings.js';
import { tokens } from '../theme/tokens.js';
import { VERSION } from '../version.js';
import { baseStyles } from './styles.js';

/**
 * The small base of every widget: the attributes each element takes on its own
 * (`api-base`, `locale`, `theme`, `login-href`), the settings of the nearest `<pb-config>`
 * and the page defaults layered under them, and the theme reflected as `data-theme` for
 * the tokens.
 * Data loading, outbox and i18n are controllers and functions, not base-class features.
 *
 * The tags below are inherited by every widget in custom-elements.json: the shared states
 * (`src/shared/states.ts`) and the theme tokens (`src/theme/tokens.ts`) are the same in all.
 *
 * @csspart loading - The loading state (skeleton rows while the first answer is on its way).
 * @csspart empty - The empty state (the backend answered with nothing to show).
 * @csspart error - The error state: what went wrong, in words a member understands.
 * @csspart retry - The error state's retry button (absent when retrying cannot help).
 * @csspart sign-in - The "Sign in again" link when the session has ended (a 401), with `login-href` set.
 * @csspart forbidden - Instead of the error when the backend refuses (403): a plain "no permission", no retry.
 * @csspart not-offered - Instead of the data when the site does not offer this feature (`endpoints: { x: false }`): a plain sentence, no retry.
 * @csspart sync - The note under a widget that has writes waiting ("offline — will sync").
 *
 * @cssprop --pb-color-primary - Party red: buttons, selection, progress (default #c8161d).
 * @cssprop --pb-color-on-primary - Text on the primary colour (default #ffffff).
 * @cssprop --pb-color-primary-text - Primary colour for text and links, darker so it keeps contrast on the surface.
 * @cssprop --pb-color-accent - Gold accent: highlights, top ranks (default #b8860b).
 * @cssprop --pb-color-surface - Background of the widget (default #ffffff; dark theme #1c1b1f).
 * @cssprop --pb-color-surface-raised - Background of cards, rows and toolbars above the surface.
 * @cssprop --pb-color-text - Body text colour (set it, or the widget keeps its own, not the page's).
 * @cssprop --pb-color-text-muted - Secondary text: captions, hints, units.
 * @cssprop --pb-color-border - Borders and dividers.
 * @cssprop --pb-color-success - Done, paid, passed.
 * @cssprop --pb-color-warning - Due soon, offline, arrears warnings.
 * @cssprop --pb-color-danger - Errors, unpaid, failed.
 * @cssprop --pb-color-focus - The focus ring.
 * @cssprop --pb-color-skeleton - Loading placeholders.
 * @cssprop --pb-font-family - Font family; by default inherited from the host page.
 * @cssprop --pb-font-size - Base font size in px (default 16px, large-text theme 20px); not inherited from the page.
 * @cssprop --pb-line-height - Base line height (default 1.6, large-text theme 1.7).
 * @cssprop --pb-radius - Corner radius (default 6px).
 * @cssprop --pb-space - Spacing unit that paddings and gaps are multiples of (default 8px).
 * @cssprop --pb-target-size - Minimum size of touch targets (default 40px, large-text theme 48px).
 * @cssprop --pb-focus-width - Width of the focus ring (default 2px, large-text theme 3px).
 * @cssprop --pb-shadow - Shadow of raised surfaces.
 */
export class PbElement extends LitElement {
  /** Which copy of the library defined this tag (read when a second copy loads). */
  static readonly pbVersion = VERSION;

  static override styles = [tokens, baseStyles];

  /** Base URL of the REST API for this element alone, e.g. `/api/v1`. */
  @property({ attribute: 'api-base', reflect: false }) apiBase?: string;

  /** `zh-CN` (default) or `en`; otherwise the nearest `<pb-config>`, then `<html lang>`. */
  @property() locale?: string;

  /** `light`, `dark`, `large-text` or `auto`; otherwise the nearest `<pb-config>`'s. */
  @property() theme?: ThemeName;

  /** The portal's sign-in page for this element alone; otherwise the nearest `<pb-config>`'s. */
  @property({ attribute: 'login-href' }) loginHref?: string;

  /** The settings of the nearest `<pb-config>`, kept current by its context. */
  @consume({ context: settingsContext, subscribe: true })
  @state()
  protected inheritedSettings?: Settings;

  @state() private pageDefaults: Settings = getPageDefaults();

  private resolved?: ResolvedSettings;
  private resolvedFrom: unknown[] = [];
  private stopListening?: () => void;
  private reportedProblems = new Set<string>();
  /** The nearest `lang` around the element, read on connect and before each render (not on every `settings` read: widgets read those per row). */
  private pageLang?: string | null;

  /** The settings in effect for this element, resolved once per change of any layer. */
  get settings(): ResolvedSettings {
    const lang = this.pageLang;
    const from = [this.apiBase, this.locale, this.theme, this.loginHref, this.inheritedSettings, this.pageDefaults, lang];
    if (!this.resolved || from.some((value, i) => value !== this.resolvedFrom[i])) {
      const own: Settings = { apiBase: this.apiBase, locale: this.locale, theme: this.theme, loginHref: this.loginHref };
      this.resolved = resolveSettings(layerSettings([own, this.inheritedSettings, this.pageDefaults]), lang);
      this.resolvedFrom = from;
    }
    return this.resolved;
  }

  /** The backend for the current settings: REST with the site's own methods laid over it. */
  get backend(): Backend {
    return backendFor(this.settings);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.pageLang = this.closest('[lang]')?.getAttribute('lang');
    this.stopListening = onConfigure(() => (this.pageDefaults = getPageDefaults()));
    warmFormats(this.settings.locale);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
  }

  /**
   * English strings load on first use: the element renders once they are here, never a
   * mix. Checked again after each wait: a part that loaded meanwhile (the questionnaire's
   * grids, with its data) brings tables of its own.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = localeReady(this.settings.locale);
    return ready ? ready.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.pageLang = this.closest('[lang]')?.getAttribute('lang');
    const { theme, problems } = this.settings;
    if (this.dataset['theme'] !== theme) this.dataset['theme'] = theme;
    for (const problem of problems) this.reportProblem(problem);
  }

  /**
   * Whether focus may follow when a view replaces the one the member was using: focus is
   * in this widget, or fell to the page's body with the control that had it. Never true
   * when the member is elsewhere on the page.
   */
  get holdsFocus(): boolean {
    return this.matches(':focus-within') || document.activeElement === document.body;
  }

  /**
   * One console error per wrong setting per element, naming the setting, so a webmaster
   * finds it without the page being flooded on every render.
   */
  reportProblem(problem: Error & { setting?: string }): void {
    const key = problem.setting ?? problem.message;
    if (this.reportedProblems.has(key)) return;
    this.reportedProblems.add(key);
    console.error(`[party-building-widgets] <${this.localName}>: ${problem.message}`);
  }
}
