import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localeReady, localized } from '../strings.js';

describe('strings tables', () => {
  it('give zh-CN at once and load English only when a widget shows English', async () => {
    let loads = 0;
    const strings = localized({ hello: '你好' }, async () => (loads++, { en: { hello: 'Hello' } }));
    assert.equal(localeReady('zh-CN'), undefined);
    assert.equal(strings('zh-CN').hello, '你好');
    assert.equal(strings('en').hello, '你好');
    assert.equal(loads, 0);
    await Promise.all([localeReady('en'), localeReady('en')]);
    assert.equal(strings('en').hello, 'Hello');
    assert.equal(loads, 1);
    assert.equal(localeReady('en'), undefined);
  });

  it('fall back to zh-CN when the English table cannot load (offline, a missing chunk)', async () => {
    const strings = localized({ hello: '你好' }, () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    await localeReady('en');
    assert.equal(strings('en').hello, '你好');
    assert.equal(localeReady('en'), undefined);
  });
});
