import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../../../test/browser/support/wait.js';
import { consoleErrors } from '../../../../test/browser/support/console.js';
import '../../../define/pb-config.js';
import '../../../define/pb-dues-summary.js';
import type { PbDuesSummary } from '../pb-dues-summary.js';
import { mockServer } from '../../../../test/browser/support/mock.js';
import { summary, thisYear } from '../../../../fixtures/dues.js';
import { failOnPageErrors, part, parts, styleAttributes, text, untilPart } from '../../../../test/browser/support/parts.js';

async function summaryWith(body: unknown, locale = 'zh-CN', status = 200) {
  const server = await mockServer({ 'GET /branches/b01/dues-summary': [{ status, body }] });
  const element = await fixture<PbDuesSummary>(html`<pb-dues-summary api-base=${server.base} branch-id="b01" locale=${locale}></pb-dues-summary>`);
  return { element, server };
}

describe('<pb-dues-summary>: what a branch secretary sees', function () {
  // Axe over a whole widget takes seconds on a busy shared machine.
  this.timeout(20_000);
  failOnPageErrors();

  it('shows the year’s rate, the counts per status and the rate per month', async () => {
    const { element } = await summaryWith(summary());
    await untilPart(element, 'overview');
    expect(text(element)).to.contain('第一党支部党费收缴情况');
    expect(text(part(element, 'overview')!)).to.contain('90.9% 全年交纳率 党员 4 人');
    const counts = parts(element, 'counts')[0]!.querySelectorAll('li');
    expect([...counts].map((li) => text(li))).to.deep.equal(['已交38', '补交2', '逾期未交2', '本月应交2', '免交0', '未到期4']);
    const rows = [...part(element, 'months')!.querySelectorAll('tbody tr')].map((tr) => text(tr));
    expect(rows).to.have.length(12);
    expect(rows[0]).to.equal('1月 4 / 4 100%');
    expect(rows[9]).to.equal('10月 2 / 4 50%');
    expect(rows[11]).to.equal('12月 0 / 0 —');
    // Bars are sized through the CSSOM, never a style attribute.
    const bar = part(element, 'months')!.querySelector<HTMLElement>('[data-rate="0.5"]')!;
    expect(bar.style.getPropertyValue('--_rate')).to.equal('0.5');
    expect(styleAttributes(element).filter((s) => !s.includes('data-rate'))).to.deep.equal([]);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('puts the six-month cases on top, then months owed', async () => {
    const { element } = await summaryWith(summary());
    await untilPart(element, 'arrears');
    const rows = parts(element, 'arrear');
    expect(rows.map((r) => r.querySelector('.name')!.textContent)).to.deep.equal(['钱五', '赵四']);
    expect(rows[0]!.dataset['level']).to.equal('serious');
    expect(text(rows[0]!)).to.contain('逾期 7 个月');
    expect(text(rows[0]!)).to.contain('欠缴 ¥336.00');
    expect(text(rows[0]!)).to.contain('已连续 7 个月未交，请及时谈话提醒');
    expect(rows[1]!.dataset['level']).to.equal('notice');
    expect(text(rows[1]!)).not.to.contain('谈话提醒');
  });

  it('a member in arrears reads as the member’s own widget says: months overdue and what they come to, this month not counted', async () => {
    // 7 December: October and November overdue (¥96); December, due, is not in the amount.
    const data = summary({
      arrears: [
        { memberId: 'm1', name: '李明', consecutiveMonths: 2, overdueMonths: 2, owedFen: 9600, level: 'notice' },
        // An old month still owed after later ones were paid: 3 overdue, 1 in a row.
        { memberId: 'm4', name: '孙六', consecutiveMonths: 1, overdueMonths: 3, owedFen: 14400, level: 'notice' },
      ],
    });
    const { element } = await summaryWith(data);
    await untilPart(element, 'arrears');
    const rows = parts(element, 'arrear').map((r) => text(r));
    expect(rows).to.deep.equal(['孙六 逾期 3 个月 欠缴 ¥144.00 提醒', '李明 逾期 2 个月 欠缴 ¥96.00 提醒']);
    const english = await summaryWith(data, 'en');
    await untilPart(english.element, 'arrears');
    expect(parts(english.element, 'arrear').map((r) => text(r))).to.deep.equal(['孙六 3 months overdue owes CN¥144.00 Remind', '李明 2 months overdue owes CN¥96.00 Remind']);
  });

  it('reads in English', async () => {
    const { element } = await summaryWith(summary(), 'en');
    await untilPart(element, 'arrears');
    expect(text(element)).to.contain('Dues collection: 第一党支部');
    expect(text(element)).to.contain('Members in arrears (2)');
    expect(text(parts(element, 'arrear')[0]!)).to.contain('7 months overdue');
    expect(text(parts(element, 'arrear')[0]!)).to.contain('7 months in a row unpaid: talk to them soon');
    expect(text(part(element, 'counts')!)).to.contain('Overdue2 Due this month2');
    expect(text(element)).to.contain('Collection rate by month');
    await expect(element).shadowDom.to.be.accessible();
  });

  it('says so when nobody is in arrears', async () => {
    const { element } = await summaryWith(summary({ arrears: [] }));
    await untilPart(element, 'overview');
    expect(text(element)).to.contain('本年度没有欠缴党费的党员');
  });

  it('shows a plain "no permission" state to a member who may not see it', async () => {
    const { element } = await summaryWith({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Only the branch secretary can see this summary' }, 'zh-CN', 403);
    const forbidden = await untilPart(element, 'forbidden');
    expect(text(forbidden)).to.equal('无权查看 本支部的党费收缴情况仅支部书记和管理员可以查看。');
    expect(part(element, 'error')).to.equal(null);
    expect(part(element, 'retry')).to.equal(null);
    expect(text(element)).not.to.contain('403');
    await expect(element).shadowDom.to.be.accessible();
  });

  it('shows loading, then the summary', async () => {
    const server = await mockServer({ 'GET /branches/b01/dues-summary': [{ body: summary(), delayMs: 300 }] });
    const element = await fixture<PbDuesSummary>(html`<pb-dues-summary api-base=${server.base} branch-id="b01"></pb-dues-summary>`);
    expect(part(element, 'loading')).to.exist;
    await untilPart(element, 'overview');
  });

  it('shows the empty state for a branch without members', async () => {
    const empty = summary({ memberCount: 0, rate: 0, arrears: [], counts: { paid: 0, 'paid-late': 0, unpaid: 0, due: 0, exempt: 0, 'not-due': 0, 'before-start': 0 } });
    empty.months = empty.months.map((m) => ({ ...m, dueCount: 0, paidCount: 0, rate: null }));
    const { element } = await summaryWith(empty);
    expect(text(await untilPart(element, 'empty'))).to.contain('本支部暂无党员');
  });

  it('shows an error with a retry that loads again', async () => {
    const server = await mockServer({
      'GET /branches/b01/dues-summary': [{ status: 404, body: { title: 'Not Found', status: 404 } }, { body: summary() }],
    });
    const element = await fixture<PbDuesSummary>(html`<pb-dues-summary api-base=${server.base} branch-id="b01"></pb-dues-summary>`);
    await untilPart(element, 'error');
    part<HTMLButtonElement>(element, 'retry')!.click();
    await untilPart(element, 'overview');
  });

  it('names counts that do not add up instead of showing wrong numbers', async () => {
    const { element } = await summaryWith(summary({ memberCount: 5 }));
    const error = await untilPart(element, 'error');
    expect(text(error)).to.contain('$.counts: 48 does not match 5 members × 12 months (60)');
    expect(part(element, 'overview')).to.equal(null);
  });

  it('waits quietly for a branch-id set later, then loads it', async () => {
    const server = await mockServer({ 'GET /branches/b01/dues-summary': [{ body: summary() }] });
    const logged = await consoleErrors(async () => {
      const element = await fixture<PbDuesSummary>(html`<pb-dues-summary api-base=${server.base}></pb-dues-summary>`);
      expect(text(part(element, 'empty')!)).to.contain('未指定党支部');
      expect(await server.log()).to.deep.equal([]);
      element.setAttribute('branch-id', 'b01');
      await untilPart(element, 'overview');
    });
    expect(logged).to.deep.equal([]);
  });

  it('switches to another year', async () => {
    const { element, server } = await summaryWith(summary());
    await untilPart(element, 'overview');
    part(element, 'year')!.querySelector('button')!.click();
    await waitUntil(async () => (await server.log()).some((r) => r.query === `year=${thisYear - 1}`));
  });

  it('shows hostile names as text', async () => {
    const { element } = await summaryWith(summary({ branchName: '<b>x</b>', arrears: [{ memberId: 'm', name: '<img src=x onerror=alert(1)>', consecutiveMonths: 1, overdueMonths: 1, owedFen: 4800, level: 'notice' }] }));
    await untilPart(element, 'arrears');
    expect(element.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(text(element)).to.contain('<img src=x onerror=alert(1)>');
  });

  it('works in the dark and large-text themes', async () => {
    for (const theme of ['dark', 'large-text']) {
      const server = await mockServer({ 'GET /branches/b01/dues-summary': [{ body: summary() }] });
      const element = await fixture<PbDuesSummary>(html`<pb-dues-summary api-base=${server.base} branch-id="b01" theme=${theme}></pb-dues-summary>`);
      await untilPart(element, 'overview');
      await expect(element).shadowDom.to.be.accessible();
    }
  });
});
