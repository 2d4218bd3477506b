import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../../../test/browser/support/wait.js';
import { consoleErrors } from '../../../../test/browser/support/console.js';
import '../../../define/pb-config.js';
import '../../../define/pb-dues-status.js';
import type { PbDuesStatus } from '../pb-dues-status.js';
import { mockServer } from '../../../../test/browser/support/mock.js';
import { monthsOfYear } from '../../shared/months.js';
import { addMonths, duesYear, thisMonth, thisYear } from '../../../../fixtures/dues.js';
import { failOnPageErrors, part, parts, styleAttributes, text, untilPart, untilText } from '../../../../test/browser/support/parts.js';

/** `2026年10月`, as the notice names a month. */
const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5))}月`;

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
  failOnPageErrors();

  it('shows 48.00 元 a month with its basis, paid this year, overdue, and due this month apart', async () => {
    const data = duesYear(2);
    const { element } = await statusWith(data);
    const summary = [...part(element, 'summary')!.querySelectorAll('dt, dd')].map((e) => text(e)).join(' | ');
    expect(summary).to.contain('每月应交 | ¥48.00');
    expect(summary).to.contain('在职党员，月基数 4,800.00 元 × 1%');
    expect(summary).to.contain(`本年已交 | ¥${(data.paidFen / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`);
    await expect(element).shadowDom.to.be.accessible();
    expect(styleAttributes(element)).to.deep.equal([]);
  });

  it('on 7 December with October and November unpaid: ¥96 overdue over 2 months, December due, not arrears', async () => {
    // The months before this one overdue, this month due: whatever month the tests run in.
    const { element } = await statusWith(duesYear(2));
    const summary = [...part(element, 'summary')!.querySelectorAll('dt, dd')].map((e) => text(e)).join(' | ');
    const thisMonthName = `${Number(thisMonth.slice(5))}月`;
    expect(summary).to.contain('逾期未交 | ¥96.00 |');
    expect(summary).to.contain(`本月应交 | ¥48.00${thisMonthName}底前交纳`);
    expect(summary).not.to.contain('¥144.00');
    const current = parts(element, 'month').find((m) => text(m.querySelector('.month-name')!) === thisMonthName)!;
    expect(current.dataset['status']).to.equal('due');
    expect(text(current.querySelector('.month-status')!)).to.equal('应交');
    // The notice says the same months and amount the figures do.
    expect(text(part(element, 'notice')!)).to.contain(`您有 2 个月的党费逾期未交（自${monthLabel(addMonths(thisMonth, -2))}起），共 ¥96.00`);
  });

  it('tells every month status apart by icon and word, with its amount and date', async () => {
    const order = ['before-start', 'paid', 'paid-late', 'exempt', 'unpaid', 'due', 'not-due'] as const;
    const statuses = Object.fromEntries(monthsOfYear(thisYear).map((m, i) => [m, order[Math.min(i, order.length - 1)]!]));
    const { element } = await statusWith(duesYear(0, {}, statuses));
    const cells = parts(element, 'month');
    expect(cells).to.have.length(12);
    // A cell is a third of a phone's width: 逾期 and 应交 there; the figures and the secretary's counts say 逾期未交 and 本月应交.
    const words = { paid: '已交', 'paid-late': '补交', unpaid: '逾期', due: '应交', exempt: '免交', 'not-due': '未到期', 'before-start': '入党前' };
    for (const cell of cells) {
      const status = cell.dataset['status'] as keyof typeof words;
      expect(text(cell.querySelector('.month-status')!)).to.equal(words[status]);
      expect(cell.querySelector('svg.icon'), `${status} has an icon`).to.exist;
    }
    expect(text(cells[1]!)).to.match(/2月 .*已交 ¥48\.00 2月10日交/);
    expect(text(cells[2]!)).to.contain('补交');
    expect(text(cells[3]!)).to.equal('4月 免交');
    expect(text(cells[4]!)).to.equal('5月 逾期 ¥48.00');
    expect(text(cells[5]!)).to.equal('6月 应交 ¥48.00');
    // Each status draws a different icon.
    const icons = new Set(order.map((s) => element.shadowRoot!.querySelector(`[data-status="${s}"] svg`)!.innerHTML));
    expect(icons.size).to.equal(order.length);
  });

  it('months before the member joined read 入党前 / Before joining, with no amount, never 未到期', async () => {
    const statuses = Object.fromEntries(monthsOfYear(thisYear).slice(0, 3).map((m) => [m, 'before-start' as const]));
    for (const [locale, word, notDue] of [
      ['zh-CN', '入党前', '未到期'],
      ['en', 'Before joining', 'Not yet due'],
    ] as const) {
      const { element } = await statusWith(duesYear(0, {}, statuses), { locale });
      const before = parts(element, 'month').slice(0, 3);
      for (const cell of before) {
        expect(cell.dataset['status']).to.equal('before-start');
        expect(text(cell.querySelector('.month-status')!)).to.equal(word);
        expect(text(cell)).not.to.contain(notDue);
        expect(text(cell)).not.to.match(/¥/);
        expect(cell.querySelector('input'), 'not payable').to.equal(null);
      }
      await expect(element).shadowDom.to.be.accessible();
    }
  });

  it('reads in English too', async () => {
    const { element } = await statusWith(duesYear(3), { locale: 'en' });
    expect(text(part(element, 'summary')!)).to.contain('Monthly duesCN¥48.00');
    expect(text(part(element, 'summary')!)).to.contain('In service, monthly base CN¥4,800.00 × 1%');
    expect(text(element)).to.contain('Overdue');
    expect(text(part(element, 'summary')!)).to.contain('Due this month');
    expect(text(part(element, 'notice')!)).to.contain('3 months of party dues are overdue (since');
    expect(text(part(element, 'notice')!)).to.contain('CN¥144.00 in all');
    await expect(element).shadowDom.to.be.accessible();
  });

  it('gives the notice the server asks for from one overdue month; this month unpaid is only due, no notice', async () => {
    const one = await statusWith(duesYear(1));
    const notice = part(one.element, 'notice')!;
    expect(notice.dataset['tone']).to.equal('notice');
    expect(text(notice)).to.contain(`您有 1 个月的党费逾期未交（${monthLabel(addMonths(thisMonth, -1))}），共 ¥48.00，请尽快补交。`);
    const none = await statusWith(duesYear(0));
    expect(part(none.element, 'notice')).to.equal(null);
    expect(text(part(none.element, 'summary')!)).to.contain('逾期未交¥0.00');
  });

  it('gives a notice for three overdue months, with whom to contact', async () => {
    const { element } = await statusWith(duesYear(3));
    const notice = part(element, 'notice')!;
    expect(notice.dataset['tone']).to.equal('notice');
    expect(text(notice)).to.contain('您有 3 个月的党费逾期未交');
    expect(text(notice)).to.contain('共 ¥144.00，请尽快补交');
    expect(text(notice)).to.contain('联系人：王红梅');
    expect(notice.querySelector('a')!.getAttribute('href')).to.equal('tel:0571-88886666'.replace('-', ''));
    expect(text(notice)).not.to.contain('脱党');
  });

  it('gives a serious, respectful warning from six months, citing the Party Constitution', async () => {
    const { element } = await statusWith(duesYear(7));
    const notice = part(element, 'notice')!;
    expect(notice.dataset['tone']).to.equal('serious');
    expect(text(notice)).to.contain('您已连续 7 个月未交纳党费');
    expect(text(notice)).to.contain('逾期共 ¥336.00');
    expect(text(notice)).to.contain('《中国共产党章程》第九条');
    expect(text(notice)).to.contain('连续六个月不交纳党费，就被认为是自行脱党');
    expect(text(notice)).to.contain('王红梅');
    await expect(element).shadowDom.to.be.accessible();
  });

  it('when months of last year are still owed, they go first: this year cannot be chosen, and a button shows that year', async () => {
    const data = duesYear(14);
    const { element, server } = await statusWith(data);
    const since = addMonths(thisMonth, -14);
    expect(text(part(element, 'notice')!)).to.contain(`请先缴纳 ${since.slice(0, 4)} 年逾期未交的党费：按月份先后缴纳。`);
    expect(part(element, 'pay-button')).to.equal(null);
    expect(parts(element, 'month').some((m) => m.querySelector('input')), 'no month of this year to tick').to.equal(false);
    part(element, 'pay-first')!.querySelector<HTMLButtonElement>('button')!.click();
    await waitUntil(async () => (await server.log()).some((r) => r.path === '/dues' && r.query === `year=${since.slice(0, 4)}`), 'the earlier year was never asked for');
    expect(element.year).to.equal(Number(since.slice(0, 4)));
    expect(element.getAttribute('year')).to.equal(since.slice(0, 4));
  });

  it('an earlier year all paid, while this year has overdue months: no "all paid", the notice names this year', async () => {
    const current = duesYear(2);
    const months = current.months.map((m) => ({ ...m, month: `${thisYear - 1}${m.month.slice(4)}`, status: 'paid' as const, paidAt: `${thisYear - 1}${m.month.slice(4)}-10T02:00:00.000Z`, amountFen: 4800 }));
    const lastYear = { ...current, year: thisYear - 1, months, paidFen: 12 * 4800, owedFen: 0, dueFen: 0 };
    const { element } = await statusWith(lastYear);
    expect(text(part(element, 'pay-first')!)).to.equal(`逾期未交的月份在 ${thisYear} 年。 查看 ${thisYear} 年`);
    expect(text(element)).not.to.contain('应交党费已全部交清');
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

  it('shows the empty state for a year with nothing due (before the member joined, or to come)', async () => {
    const data = duesYear(0);
    data.months = data.months.map((m, i) => ({ ...m, status: i < 6 ? 'before-start' : 'not-due', amountFen: 0, paidAt: null }));
    data.paidFen = data.owedFen = data.dueFen = 0;
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
      [negative, '$.months[1].amountFen: expected a whole number ≥ 0, got -4800'],
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
