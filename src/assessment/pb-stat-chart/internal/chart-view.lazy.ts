/**
 * Everything `<pb-stat-chart>` needs once it has data, loaded on first use together with
 * Chart.js: the checks of the data, the canvas with its summary, our own legend, the
 * table view, and the chart kept in step with the theme, the size and reduced motion.
 */
import { html, nothing, svg, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Plugin } from 'chart.js';
import type { Locale } from '../../../i18n/locale.js';
import { emit } from '../../../shared/emit.js';
import { emptyState } from '../../../shared/states.js';
import { assessmentStrings } from '../../shared/strings/index.js';
import { chartClass, type Chart } from './chart-engine.js';
import { chartConfig, colourOf, dashOf, DASHES, readLook, type Kind } from './chart-config.js';
import { labelText, seriesName, summarize, tableOf } from './chart-data.js';
import type { Stats } from './shapes.js';
import { chartStrings } from '../strings/index.js';

/** Its styles, added to the chart by `lazy()`. */
export { viewStyles as styles } from './chart-view.styles.js';

/** What the view needs of its element. */
export interface ChartHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  view: 'chart' | 'table';
}

/** What the element's backend checks the statistics with, brought by this chunk. */
export { statsAnswer } from './chart-data.js';

/** The empty state in the chart's words. */
export function emptyStats(locale: Locale): TemplateResult {
  const strings = chartStrings(locale);
  return emptyState(locale, strings.empty, strings.emptyHint);
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)');
const darkScheme = () => matchMedia('(prefers-color-scheme: dark)');

export class ChartView implements ReactiveController {
  private chart?: Chart;
  private drawnFor?: unknown;
  private shown?: { stats: Stats; kind: Kind; locale: Locale; look: string };
  private wanted?: { stats: Stats; kind: Kind; locale: Locale };
  private readonly hidden = new Set<number>();
  private readonly resizer = new ResizeObserver(([entry]) => {
    const { width, height } = entry!.contentRect;
    // A hidden box (table view) measures 0: keep the chart's size for when it comes back.
    if (width > 0 && height > 0) this.chart?.resize(Math.floor(width), Math.floor(height));
  });
  private readonly onMedia = () => this.host.requestUpdate();

  /** Tells the page the chart is on screen (first frame after new data). */
  private readonly drawn: Plugin = {
    id: 'pbDrawn',
    // The first drawn frame, animated or not (`afterRender` waits for an animation's end).
    afterDraw: (chart) => {
      if (this.drawnFor === chart.data) return;
      this.drawnFor = chart.data;
      // A chart drawn at once (no animation) draws before it is recorded as shown: its kind is the wanted one.
      emit(this.host, 'pb-stat-chart-draw', { kind: (this.shown ?? this.wanted)!.kind });
    },
  };

  constructor(private readonly host: ChartHost) {
    host.addController(this);
  }

  hostConnected(): void {
    reducedMotion().addEventListener('change', this.onMedia);
    darkScheme().addEventListener('change', this.onMedia);
    // Moved elsewhere in the page (the chart was dropped on leaving): draw it again.
    if (this.wanted) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    reducedMotion().removeEventListener('change', this.onMedia);
    darkScheme().removeEventListener('change', this.onMedia);
    this.destroy();
  }

