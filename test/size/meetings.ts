/** <pb-meetings> over the core (the secretary's view and the QR encoder are lazy chunks, not counted). */
export * from './core.js';
import '../../src/define/pb-meetings.js';
