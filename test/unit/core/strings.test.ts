import { expect } from '@open-wc/testing';
import { localeReady, localized } from '../../../src/i18n/strings.js';

describe('strings tables', () => {
  it('give zh-CN at once and load English only when a widget shows English', async () => {
    let loads = 0;
    const strings = localized({ hello: '你好' }, async () => (loads++, { en: { hello: 'Hello' } }));
    expect(localeReady('zh-CN')).to.equal(undefined);
    expect(strings('zh-CN').hello).to.equal('你好');
    expect(strings('en').hello).to.equal('你好');
    expect(loads).to.equal(0);
    await Promise.all([localeReady('en'), localeReady('en')]);
    expect(strings('en').hello).to.equal('Hello');
    expect(loads).to.equal(1);
    expect(localeReady('en')).to.equal(undefined);
  });

  it('fall back to zh-CN when the English table cannot load (offline, a missing chunk)', async () => {
    const strings = localized({ hello: '你好' }, () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    await localeReady('en');
    expect(strings('en').hello).to.equal('你好');
    expect(localeReady('en')).to.equal(undefined);
  });
});
