/** The dues widgets over the core (the pay flow, the arrears notice and the QR encoder are lazy chunks, not counted). */
export * from './core.js';
import '../../src/define/pb-dues-status.js';
import '../../src/define/pb-dues-summary.js';
