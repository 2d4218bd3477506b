/**
 * `npm start` on a fresh checkout: the React and Vue host pages are built before the server
 * starts, so /hosts/react/ and /hosts/vue/ work after the README's two commands (they said
 * "未构建" until `npx vite build --config demo/hosts/vite.config.ts` was run by hand).
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium, signIn, watchErrors, type Demo } from './support/demo';
import { widgetsSettled } from './support/hosts';

/** Runs `node scripts/start.mjs` on a free port with its own database; resolves with its address. */
function start(dbDir: string): { child: ChildProcess; output: () => string; url: Promise<string> } {
  let output = '';
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', PB_DB: join(dbDir, 'demo.sqlite'), PB_QUIET: '1', PB_BG_CHECKPOINT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so the test stops the script and the server it started, and nothing else.
    detached: true,
  });
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not listen within 5 minutes:\n${output}`)), 300_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      const port = /^listening (\d+)$/m.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${port}`);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`npm start exited (${code}) before listening:\n${output}`)));
  });
  return { child, output: () => output, url };
}

describe('npm start on a fresh checkout', { timeout: 600_000 }, () => {
  const dbDir = mkdtempSync(join(tmpdir(), 'pb-start-'));
  let started: ReturnType<typeof start>;
  let demo: Demo;
  let browser: Browser;

  before(async () => {
    // As after a clone: no host pages built (the CDN bundle is built by the e2e group).
    rmSync('dist/hosts', { recursive: true, force: true });
    started = start(dbDir);
    demo = { url: await started.url } as Demo;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    if (started?.child.pid && started.child.exitCode === null) {
      const exited = new Promise((resolve) => started.child.once('exit', resolve));
      process.kill(-started.child.pid, 'SIGTERM');
      await exited;
    }
    rmSync(dbDir, { recursive: true, force: true });
  });

  it('builds the React and Vue host pages before serving them', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-member');
    const errors = watchErrors(page);
    for (const framework of ['react', 'vue']) {
      const response = await page.goto(`${demo.url}/hosts/${framework}/`);
      assert.equal(response?.status(), 200, `/hosts/${framework}/`);
      assert.doesNotMatch(await page.title(), /未构建|Not built/);
      await widgetsSettled(page, ['pb-leaderboard']);
      await page.locator('pb-leaderboard [part~="row"] [part~="name"]', { hasText: '支部' }).first().waitFor();
    }
    assert.deepEqual(errors, []);
    assert.match(started.output(), /Building the React and Vue host pages/);
    await context.close();
  });
});
