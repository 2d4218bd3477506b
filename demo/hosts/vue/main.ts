/**
 * A Vue 3 app using the widgets: the compiler treats `pb-*` as custom elements
 * (demo/hosts/vite.config.ts), templates are type-checked by vue-tsc against
 * src/frameworks/vue.ts, generated from custom-elements.json.
 */
import 'party-building-widgets/define/pb-config.js';
import 'party-building-widgets/define/pb-leaderboard.js';
import 'party-building-widgets/define/pb-stat-chart.js';
import type {} from 'party-building-widgets/frameworks/vue';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
