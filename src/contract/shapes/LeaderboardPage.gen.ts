// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { orNull } from '../builders/or-null.js';
import { LeaderboardEntry } from './LeaderboardEntry.gen.js';
import { Metric } from './Metric.gen.js';
import { Period } from './Period.gen.js';
import { Timestamp } from './Timestamp.gen.js';

/** The shape of `LeaderboardPage` in openapi.yaml. */
export const LeaderboardPage = { metric: Metric, scope: 'branches|members', period: Period, unit: 'points|hours|clock-hours|percent', generatedAt: Timestamp, total: 'int', items: [LeaderboardEntry], nextCursor: 'string?', me: /*#__PURE__*/ orNull({ entry: LeaderboardEntry, index: 'int' }) } as const;
/** What `getLeaderboard` answers. */
export { LeaderboardPage as getLeaderboard };
