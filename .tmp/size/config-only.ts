import '/work/main/src/define/pb-config.js';
