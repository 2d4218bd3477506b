import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../../../test/browser/support/wait.js';
import '../../../define/pb-dues-summary.js';
import type { PbDuesSummary, ReminderSendDetail } from '../pb-dues-summary.js';
import { mockServer, type MockAnswer } from '../../../../test/browser/support/mock.js';
import { branchMembers, summary, thisYear } from '../../../../fixtures/dues.js';
import { failOnPageErrors, part, parts, text, untilPart } from '../../../../test/browser/support/parts.js';
import { strFromU8, unzipSync } from 'fflate';

const me = { id: 'm0002', name: '王红梅', branchId: 'b01', branchName: '第一党支部', roles: ['member', 'secretary'], category: 'in-service', migrant: false };
const batch = (recipients: [string, string][]) => ({
  branchId: 'b01',
  subject: 'dues',
  message: null,
  sentAt: '2026-09-15T02:00:00.000Z',
  recipients: recipients.map(([memberId, name], i) => ({ memberId, name, reminderId: `rm_${i}` })),
});

async function secretary(routes: Record<string, MockAnswer[]> = {}, locale = 'zh-CN') {
  const server = await mockServer({ 'GET /branches/b01/dues-summary': [{ body: summary() }], 'GET /me': [{ body: me }], ...routes });
  const sent: ReminderSendDetail[] = [];
  const wrapper = await fixture<HTMLDivElement>(
    html`<div @pb-reminder-send=${(e: CustomEvent<ReminderSendDetail>) => sent.push(e.detail)}><pb-dues-summary api-base=${server.base} branch-id="b01" locale=${locale}></pb-dues-summary></div>`,
  );
  const element = wrapper.querySelector<PbDuesSummary>('pb-dues-summary')!;
  await untilPart(element, 'arrears');
  return { element, server, sent };
}

const posts = async (server: Awaited<ReturnType<typeof mockServer>>) => (await server.log()).filter((r) => r.method === 'POST');

