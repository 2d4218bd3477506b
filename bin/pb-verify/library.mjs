/**
 * The library's own code, which pb-verify runs in Node: the npm build (dist/verify/
 * verify-site.js, one module per source file), or in the repository, where dist/ may be
 * missing or older than the code, the TypeScript sources through tsx, so a test never
 * checks yesterday's build. Both modes check answers with the contract's shapes from it.
 */
import { existsSync } from 'node:fs';

let loaded;

export function library() {
  return (loaded ??= (async () => {
    const source = new URL('../../src/verify/verify-site.ts', import.meta.url);
    if (existsSync(source)) {
      const { register } = await import('tsx/esm/api');
      register();
      return import(source.href);
    }
    return import(new URL('../../dist/verify/verify-site.js', import.meta.url).href);
  })());
}
