export * from './core.js';
import '../../src/define/pb-stat-chart.js';