  /** The figure's content for the data: legend, view switch, canvas and (when asked) the table. */
  render(locale: Locale, stats: Stats, kind: Kind, caption: string): TemplateResult {
    if (this.wanted?.stats !== stats || this.wanted.kind !== kind) this.hidden.clear();
    this.wanted = { stats, kind, locale };
    const strings = chartStrings(locale);
    const table = this.host.view === 'table';
    // The legend works the chart, so the table view goes without it.
    const legend = table ? [] : kind === 'doughnut' ? stats.labels.map((label) => labelText(locale, stats, label)) : stats.series.length > 1 ? stats.series.map((s) => seriesName(locale, stats, s.label)) : [];
    return html`<div class="toolbar">
        ${legend.length
          ? html`<div class="legend" part="legend" role="group" aria-label=${strings.legend}>
              ${legend.map(
                (name, i) => html`<button type="button" class="legend-item" part="legend-item" aria-pressed=${this.hidden.has(i) ? 'false' : 'true'} @click=${() => this.toggle(i)}>
                  <svg class="swatch" data-colour=${colourOf(i)} viewBox="0 0 24 12" aria-hidden="true">
                    ${kind === 'line' ? svg`<line x1="1" y1="6" x2="23" y2="6" stroke-dasharray=${DASHES[dashOf(i)]!.join(' ') || nothing} />` : svg`<rect x="4" y="1" width="16" height="10" rx="2" />`}
                  </svg>
                  <span>${name}</span>
                </button>`,
              )}
            </div>`
          : nothing}
        <button type="button" class="button view-toggle" part="view-toggle" aria-pressed=${table ? 'true' : 'false'} @click=${() => (this.host.view = table ? 'chart' : 'table')}>
          ${strings.viewTable}
        </button>
      </div>
      <div class="canvas-box" part="chart" ?hidden=${table}>
        <canvas role="img" aria-label=${summarize(locale, stats, kind)}></canvas>
      </div>
      ${table ? this.renderTable(locale, stats, caption) : nothing}`;
  }

  private renderTable(locale: Locale, stats: Stats, caption: string): TemplateResult {
    const { head, rows } = tableOf(locale, stats);
    return html`<div class="table-scroll" part="table-scroll" role="region" aria-label=${chartStrings(locale).tableRegion} tabindex="0">
      <table part="table">
        <caption class=${caption ? 'visually-hidden' : ''}>${caption || assessmentStrings(locale).metric[stats.metric]}</caption>
        <thead>
          <tr>
            ${head.map((text) => html`<th scope="col">${text}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map((row) => html`<tr><th scope="row">${row.label}</th>${row.cells.map((cell) => html`<td>${cell}</td>`)}</tr>`)}
        </tbody>
      </table>
    </div>`;
  }

  private toggle(index: number): void {
    if (!this.hidden.delete(index)) this.hidden.add(index);
    const chart = this.chart;
    if (chart) {
      if (this.shown?.kind === 'doughnut') chart.toggleDataVisibility(index);
      else chart.setDatasetVisibility(index, !this.hidden.has(index));
      chart.update();
    }
    this.host.requestUpdate();
  }

  /** After each render: create, update or drop the chart to match what the template shows. */
  hostUpdated(): void {
    const canvas = this.host.renderRoot.querySelector('canvas');
    const wanted = this.wanted;
    if (!canvas || !wanted) return this.destroy();
    if (this.chart && this.chart.canvas !== canvas) this.destroy();
    const lookKey = `${this.host.dataset['theme']} ${darkScheme().matches}`;
    const shown = this.shown;
    if (this.chart && shown && shown.stats === wanted.stats && shown.kind === wanted.kind && shown.locale === wanted.locale && shown.look === lookKey) return;
    const look = readLook(this.host);
    const config = chartConfig(wanted.locale, wanted.stats, wanted.kind, look, this.hidden, !reducedMotion().matches, this.drawn);
    if (this.chart && shown?.kind === wanted.kind && wanted.kind !== 'doughnut') {
      // Same kind: update in place (new data, another theme or language) without a flash.
      // Doughnuts are drawn anew: their hidden slices live inside Chart.js.
      this.chart.data = config.data;
      this.chart.options = config.options!;
      this.chart.update(reducedMotion().matches ? 'none' : undefined);
    } else {
      this.destroy();
      // The canvas takes its box's size before Chart.js reads it, so the first draw is the
      // only one (a resize afterwards would draw thousands of points twice).
      const box = canvas.parentElement!;
      canvas.width = box.clientWidth || 300;
      canvas.height = box.clientHeight || 150;
      this.chart = new (chartClass())(canvas, config);
      if (wanted.kind === 'doughnut') for (const i of this.hidden) this.chart.toggleDataVisibility(i);
      this.resizer.observe(box);
    }
    this.shown = { ...wanted, look: lookKey };
  }

  private destroy(): void {
    this.resizer.disconnect();
    this.chart?.destroy();
    this.chart = undefined;
    this.shown = undefined;
  }
}
