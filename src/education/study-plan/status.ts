/** A plan status as an icon and a word: each status has its own shape, so it reads without colour. */
import { html, type TemplateResult } from 'lit';
import type { PlanStatus } from '../../api/types.js';
import type { Locale } from '../../i18n/locale.js';
import { planWords } from './strings/index.js';

/** Most urgent first: the order counts and legends are shown in. */
export const planStatuses = ['overdue', 'due-soon', 'on-track', 'done'] as const satisfies readonly PlanStatus[];

const ring = 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0';
const paths: Record<PlanStatus, string> = {
  overdue: 'M12 3 2 21h20zM12 10v5M12 18v.5',
  'due-soon': `${ring}M12 7v5l3 2`,
  'on-track': `${ring}M8 12h8M13 9l3 3-3 3`,
  done: `${ring}M7.5 12.5l3 3 6-6.5`,
};

/** The status's icon; decorative, as its word always goes with it. */
export const statusIcon = (status: PlanStatus): TemplateResult => html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${paths[status]} /></svg>`;

/** `⚠ 已逾期`: the icon and the word, coloured by `plan.styles.ts`. */
export function statusBadge(locale: Locale, status: PlanStatus): TemplateResult {
  return html`<span class="badge" data-status=${status}>${statusIcon(status)}<span>${planWords(locale).status[status]}</span></span>`;
}