describe('<pb-dues-summary>: what the secretary does from it', function () {
  this.timeout(20_000);
  failOnPageErrors();

  it('reminds one member in arrears, once however often the button is pressed, says so, and tells the page', async () => {
    const { element, server, sent } = await secretary({ 'POST /branches/b01/reminders': [{ body: batch([['m3', '钱五']]), status: 201, delayMs: 200 }] });
    const button = parts<HTMLButtonElement>(element, 'remind')[0]!;
    expect(button.getAttribute('aria-label')).to.equal('提醒钱五交纳党费');
    button.click();
    button.click();
    await element.updateComplete;
    expect(button.disabled, 'disabled while it is sent').to.equal(true);
    await waitUntil(() => text(part(element, 'note')!) !== '');
    expect(text(part(element, 'note')!)).to.equal('已提醒：钱五');
    expect(part(element, 'note')!.getAttribute('role')).to.equal('status');
    const requests = await posts(server);
    expect(requests).to.have.length(1);
    expect(JSON.parse(requests[0]!.body)).to.deep.equal({ to: 'member', memberId: 'm3', subject: 'dues', message: null });
    expect(requests[0]!.headers['idempotency-key']).to.be.a('string');
    expect(sent).to.have.length(1);
    expect(sent[0]!.batch.recipients.map((r) => r.memberId)).to.deep.equal(['m3']);
    expect(sent[0]!.request.to).to.equal('member');
  });

  it('reminds everyone in arrears with one request and names whom it reached', async () => {
    const { element, server, sent } = await secretary({ 'POST /branches/b01/reminders': [{ body: batch([['m2', '赵四'], ['m3', '钱五']]), status: 201 }] });
    const all = part<HTMLButtonElement>(element, 'remind-all')!;
    expect(text(all)).to.equal('提醒全部欠缴党员（2 人）');
    all.click();
    await waitUntil(() => text(part(element, 'note')!) !== '');
    expect(text(part(element, 'note')!)).to.equal('已提醒：赵四和钱五');
    expect(JSON.parse((await posts(server))[0]!.body)).to.deep.equal({ to: 'arrears', subject: 'dues', message: null });
    expect(sent[0]!.batch.recipients).to.have.length(2);
  });

  it('says why a reminder was refused', async () => {
    const { element } = await secretary({
      'POST /branches/b01/reminders': [{ status: 403, body: { type: '/problems/forbidden', title: 'Forbidden', status: 403, detail: 'Only the branch secretary can remind its members' } }],
    });
    parts<HTMLButtonElement>(element, 'remind')[0]!.click();
    await waitUntil(() => text(part(element, 'note')!) !== '');
    expect(text(part(element, 'note')!)).to.equal('操作未完成：Only the branch secretary can remind its members');
  });

  it('opens a member’s months of the year from their name, with focus on them, and closes them again', async () => {
    const { element, server } = await secretary({ 'GET /branches/b01/dues-members': [{ body: branchMembers() }] });
    const name = element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="arrear"] .name')!;
    expect(text(name)).to.equal('钱五');
    name.click();
    const months = await untilPart(element, 'member-months');
    expect(text(months)).to.contain('钱五的各月党费');
    expect(months.querySelectorAll('li')).to.have.length(12);
    expect(text(months.querySelectorAll('li')[0]!)).to.contain('1月');
    expect(name.getAttribute('aria-expanded')).to.equal('true');
    await waitUntil(() => element.shadowRoot!.activeElement?.id === 'member-months-title');
    await expect(element).shadowDom.to.be.accessible();
    name.click();
    await element.updateComplete;
    expect(part(element, 'member-months')).to.equal(null);
    expect((await server.log()).filter((r) => r.path.endsWith('/dues-members'))).to.have.length(1);
  });

  it('exports the year as a CSV file the browser downloads', async () => {
    const { element } = await secretary({ 'GET /branches/b01/dues-members': [{ body: branchMembers() }] });
    const clicked: HTMLAnchorElement[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) clicked.push(this);
      else original.call(this);
    };
    try {
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="export"][data-format="csv"]')!.click();
      await waitUntil(() => clicked.length === 1);
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked[0]!.download).to.equal(`第一党支部${thisYear}年党费.csv`);
    const csv = await (await fetch(clicked[0]!.href)).text();
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).to.have.length(5);
    expect(lines[0]!.startsWith(`姓名,类别,月交纳额（元）,${thisYear}年1月`)).to.equal(true);
    expect(lines[3]!.startsWith('钱五,在职,48.00,')).to.equal(true);
    expect(lines[4]!.startsWith(`"'=HYPERLINK(""x"")"`), 'a name cannot run as a formula').to.equal(true);
  });

  it('exports the year as an Excel workbook whose cells read back as the CSV’s, amounts as numbers', async () => {
    const { element } = await secretary({ 'GET /branches/b01/dues-members': [{ body: branchMembers() }] });
    const clicked: HTMLAnchorElement[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) clicked.push(this);
      else original.call(this);
    };
    try {
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="export"][data-format="xlsx"]')!.click();
      await waitUntil(() => clicked.length === 1, 'the workbook downloads', { timeout: 10_000 });
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked[0]!.download).to.equal(`第一党支部${thisYear}年党费.xlsx`);
    const files = unzipSync(new Uint8Array(await (await fetch(clicked[0]!.href)).arrayBuffer()));
    const xml = Object.entries(files)
      .filter(([name]) => name.endsWith('.xml'))
      .map(([, bytes]) => strFromU8(bytes))
      .join('');
    for (const words of ['姓名', '钱五', '赵四', '逾期未交 48.00', `${thisYear}年1月`]) expect(xml).to.contain(words);
    // The monthly amount is a number cell (48), not text.
    expect(xml).to.match(/<c r="C2"[^>]*><v>48<\/v><\/c>/);
  });

  it('reads in English', async () => {
    const { element } = await secretary({}, 'en');
    expect(text(part(element, 'remind-all')!)).to.equal('Remind everyone in arrears (2)');
    expect(parts(element, 'export').map((b) => text(b))).to.deep.equal(['Export the year (CSV)', 'Export the year (Excel)']);
    expect(parts(element, 'remind')[0]!.getAttribute('aria-label')).to.equal('Remind 钱五 to pay');
    await expect(element).shadowDom.to.be.accessible();
  });
});
