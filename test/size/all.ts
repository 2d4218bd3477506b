/** The whole library as the CDN bundle registers it (with what it exports), without its lazy chunks. */
import '../../src/define/all.js';

export * from '../../src/cdn.js';
