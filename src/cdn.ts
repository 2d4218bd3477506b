/**
 * The CDN bundle's entry (`party-building-widgets.js`): registers every tag, and gives the
 * page's own scripts what they use beside the elements: `configure()` for page-wide
 * defaults, the presets a site's settings can start from, and the error classes a page's
 * `backend` or `envelope` throws.
 *
 * @example
 * <script type="module">
 *   import { configure } from '/lib/party-building-widgets.js';
 *   configure({ apiBase: '/api/v1' });
 * </script>
 */
import './define/all.js';

export { VERSION } from './version.js';
export { configure } from './config/configure.js';
export { PbError, ProblemError, NetworkError, TimeoutError, ShapeError, ConfigError, NotOfferedError } from './api/errors.js';
export { presets } from './api/site/presets.js';
