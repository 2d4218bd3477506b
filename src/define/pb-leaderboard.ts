import { PbLeaderboard } from '../assessment/pb-leaderboard/pb-leaderboard.js';
import { defineElement } from '../shared/define.js';

defineElement('pb-leaderboard', PbLeaderboard);

declare global {
  interface HTMLElementTagNameMap {
    'pb-leaderboard': PbLeaderboard;
  }
}
