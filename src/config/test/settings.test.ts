import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkTemplate } from '../../api/operations.js';
import { layerSettings, resolveSettings } from '../settings.js';

describe('settings', () => {
  it('layers element over config over page, skipping undefined', () => {
    const merged = layerSettings([{ apiBase: undefined, locale: 'en' }, { apiBase: '/config', theme: 'dark' }, { apiBase: '/page', locale: 'zh-CN' }]);
    const { apiBase, locale, theme } = merged;
    assert.deepEqual({ apiBase, locale, theme }, { apiBase: '/config', locale: 'en', theme: 'dark' });
  });

  it('resolves defaults: zh-CN, light, include credentials, 15 s, X-CSRF-Token', () => {
    const resolved = resolveSettings({});
    const { locale, theme, credentials, timeoutMs, csrfHeader } = resolved;
    assert.deepEqual({ locale, theme, credentials, timeoutMs, csrfHeader }, { locale: 'zh-CN', theme: 'light', credentials: 'include', timeoutMs: 15_000, csrfHeader: 'X-CSRF-Token' });
    assert.deepEqual(resolved.problems, []);
  });

  it('maps any Chinese or English tag to a shipped locale, and takes the document language last', () => {
    assert.equal(resolveSettings({ locale: 'zh-Hans-CN' }).locale, 'zh-CN');
    assert.equal(resolveSettings({ locale: 'en-US' }).locale, 'en');
    assert.equal(resolveSettings({}, 'en-GB').locale, 'en');
    assert.equal(resolveSettings({}, 'fr').locale, 'zh-CN');
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
    assert.deepEqual(problems.map((p) => p.setting), ['locale', 'theme', 'credentials', 'endpoints.getCourse', 'endpoints.nope', 'envelope', 'timeout', 'backend.me']);
  });

  it('checks endpoint templates against the operation: method, placeholders, braces', () => {
    assert.deepEqual(checkTemplate('getCourse', 'POST /course/{courseId}'), { method: 'POST', path: '/course/{courseId}', placeholders: ['courseId'] });
    assert.equal((checkTemplate('listCourses', '/course/list?pageNum={cursor}&pageSize={limit}') as { method?: string }).method, 'GET');
    assert.ok(String(checkTemplate('getCourse', '/course/{id}')).includes('"{id}" is not a parameter of getCourse'));
    assert.ok(String(checkTemplate('getCourse', '/course/{courseId')).includes('unbalanced'));
    assert.equal(typeof checkTemplate('getCourse', 'GET /a b'), 'string');
  });
});
