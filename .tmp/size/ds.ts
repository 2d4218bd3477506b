export * from '../../test/size/core.js';
import '../../src/define/pb-dues-status.js';
