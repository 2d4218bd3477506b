import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../i18n/locale.js';
import { metrics, periods, type Scope } from '../shared/metrics.js';
import { assessmentStrings } from '../shared/strings.js';
import { leaderboardStrings } from './strings.js';

export type Control = 'metric' | 'period' | 'scope';
const all: Control[] = ['metric', 'period', 'scope'];

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
    metric: metrics.map((m) => [m, names.metric[m]]),
    period: periods.map((p) => [p, names.period[p]]),
    scope: allowedScopes.map((s) => [s, names.scope[s]]),
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
