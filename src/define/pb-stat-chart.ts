import { PbStatChart } from '../assessment/pb-stat-chart/pb-stat-chart.js';
import { defineElement } from '../shared/define.js';

defineElement('pb-stat-chart', PbStatChart);

declare global {
  interface HTMLElementTagNameMap {
    'pb-stat-chart': PbStatChart;
  }
}
