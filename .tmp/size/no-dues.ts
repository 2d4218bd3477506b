import '/work/main/src/define/pb-config.js';
import '/work/main/src/define/pb-course-catalog.js';
import '/work/main/src/define/pb-course-player.js';
import '/work/main/src/define/pb-questionnaire.js';
import '/work/main/src/define/pb-leaderboard.js';
import '/work/main/src/define/pb-stat-chart.js';
