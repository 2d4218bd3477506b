import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { expectAnswers } from '../../api/answers.js';
import { ConfigError } from '../../api/errors.js';
import { lazy } from '../../shared/lazy.js';
import { PbElement } from '../../shared/pb-element.js';
import { Resource } from '../../shared/resource.js';
import { errorState, stateStyles } from '../../shared/states.js';
import { metrics, oneOf } from '../shared/metrics.js';
import type { ChartView } from './internal/chart-view.lazy.js';
import { styles } from './pb-stat-chart.styles.js';
import { isEmptyStats, type Stats } from './internal/shapes.js';

type ViewModule = typeof import('./internal/chart-view.lazy.js');
/** Chart.js and the chart's view, fetched when the first chart on the page needs them. */
const chartView = lazy(() => import('./internal/chart-view.lazy.js'));

const kinds = ['line', 'bar', 'doughnut'] as const;

/** What `pb-stat-chart-draw` says: the kind of chart now on screen. */
export interface StatChartDrawDetail {
  /** `line`, `bar` or `doughnut`. */
  kind: string;
}

function month(attribute: string, value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return value;
  throw new ConfigError(attribute, `"${value}" is not a month: use YYYY-MM, e.g. 2026-01`);
}

/**
 * `<pb-stat-chart>`: a metric by month (a trend) or by branch (a comparison), drawn with
 * Chart.js, which is loaded only when the first chart appears. The canvas carries a
 * generated summary for screen readers, "view as table" shows the same numbers as a real
 * table, and the legend is made of buttons that show and hide series by keyboard too.
 *
 * @tagname pb-stat-chart
 * @summary Study, participation and dues statistics as a line, bar or doughnut chart.
 *
 * @fires {StatChartDrawDetail} pb-stat-chart-draw - The chart is on screen (first frame after new data).
 *
 * @csspart base - The figure around everything.
 * @csspart title - The caption from the `title` attribute.
 * @csspart legend - The legend (more than one series, or a doughnut).
 * @csspart legend-item - A legend button; `aria-pressed` says whether its series shows.
 * @csspart view-toggle - The "view as table" button.
 * @csspart chart - The box holding the canvas.
 * @csspart table-scroll - The scrolling box of the table view.
 * @csspart table - The table view.
 *
 * @cssprop --pb-stat-chart-height - Height of the chart (default 18em).
 * @cssprop --pb-stat-chart-table-height - Largest height of the table before it scrolls (default 24em).
 * @cssprop --pb-stat-chart-color-1 - First series (default the primary text colour, the red that keeps 3:1 in the dark theme).
 * @cssprop --pb-stat-chart-color-2 - Second series (default the accent colour).
 * @cssprop --pb-stat-chart-color-3 - Third series.
 * @cssprop --pb-stat-chart-color-4 - Fourth series.
 * @cssprop --pb-stat-chart-color-5 - Fifth series.
 * @cssprop --pb-stat-chart-color-6 - Sixth series; later series reuse the colours with other line patterns.
 */
export class PbStatChart extends PbElement {
  static override styles = [...PbElement.styles, stateStyles, styles];

  /** What to show: `points`, `study-hours`, `completion-rate`, `participation-rate` or `dues-rate`. */
  @property() metric = 'points';

  /** `line`, `bar` or `doughnut`; by default a line for months and bars for branches. */
  @property() kind = '';

  /** `month` (a trend over time) or `branch` (one value per branch). */
  @property({ attribute: 'group-by' }) groupBy = 'month';

  /** First month, `YYYY-MM` (default: eleven months before `to`). */
  @property() from = '';

  /** Last month, `YYYY-MM` (default: the current month). */
  @property() to = '';

  /** Only this branch (with `group-by="month"`). */
  @property({ attribute: 'branch-id' }) branchId = '';

  /** The chart's caption. */
  @property() override title = '';

  /** `chart` or `table`: the member's "view as table" switch, reflected so a page can start with the table. */
  @property({ reflect: true }) view: 'chart' | 'table' = 'chart';

  private chartView?: ChartView;
  private viewModule?: ViewModule;

  private readonly stats = new Resource(this, {
    args: () => [this.metric, this.groupBy, this.from, this.to, this.branchId] as const,
    isEmpty: isEmptyStats,
    loadingRows: 6,
    load: async (backend, [metric, groupBy, from, to, branchId], signal) => {
      const query = { groupBy: oneOf('group-by', groupBy, ['month', 'branch'] as const), from: month('from', from), to: month('to', to), branchId: branchId || undefined };
      const chunk = chartView(this);
      // The answer's check comes with the view's chunk: the answer waits for it.
      expectAnswers({ getStats: chunk.then((view) => view.statsAnswer, () => undefined) });
      const [stats, view] = await Promise.all([backend.getStats(oneOf('metric', metric, metrics), query, { signal }), chunk]);
      this.useView(view);
      return stats;
    },
  });

  /** The view controller, once per element, when its module has arrived (with its styles). */
  private useView(view: ViewModule): void {
    if (this.chartView) return;
    this.viewModule = view;
    this.chartView = new view.ChartView(this);
  }

  protected override render() {
    const locale = this.settings.locale;
    // An empty title on the figure keeps the host's `title` from showing as a browser tooltip over the chart.
    return html`<figure part="base" class="base" lang=${locale} title="">
      ${this.title ? html`<figcaption part="title" class="title">${this.title}</figcaption>` : nothing}
      ${this.stats.render({ complete: (stats) => this.renderStats(stats), empty: () => this.viewModule?.emptyStats(locale) })}
    </figure>`;
  }

  private renderStats(stats: Stats): TemplateResult {
    const locale = this.settings.locale;
    const kind = this.kind || (stats.groupBy === 'month' ? 'line' : 'bar');
    if (!(kinds as readonly string[]).includes(kind)) {
      const problem = new ConfigError('kind', `"${kind}" is not a chart kind: use ${kinds.join(', ')}`);
      this.reportProblem(problem);
      return errorState(locale, problem);
    }
    return this.chartView!.render(locale, stats, kind as (typeof kinds)[number], this.title);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pb-stat-chart-draw': CustomEvent<StatChartDrawDetail>;
  }
}
