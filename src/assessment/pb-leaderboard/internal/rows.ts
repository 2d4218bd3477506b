import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../../i18n/locale.js';
import { formatValue, type Scope, type Unit } from '../../shared/metrics.js';
import { assessmentStrings } from '../../shared/strings/index.js';
import { rankChange } from './rank-change.js';
import type { RankList } from './rank-list.js';
import type { RankEntry } from './shapes.js';
import { leaderboardStrings } from '../strings/index.js';

/** What every row needs to know about the list it sits in. */
export interface RowContext {
  locale: Locale;
  list: RankList;
  unit: Unit;
  scope: Scope;
  /** Whether rows show their move since the previous period. */
  showChange: boolean;
}

/** A value in the list's unit, with its unit word (`1,234 分`, `12.5 h`, `87.5%`). */
export function valueText(context: RowContext, value: number): string {
  return formatValue(context.locale, context.unit, value, assessmentStrings(context.locale).unit[context.unit]);
}

const medal = html`<svg class="medal" viewBox="0 0 24 24" aria-hidden="true"><path d="M8 2h3l1 5 1-5h3l-2 7H10z" /><circle cx="12" cy="15" r="7" /></svg>`;

function rankCell(context: RowContext, entry: RankEntry, index: number): TemplateResult {
  const strings = leaderboardStrings(context.locale);
  const top = entry.rank <= 3;
  const tied = context.list.tied(index);
  return html`<span role="cell" class="rank" part="rank">
    ${top ? medal : nothing}<span class="rank-number">${entry.rank}</span> ${tied ? html`<span class="tie">${strings.tied}</span>` : nothing}
    ${top ? html`<span class="visually-hidden">${strings.top}</span>` : nothing}
  </span>`;
}

function changeCell(context: RowContext, entry: RankEntry): TemplateResult {
  const strings = leaderboardStrings(context.locale);
  const change = rankChange(entry.rank, entry.previousRank);
  const said = { up: strings.up(change.places), down: strings.down(change.places), same: strings.same, new: strings.new }[change.direction];
  const shown = { up: `▲${change.places}`, down: `▼${change.places}`, same: '–', new: strings.newShort }[change.direction];
  return html`<span role="cell" class="change" part="change" data-direction=${change.direction}>
    <span aria-hidden="true">${shown}</span><span class="visually-hidden">${said}</span>
  </span>`;
}

/**
 * One row of the ranking. The same template serves the short list and the virtualized
 * one, so `aria-rowindex` (header row is 1) keeps the position a screen reader announces
 * while only a window of rows exists. Names are text bindings: never parsed as HTML.
 */
export function renderRow(context: RowContext, index: number): TemplateResult {
  const entry = context.list.entryAt(index);
  if (!entry) {
    const loading = leaderboardStrings(context.locale).rankOf(index + 1);
    return html`<div role="row" class="row placeholder" part="row placeholder" aria-rowindex=${index + 2} aria-busy="true">
      <span role="cell" class="skeleton-cell"><span class="visually-hidden">${loading}</span></span>
    </div>`;
  }
  const strings = leaderboardStrings(context.locale);
  const me = context.list.me?.index === index;
  const parts = `row${entry.rank <= 3 ? ' top' : ''}${me ? ' me' : ''}`;
  return html`<div
    role="row"
    class="row"
    part=${parts}
    aria-rowindex=${index + 2}
    aria-current=${me ? 'true' : 'false'}
    data-rank=${entry.rank}
  >
    ${rankCell(context, entry, index)}
    <span role="cell" class="name" part="name">
      <span class="name-text">${entry.name}</span> ${me ? html`<span class="me-tag">${strings.meTag[context.scope]}</span>` : nothing}
      ${entry.branchName !== null && context.scope === 'members' ? html`<span class="branch">${entry.branchName}</span>` : nothing}
    </span>
    <span role="cell" class="value" part="value">${valueText(context, entry.value)}</span>
    ${context.showChange ? changeCell(context, entry) : nothing}
  </div>`;
}
