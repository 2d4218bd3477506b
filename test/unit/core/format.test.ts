import { expect } from '@open-wc/testing';
import { ConfigError, NetworkError, ProblemError, ShapeError } from '../../../src/api/errors.js';
import { formatClock, formatCny, formatDuration, formatPercent } from '../../../src/i18n/format.js';
import { en } from '../../../src/i18n/en.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import { describeError } from '../../../src/shared/error-text.js';

describe('formatting', () => {
  it('money in 分 as CNY in both locales', () => {
    expect(formatCny('zh-CN', 4800)).to.equal('¥48.00');
    expect(formatCny('en', 123456)).to.equal('CN¥1,234.56');
  });

  it('durations in their two largest units', () => {
    expect(formatDuration('zh-CN', 4800)).to.equal('1小时 20分钟');
    expect(formatDuration('en', 4800)).to.equal('1 hr 20 min');
    expect(formatDuration('en', 45)).to.equal('45 sec');
    expect(formatDuration('en', 3600)).to.equal('1 hr');
    expect(formatDuration('zh-CN', 0)).to.equal('0秒');
    expect(formatDuration('zh-CN', 1844)).to.equal('30分钟 44秒');
  });

  it('percentages and media clocks', () => {
    expect(formatPercent('en', 0.875)).to.equal('87.5%');
    expect(formatClock(3909)).to.equal('1:05:09');
    expect(formatClock(69)).to.equal('1:09');
  });
});

describe('error wording', () => {
  it('says what happened in the member language and keeps the technical line for the webmaster', () => {
    const shape = describeError(en, new ShapeError('GET /api/v1/dues', '$.months[3].amountFen', 'expected number, got "48"'));
    expect(shape.message).to.contain('unexpected format');
    expect(shape.detail).to.contain('$.months[3].amountFen');
    expect(describeError(zhCN, new NetworkError('GET /x')).message).to.contain('网络');
    expect(describeError(zhCN, new ProblemError({ status: 401, title: 'Unauthorized' })).message).to.equal(zhCN.signIn);
  });

  it('a passing server failure says "try again"; a final one (an envelope code 500 with its msg) says its own words', () => {
    expect(describeError(zhCN, new ProblemError({ status: 503, title: 'Service Unavailable', detail: 'pool exhausted' })).message).to.equal(zhCN.server);
    expect(describeError(zhCN, new ProblemError({ status: 500, title: '用户不存在', detail: '用户不存在', transient: false })).message).to.equal('用户不存在');
    expect(describeError(zhCN, new ProblemError({ status: 501, title: 'Not Implemented' })).message).to.equal(zhCN.server);
  });

  it('names the request in the technical line, so a wrong api-base shows where it asked', () => {
    const problem = new ProblemError({ status: 404, title: 'Not Found' });
    problem.endpoint = 'GET /nope/v1/courses';
    expect(describeError(en, problem).detail).to.equal('404 Not Found (GET /nope/v1/courses)');
  });

  it('offers no retry for a configuration error, and names the setting', () => {
    const text = describeError(zhCN, new ConfigError('api-base', 'is not set'));
    expect(text.canRetry).to.equal(false);
    expect(text.message).to.contain('api-base');
  });
});
