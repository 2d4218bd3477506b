import { consume } from '@lit/context';
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Backend } from '../api/backend.js';
import { backendFor } from '../api/rest-backend.js';
import { getPageDefaults, onConfigure } from '../config/configure.js';
import { settingsContext } from '../config/context.js';
import { layerSettings, resolveSettings, type ResolvedSettings, type Settings, type ThemeName } from '../config/settings.js';
import { tokens } from '../theme/tokens.js';
import { VERSION } from '../version.js';
import { baseStyles } from './styles.js';

/**
 * The small base of every widget: the three attributes each element takes on its own
 * (`api-base`, `locale`, `theme`), the settings of the nearest `<pb-config>` and the page
 * defaults layered under them, and the theme reflected as `data-theme` for the tokens.
 * Data loading, outbox and i18n are controllers and functions, not base-class features.
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

  @consume({ context: settingsContext, subscribe: true })
  @state()
  protected inheritedSettings?: Settings;

  @state() private pageDefaults: Settings = getPageDefaults();

  private resolved?: ResolvedSettings;
  private resolvedFrom: unknown[] = [];
  private stopListening?: () => void;
  private reportedProblems = new Set<string>();

  /** The settings in effect for this element, resolved once per change of any layer. */
  get settings(): ResolvedSettings {
    const lang = this.closest('[lang]')?.getAttribute('lang');
    const from = [this.apiBase, this.locale, this.theme, this.inheritedSettings, this.pageDefaults, lang];
    if (!this.resolved || from.some((value, i) => value !== this.resolvedFrom[i])) {
      const own: Settings = { apiBase: this.apiBase, locale: this.locale, theme: this.theme };
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
    this.stopListening = onConfigure(() => (this.pageDefaults = getPageDefaults()));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { theme, problems } = this.settings;
    if (this.dataset['theme'] !== theme) this.dataset['theme'] = theme;
    for (const problem of problems) this.reportProblem(problem);
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
