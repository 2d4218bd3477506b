import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../../i18n/locale.js';
import { metrics, periods, type Scope } from '../../shared/metrics.js';
import { assessmentStrings } from '../../shared/strings/index.js';
import { leaderboardStrings } from '../strings/index.js';

export type Control = 'metric' | 'period' | 'scope';
const all: Control[] = ['metric', 'period', 'scope'];

/**
 * Whether the switchers may lead to this ranking. Members by dues rate are personal dues
 * data, which the contract refuses to ordinary members (a secretary sees their own branch
 * when a page asks with the attributes), so no member is switched into a refusal.
 */
const offered = (metric: string, scope: string) => !(metric === 'dues-rate' && scope === 'members');

/**
 * The switchers a page asked for with `controls`: the bare attribute gives all three,
 * a list gives those named. The scope switcher appears only when the site allows both
 * scopes. Native selects: they work with every keyboard, screen reader and phone.
 */
export function renderControls(
  locale: Locale,
  controls: string | null,
  allowedScopes: Scope[],
  values: Record<Control, string>,
  onChange: (control: Control, value: string) => void,
): TemplateResult | typeof nothing {
  if (controls === null) return nothing;
  const asked = controls.trim() ? all.filter((c) => controls.split(/[\s,]+/).includes(c)) : all;
  const shown = asked.filter((c) => c !== 'scope' || allowedScopes.length > 1);
  if (!shown.length) return nothing;
  const names = assessmentStrings(locale);
  const options: Record<Control, ReadonlyArray<[string, string]>> = {
    metric: metrics.filter((m) => m === values.metric || offered(m, values.scope)).map((m) => [m, names.metric[m]]),
    period: periods.map((p) => [p, names.period[p]]),
    scope: allowedScopes.filter((s) => s === values.scope || offered(values.metric, s)).map((s) => [s, names.scope[s]]),
  };
  const labels = leaderboardStrings(locale).controls;
  return html`<div part="controls" class="controls">
    ${shown.map(
      (control) => html`<label class="control">
        <span>${labels[control]}</span>
        <select part="select" name=${control} @change=${(e: Event) => onChange(control, (e.target as HTMLSelectElement).value)}>
          ${options[control].map(([value, text]) => html`<option value=${value} ?selected=${value === values[control]}>${text}</option>`)}
        </select>
      </label>`,
    )}
  </div>`;
}
