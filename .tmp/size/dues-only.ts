import '/work/main/src/define/pb-config.js';
import '/work/main/src/define/pb-dues-status.js';
import '/work/main/src/define/pb-dues-summary.js';
