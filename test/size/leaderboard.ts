export * from './core.js';
import '../../src/define/pb-leaderboard.js';
