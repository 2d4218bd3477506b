/** Registers every `pb-*` tag of the library (the CDN bundle's entry). */
import './pb-config.js';
import './pb-course-catalog.js';
import './pb-course-player.js';
import './pb-course-requests.js';
import './pb-dues-status.js';
import './pb-dues-summary.js';
import './pb-study-summary.js';
import './pb-questionnaire.js';
import './pb-questionnaire-results.js';
import './pb-leaderboard.js';
import './pb-stat-chart.js';
import './pb-my-tasks.js';
import './pb-meetings.js';
