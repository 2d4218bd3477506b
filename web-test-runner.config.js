import { createRequire } from 'node:module';
import { relative, sep } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { countReporter } from './test/support/count-reporter.mjs';
import { mockApi } from './test/support/mock-api.mjs';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const require = createRequire(import.meta.url);

/**
 * `executeServerCommand('fail-requests', glob)`: the test's page fails every request
 * matching `glob` as a browser without a network does, e.g. a lazy chunk loaded offline;
 * `null` lets every request through again. (Taking the whole page offline would also cut
 * the runner's own connection.)
 */
const failRequests = {
  name: 'fail-requests',
  async executeCommand({ command, payload, session }) {
    if (command !== 'fail-requests') return undefined;
    const page = session.browser.getPage(session.id);
    if (payload === null) await page.unrouteAll({ behavior: 'ignoreErrors' });
    else await page.route(payload, (route) => route.abort('internetdisconnected'));
    return true;
  },
};

/**
 * `executeServerCommand('storage-quota', bytes)`: the test page's origin gets only `bytes`
 * of storage (null: the browser's own quota again), so a write past it fails as on a full
 * phone, with the browser's real QuotaExceededError.
 */
const quotaSessions = new Map();
const storageQuota = {
  name: 'storage-quota',
  async executeCommand({ command, payload, session }) {
    if (command !== 'storage-quota') return undefined;
    const page = session.browser.getPage(session.id);
    // The override lasts as long as the DevTools session that set it.
    let cdp = quotaSessions.get(session.id);
    if (!cdp) quotaSessions.set(session.id, (cdp = await page.context().newCDPSession(page)));
    const origin = new URL(page.url()).origin;
    await cdp.send('Storage.overrideQuotaForOrigin', payload === null ? { origin } : { origin, quotaSize: payload });
    return true;
  },
};

/**
 * Vite's `?url&no-inline` imports (the PDF.js worker file): the module gives the file's
 * URL, as Vite's does, so the tests run the same source as the bundle.
 */
const assetUrls = {
  name: 'asset-urls',
  resolveImport({ source }) {
    const [file, query] = source.split('?');
    if (query !== 'url&no-inline' || file.startsWith('.')) return undefined;
    return `/${relative(process.cwd(), require.resolve(file)).split(sep).join('/')}?asset-url`;
  },
  serve(context) {
    if (context.URL.searchParams.has('asset-url')) return { body: `export default ${JSON.stringify(context.path)};`, type: 'js' };
    return undefined;
  },
};

export default {
  // Element tests beside their element; test/browser/ keeps the suites over every element (a11y-all, xss).
  files: ['src/**/test/**/*.browser.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  plugins: [assetUrls, esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), failRequests, storageQuota],
  middleware: [mockApi()],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: chromium,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 10_000 } },
  testsFinishTimeout: 180_000,
  // A busy CI machine can take longer than the 30 s default to open a page.
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  reporters: [defaultReporter(), countReporter('test-results/browser.json')],
};
