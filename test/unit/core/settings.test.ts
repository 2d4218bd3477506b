import { expect } from '@open-wc/testing';
import { checkTemplate } from '../../../src/api/operations.js';
import { layerSettings, resolveSettings } from '../../../src/config/settings.js';

describe('settings', () => {
  it('layers element over config over page, skipping undefined', () => {
    const merged = layerSettings([{ apiBase: undefined, locale: 'en' }, { apiBase: '/config', theme: 'dark' }, { apiBase: '/page', locale: 'zh-CN' }]);
    expect(merged).to.deep.include({ apiBase: '/config', locale: 'en', theme: 'dark' });
  });

  it('resolves defaults: zh-CN, light, include credentials, 15 s, X-CSRF-Token', () => {
    const resolved = resolveSettings({});
    expect(resolved).to.deep.include({ locale: 'zh-CN', theme: 'light', credentials: 'include', timeoutMs: 15_000, csrfHeader: 'X-CSRF-Token' });
    expect(resolved.problems).to.deep.equal([]);
  });

  it('maps any Chinese or English tag to a shipped locale, and takes the document language last', () => {
    expect(resolveSettings({ locale: 'zh-Hans-CN' }).locale).to.equal('zh-CN');
    expect(resolveSettings({ locale: 'en-US' }).locale).to.equal('en');
    expect(resolveSettings({}, 'en-GB').locale).to.equal('en');
    expect(resolveSettings({}, 'fr').locale).to.equal('zh-CN');
  });

  it('names each wrong setting instead of throwing', () => {
    const { problems } = resolveSettings({
      locale: 'fr',
      theme: 'neon' as never,
      credentials: 'always' as never,
      envelope: 'xml' as never,
      timeoutMs: -1,
      endpoints: { getCourse: '/c/{id}', nope: '/x' } as never,
      backend: { me: 'not a function' } as never,
    });
    expect(problems.map((p) => p.setting)).to.deep.equal(['locale', 'theme', 'credentials', 'endpoints.getCourse', 'endpoints.nope', 'envelope', 'timeout', 'backend.me']);
  });

  it('checks endpoint templates against the operation: method, placeholders, braces', () => {
    expect(checkTemplate('getCourse', 'POST /course/{courseId}')).to.deep.equal({ method: 'POST', path: '/course/{courseId}', placeholders: ['courseId'] });
    expect(checkTemplate('listCourses', '/course/list?pageNum={cursor}&pageSize={limit}')).to.deep.include({ method: 'GET' });
    expect(checkTemplate('getCourse', '/course/{id}')).to.contain('"{id}" is not a parameter of getCourse');
    expect(checkTemplate('getCourse', '/course/{courseId')).to.contain('unbalanced');
    expect(checkTemplate('getCourse', 'GET /a b')).to.be.a('string');
  });
});
