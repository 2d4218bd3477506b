import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { countReporter } from './test/support/count-reporter.mjs';
import { mockApi } from './test/support/mock-api.mjs';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * `executeServerCommand('fail-requests', glob)`: the test's page fails every request
 * matching `glob` as a browser without a network does, e.g. a lazy chunk loaded offline.
 * (Taking the whole page offline would also cut the runner's own connection.)
 */
const failRequests = {
  name: 'fail-requests',
  async executeCommand({ command, payload, session }) {
    if (command !== 'fail-requests') return undefined;
    await session.browser.getPage(session.id).route(payload, (route) => route.abort('internetdisconnected'));
    return true;
  },
};

export default {
  files: ['test/unit/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), failRequests],
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
