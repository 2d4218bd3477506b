import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { consoleErrors } from '../support/console.js';
import '../../../src/define/pb-config.js';
import '../../../src/define/pb-dues-status.js';
import type { PbDuesStatus } from '../../../src/dues/pb-dues-status/pb-dues-status.js';
import { mockServer } from '../support/mock.js';
import { addMonths, duesYear, thisMonth, thisYear } from '../../../stories/dues/dues-data.js';
import { pageErrors, part, parts, styleAttributes, text, untilPart, untilText } from './support/helpers.js';

const me = { body: { id: 'm0001', name: '李明', branchId: 'b01', branchName: '第一党支部', roles: ['member'], category: 'in-service', migrant: false } };

async function statusWith(body: unknown, attrs: { locale?: string; theme?: string } = {}) {
  const server = await mockServer({ 'GET /me': [me], 'GET /dues': [{ body }] });
  const element = await fixture<PbDuesStatus>(
    html`<pb-dues-status api-base=${server.base} locale=${attrs.locale ?? 'zh-CN'} theme=${attrs.theme ?? 'light'}></pb-dues-status>`,
  );
  await untilPart(element, 'months');
  return { element, server };
}

describe('<pb-dues-status>: what a member sees', function () {
  // Axe over a whole widget takes seconds on a busy shared machine.
  this.timeout(20_000);
  let watch: ReturnType<typeof pageErrors>;
  beforeEach(() => (watch = pageErrors()));
  afterEach(() => {
    watch.stop();
    expect(watch.errors, 'errors escaped into the page').to.deep.equal([]);
  });

  it('shows 48.00 元 a month with its basis, paid and owed this year', async () => {
    const data = duesYear(2);
    const { element } = await statusWith(data);
    const summary = [...part(element, 'summary')!.querySelectorAll('dt, dd')].map((e) => text(e)).join(' | ');
    expect(summary).to.contain('每月应交 | ¥48.00');
    expect(summary).to.contain('在职党员，月基数 4,800.00 元 × 1%');
    expect(summary).to.contain(`本年已交 | ¥${(data.paidFen / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`);
    expect(summary).to.contain(`欠缴 | ¥${(data.owedFen / 100).toFixed(2)}`);
    await expect(element).shadowDom.to.be.accessible();
    expect(styleAttributes(element)).to.deep.equal([]);
  });

  it('tells every month status apart by icon and word, with its amount and date', async () => {
    const statuses = { [`${thisYear}-01`]: 'paid', [`${thisYear}-02`]: 'paid-late', [`${thisYear}-03`]: 'exempt' } as const;
    const data = duesYear(0, {}, { ...statuses, [thisMonth]: 'unpaid' });
    // Make sure there is a later month, not due, whatever month the tests run in.
    data.months[11] = { ...data.months[11]!, status: thisMonth === `${thisYear}-12` ? 'unpaid' : 'not-due', paidAt: null };
    data.paidFen = data.months.filter((m) => m.status.startsWith('paid')).length * 4800;
    data.owedFen = data.months.filter((m) => m.status === 'unpaid').length * 4800;
    const { element } = await statusWith(data);
    const cells = parts(element, 'month');
    expect(cells).to.have.length(12);
    const words = { paid: '已交', 'paid-late': '补交', unpaid: '未交', exempt: '免交', 'not-due': '未到期' };
    for (const cell of cells) {
      const status = cell.dataset['status'] as keyof typeof words;
      expect(cell.querySelector('.month-status')!.textContent).to.contain(words[status]);
      expect(cell.querySelector('svg.icon'), `${status} has an icon`).to.exist;
    }
    expect(text(cells[0]!)).to.match(/1月 .*已交 ¥48\.00 1月10日交/);
    expect(text(cells[1]!)).to.contain('补交');
    expect(text(cells[2]!)).to.equal('3月 免交');
    // Each status draws a different icon.
    const icons = new Set(['paid', 'paid-late', 'unpaid', 'exempt'].map((s) => element.shadowRoot!.querySelector(`[data-status="${s}"] svg`)!.innerHTML));
    expect(icons.size).to.equal(4);
  });

  it('reads in English too', async () => {
    const { element } = await statusWith(duesYear(3), { locale: 'en' });
    expect(text(part(element, 'summary')!)).to.contain('Monthly duesCN¥48.00');
    expect(text(part(element, 'summary')!)).to.contain('In service, monthly base CN¥4,800.00 × 1%');
    expect(text(element)).to.contain('Unpaid');
    expect(text(part(element, 'notice')!)).to.contain('You have not paid party dues for 3 months in a row');
    await expect(element).shadowDom.to.be.accessible();
  });

  it('says nothing extra for one or two months behind', async () => {
    const { element } = await statusWith(duesYear(2));
    expect(part(element, 'notice')).to.equal(null);
  });

  it('gives a notice from three consecutive months, with whom to contact', async () => {
    const { element } = await statusWith(duesYear(3));
    const notice = part(element, 'notice')!;
    expect(notice.dataset['tone']).to.equal('notice');
    expect(text(notice)).to.contain('您已连续 3 个月未交纳党费');
    expect(text(notice)).to.contain('请尽快补交');
    expect(text(notice)).to.contain('联系人：王红梅');
    expect(notice.querySelector('a')!.getAttribute('href')).to.equal('tel:0571-88886666'.replace('-', ''));
    expect(text(notice)).not.to.contain('脱党');
  });

  it('gives a serious, respectful warning from six months, citing the Party Constitution', async () => {
    const { element } = await statusWith(duesYear(7));
    const notice = part(element, 'notice')!;
    expect(notice.dataset['tone']).to.equal('serious');
    expect(text(notice)).to.contain('您已连续 7 个月未交纳党费');
    expect(text(notice)).to.contain('《中国共产党章程》第九条');
    expect(text(notice)).to.contain('连续六个月不交纳党费，就被认为是自行脱党');
    expect(text(notice)).to.contain('王红梅');
    await expect(element).shadowDom.to.be.accessible();
  });

  it('points to last year when the unpaid run began there, and switches to it', async () => {
    const data = duesYear(14);
    const { element, server } = await statusWith(data);
    const since = addMonths(thisMonth, -14);
    expect(text(part(element, 'notice')!)).to.contain(`欠缴从 ${since.slice(0, 4)} 年开始`);
    part(element, 'notice')!.querySelector<HTMLButtonElement>('button')!.click();
    await waitUntil(async () => (await server.log()).some((r) => r.path === '/dues' && r.query === `year=${since.slice(0, 4)}`), 'the earlier year was never asked for');
    expect(element.year).to.equal(Number(since.slice(0, 4)));
    expect(element.getAttribute('year')).to.equal(since.slice(0, 4));
  });

  it('switches years with the keyboard; no year after the current one', async () => {
    const { element, server } = await statusWith(duesYear(0));
    const [previous, next] = [...part(element, 'year')!.querySelectorAll('button')];
    expect(next!.disabled).to.equal(true);
    expect(previous!.getAttribute('aria-label')).to.equal(`上一年（${thisYear - 1} 年）`);
    previous!.focus();
    previous!.click();
    await waitUntil(async () => (await server.log()).some((r) => r.query === `year=${thisYear - 1}`));
    await untilText(part(element, 'year')!, `${thisYear - 1} 年`);
  });

  it('a year attribute asks for that year', async () => {
    const server = await mockServer({ 'GET /me': [me], 'GET /dues': [{ body: duesYear(0) }] });
    await fixture(html`<pb-dues-status api-base=${server.base} year="2025"></pb-dues-status>`);
    await waitUntil(async () => (await server.log()).some((r) => r.path === '/dues'));
    expect((await server.log()).find((r) => r.path === '/dues')!.query).to.equal('year=2025');
  });

  it('a year attribute that is not a year is reported once, and this year shows instead of "NaN 年"', async () => {
    const logged = await consoleErrors(async () => {
      const server = await mockServer({ 'GET /me': [me], 'GET /dues': [{ body: duesYear(0) }] });
      const element = await fixture<PbDuesStatus>(html`<pb-dues-status api-base=${server.base} year="abc"></pb-dues-status>`);
      await untilPart(element, 'months');
      expect((await server.log()).find((r) => r.path === '/dues')!.query).to.equal('');
      expect(text(part(element, 'year')!)).to.contain(`${thisYear} 年`);
      expect(text(element)).not.to.contain('NaN');
    });
    expect(logged.filter((line) => line.includes('"abc" is not a year'))).to.have.length(1);
  });

  it('shows loading, then the year', async () => {
    const server = await mockServer({ 'GET /me': [me], 'GET /dues': [{ body: duesYear(0), delayMs: 300 }] });
    const element = await fixture<PbDuesStatus>(html`<pb-dues-status api-base=${server.base}></pb-dues-status>`);
    expect(part(element, 'loading')).to.exist;
    expect(text(part(element, 'loading')!)).to.contain('正在加载');
    await untilPart(element, 'months');
  });

  it('shows the empty state for a year with nothing due', async () => {
    const data = duesYear(0);
    data.months = data.months.map((m) => ({ ...m, status: 'not-due', amountFen: 0, paidAt: null }));
    data.paidFen = data.owedFen = 0;
    const server = await mockServer({ 'GET /me': [me], 'GET /dues': [{ body: data }] });
    const element = await fixture<PbDuesStatus>(html`<pb-dues-status api-base=${server.base}></pb-dues-status>`);
    await untilPart(element, 'empty');
    expect(text(part(element, 'empty')!)).to.contain('本年度没有需要交纳党费的月份');
    expect(part(element, 'year')).to.exist;
  });

  it('shows an error with a retry that loads again', async () => {
    const server = await mockServer({
      'GET /me': [me],
      'GET /dues': [{ status: 404, body: { type: 'about:blank', title: 'Not Found', status: 404 } }, { body: duesYear(0) }],
    });
    const element = await fixture<PbDuesStatus>(html`<pb-dues-status api-base=${server.base}></pb-dues-status>`);
    await untilPart(element, 'error');
    await expect(element).shadowDom.to.be.accessible();
    part<HTMLButtonElement>(element, 'retry')!.click();
    await untilPart(element, 'months');
  });

  it('names a month that appears twice instead of showing wrong numbers', async () => {
    const data = duesYear(0);
    data.months[5] = { ...data.months[4]! };
    const server = await mockServer({ 'GET /me': [me], 'GET /dues': [{ body: data }] });
    const element = await fixture<PbDuesStatus>(html`<pb-dues-status api-base=${server.base}></pb-dues-status>`);
    await untilPart(element, 'error');
    expect(part(element, 'months')).to.equal(null);
    expect(text(part(element, 'error')!)).to.contain('服务器返回的数据格式不正确');
    expect(text(part(element, 'error')!)).to.contain(`$.months[5].month: ${thisYear}-05 appears twice`);
  });

  it('names an unknown status, a negative amount and totals that do not add up', async () => {
    const unknown = duesYear(0);
    (unknown.months[0] as { status: string }).status = 'overdue';
    const negative = duesYear(0);
    negative.months[1] = { ...negative.months[1]!, amountFen: -4800 };
    const totals = { ...duesYear(2), owedFen: 100 };
    for (const [body, wanted] of [
      [unknown, '$.months[0].status'],
      [negative, '$.months[1].amountFen: -4800 is not a whole number ≥ 0'],
      [totals, '$.owedFen: 100 does not match the sum of the unpaid months'],
    ] as const) {
      const server = await mockServer({ 'GET /me': [me], 'GET /dues': [{ body }] });
      const element = await fixture<PbDuesStatus>(html`<pb-dues-status api-base=${server.base} locale="en"></pb-dues-status>`);
      await untilPart(element, 'error');
      expect(text(part(element, 'error')!)).to.contain(wanted);
    }
  });

  it('shows hostile text from the backend as text', async () => {
    const data = duesYear(3, { contact: { name: '<img src=x onerror="window.hacked=1">', phone: 'javascript:alert(1)' } });
    const { element } = await statusWith(data);
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(part(element, 'notice')!)).to.contain('<img src=x');
    expect(part(element, 'notice')!.querySelector('a')!.getAttribute('href')).to.equal('tel:1');
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('reports a wrong pay-target once, naming the attribute', async () => {
    const logged = await consoleErrors(async () => {
      const server = await mockServer({ 'GET /me': [me], 'GET /dues': [{ body: duesYear(0) }] });
      const element = await fixture<PbDuesStatus>(html`<pb-dues-status api-base=${server.base} pay-target="popup"></pb-dues-status>`);
      await untilPart(element, 'months');
      element.requestUpdate();
      await element.updateComplete;
    });
    expect(logged.filter((line) => line.includes('pay-target'))).to.have.length(1);
  });

  it('works in the dark and large-text themes', async () => {
    for (const theme of ['dark', 'large-text']) {
      const { element } = await statusWith(duesYear(7), { theme });
      expect(element.dataset['theme']).to.equal(theme);
      await expect(element).shadowDom.to.be.accessible();
    }
  });
});
