/** The whole library as the CDN bundle registers it, without its lazy chunks. */
import '../../src/cdn.js';
