import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, NetworkError, ProblemError, ShapeError } from '../../api/errors.js';
import { formatClock, formatCny, formatDuration, formatPercent } from '../format.js';
import { en } from '../en.js';
import { zhCN } from '../zh-CN.js';
import { describeError } from '../../shared/error-text.js';

describe('formatting', () => {
  it('money in 分 as CNY in both locales', () => {
    assert.equal(formatCny('zh-CN', 4800), '¥48.00');
    assert.equal(formatCny('en', 123456), 'CN¥1,234.56');
  });

  it('durations in their two largest units', () => {
    assert.equal(formatDuration('zh-CN', 4800), '1小时 20分钟');
    assert.equal(formatDuration('en', 4800), '1 hr 20 min');
    assert.equal(formatDuration('en', 45), '45 sec');
    assert.equal(formatDuration('en', 3600), '1 hr');
    assert.equal(formatDuration('zh-CN', 0), '0秒');
    assert.equal(formatDuration('zh-CN', 1844), '30分钟 44秒');
  });

  it('percentages and media clocks', () => {
    assert.equal(formatPercent('en', 0.875), '87.5%');
    assert.equal(formatClock(3909), '1:05:09');
    assert.equal(formatClock(69), '1:09');
  });
});

describe('error wording', () => {
  it('says what happened in the member language and keeps the technical line for the webmaster', () => {
    const shape = describeError(en, new ShapeError('GET /api/v1/dues', '$.months[3].amountFen', 'expected number, got "48"'));
    assert.ok(shape.message.includes('unexpected format'));
    assert.ok(shape.detail?.includes('$.months[3].amountFen'));
    assert.ok((describeError(zhCN, new NetworkError('GET /x')).message).includes('网络'));
    assert.equal(describeError(zhCN, new ProblemError({ status: 401, title: 'Unauthorized' })).message, zhCN.signIn);
  });

  it('a passing server failure says "try again"; a final one (an envelope code 500 with its msg) says its own words', () => {
    assert.equal(describeError(zhCN, new ProblemError({ status: 503, title: 'Service Unavailable', detail: 'pool exhausted' })).message, zhCN.server);
    assert.equal(describeError(zhCN, new ProblemError({ status: 500, title: '用户不存在', detail: '用户不存在', transient: false })).message, '用户不存在');
    assert.equal(describeError(zhCN, new ProblemError({ status: 501, title: 'Not Implemented' })).message, zhCN.server);
  });

  it('names the request in the technical line, so a wrong api-base shows where it asked', () => {
    const problem = new ProblemError({ status: 404, title: 'Not Found' });
    problem.endpoint = 'GET /nope/v1/courses';
    assert.equal(describeError(en, problem).detail, '404 Not Found (GET /nope/v1/courses)');
  });

  it('offers no retry for a configuration error, and names the setting', () => {
    const text = describeError(zhCN, new ConfigError('api-base', 'is not set'));
    assert.equal(text.canRetry, false);
    assert.ok(text.message.includes('api-base'));
  });
});
