/** The dues widgets over the core (the QR encoder is a lazy chunk, not counted). */
export * from './core.js';
import '../../src/define/pb-dues-status.js';
import '../../src/define/pb-dues-summary.js';
