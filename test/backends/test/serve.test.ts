/**
 * test/backends/serve.ts: each style's backend under its real base path, beside the demo's
 * media and a host page whose settings block is the style's site.json (the settings
 * `pb-verify --config` checks).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { startBackend, tokenInitScript, type BackendName } from '../../backends/serve';

const probes: Record<BackendName, { path: string; headers: (token: string) => Record<string, string> }> = {
  ruoyi: { path: '/prod-api/getInfo', headers: (token) => ({ authorization: `Bearer ${token}` }) },
  satoken: { path: '/api/courses', headers: (token) => ({ satoken: token }) },
  jeecg: { path: '/jeecg-boot/sys/user/getUserInfo', headers: (token) => ({ 'x-access-token': token }) },
};

describe('serve.ts', () => {
  for (const name of Object.keys(probes) as BackendName[]) {
    it(`serves the ${name} backend, the demo media and its host page on one origin`, async () => {
      const up = await startBackend(name);
      try {
        const api = await fetch(up.url + probes[name].path, { headers: probes[name].headers(up.tokens.member) });
        assert.equal(api.status, 200);
        assert.match(await api.text(), /李明|"records"/);
        const page = await (await fetch(`${up.url}/`)).text();
        const block = /<script type="application\/json" id="site">([\s\S]*?)<\/script>/.exec(page)?.[1];
        assert.deepEqual(JSON.parse(block ?? 'null'), JSON.parse(readFileSync(`test/backends/${name}/site.json`, 'utf8')));
        assert.match(page, /<pb-course-catalog>/);
        const media = await fetch(`${up.url}/assets/media/lesson-video.zh.vtt`);
        assert.equal(media.headers.get('content-type'), 'text/vtt; charset=utf-8');
        assert.match(tokenInitScript(name, 'abc'), /abc/);
      } finally {
        await up.close();
      }
    });
  }
});
