import { expect, fixture, html } from '@open-wc/testing';
import '../../../define/pb-config.js';
import '../../../define/pb-dues-status.js';
import type { PbDuesStatus } from '../pb-dues-status.js';
import { mockServer, type MockAnswer } from '../../../../test/browser/support/mock.js';
import { duesYear, payment, receipt } from '../../../../fixtures/dues.js';
import { failOnPageErrors, part, text, untilPart } from '../../../../test/browser/support/parts.js';
import { waitUntil } from '../../../../test/browser/support/wait.js';

const me = { body: { id: 'm0001', name: '张建国', branchId: 'b01', branchName: '第一党支部', roles: ['member'], category: 'in-service', migrant: false } };
const paid = payment({ id: 'pay_1', status: 'paid', paidAt: '2026-09-15T02:01:00.000Z' });
const failed = payment({ id: 'pay_2', status: 'failed' });

async function mount(routes: Record<string, MockAnswer[]>, locale = 'zh-CN') {
  const server = await mockServer({ 'GET /me': [me], 'GET /dues': [{ body: duesYear(0, { payments: [paid, failed] }) }], ...routes });
  const element = await fixture<PbDuesStatus>(html`<pb-config .retry=${{ retries: 0 }}><pb-dues-status api-base=${server.base} locale=${locale}></pb-dues-status></pb-config>`);
  const status = element.querySelector('pb-dues-status')!;
  await untilPart(status, 'history');
  return { status, server };
}

const buttons = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
const named = (el: HTMLElement, name: string) => buttons(el).find((b) => b.textContent!.trim() === name);

describe('<pb-dues-status>: receipts of settled payments', function () {
  this.timeout(20_000);
  failOnPageErrors();

  it('a paid payment offers its receipt (a failed one none): member, months, amount, basis, payment id, times; print; the PDF downloads', async () => {
    const { status, server } = await mount({ 'GET /dues/payments/pay_1/receipt': [{ body: receipt() }] });
    (part(status, 'history') as HTMLDetailsElement).open = true;
    const offered = buttons(status).filter((b) => b.textContent!.trim() === '收据');
    expect(offered).to.have.length(1, 'only the paid payment has a receipt');
    expect(offered[0]!.getAttribute('aria-label')).to.match(/的收据$/);
    offered[0]!.click();
    const shown = await untilPart(status, 'receipt');
    const facts = text(shown);
    for (const fact of ['党费收据', 'PB-2026-000042', '张建国', '第一党支部', '2026年7月和2026年8月', '¥96.00', '月基数 4,800.00 元 × 1%', 'pay_1', '2026年9月15日']) expect(facts).to.contain(fact);
    expect(status.hasAttribute('data-receipt'), 'the print stylesheet keeps only the receipt').to.equal(true);
    await expect(status).shadowDom.to.be.accessible();

    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    named(status, '打印收据')!.click();
    window.print = print;
    expect(printed).to.equal(1);

    // The PDF: a download of a file named for the receipt, a PDF by its bytes.
    let download: { name: string; href: string } | undefined;
    const catchDownload = (event: MouseEvent) => {
      const link = event.composedPath()[0] as HTMLAnchorElement;
      if (link.download) {
        event.preventDefault();
        download = { name: link.download, href: link.href };
      }
    };
    document.addEventListener('click', catchDownload, true);
    try {
      named(status, '下载 PDF')!.click();
      await waitUntil(() => download, 'no download');
    } finally {
      document.removeEventListener('click', catchDownload, true);
    }
    expect(download!.name).to.equal('党费收据-PB-2026-000042.pdf');
    const bytes = new Uint8Array(await (await fetch(download!.href)).arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 8))).to.equal('%PDF-1.4');
    expect((await server.log()).filter((r) => r.path.endsWith('/receipt'))).to.have.length(1);

    named(status, '关闭收据')!.click();
    await waitUntil(() => !part(status, 'receipt'), 'the receipt stayed');
    expect(status.hasAttribute('data-receipt')).to.equal(false);
  });

  it('in English; a failure shows an error with a retry that opens it', async () => {
    const { status } = await mount(
      { 'GET /dues/payments/pay_1/receipt': [{ status: 503, body: { type: '/problems/unavailable', title: 'Unavailable', status: 503 } }, { body: receipt() }] },
      'en',
    );
    (part(status, 'history') as HTMLDetailsElement).open = true;
    named(status, 'Receipt')!.click();
    const retry = await untilPart(status, 'retry');
    (retry as HTMLButtonElement).click();
    const shown = await untilPart(status, 'receipt');
    expect(text(shown)).to.contain('Party dues receipt');
    expect(text(shown)).to.contain('Amount');
    expect(text(shown)).to.contain('Jul 2026 and Aug 2026');
  });

  it('a site that does not offer receipts (endpoints: { getPaymentReceipt: false }) shows no Receipt button', async () => {
    const server = await mockServer({ 'GET /me': [me], 'GET /dues': [{ body: duesYear(0, { payments: [paid] }) }] });
    const wrapper = await fixture<HTMLElement>(
      html`<pb-config .endpoints=${{ getPaymentReceipt: false }}><pb-dues-status api-base=${server.base}></pb-dues-status></pb-config>`,
    );
    const status = wrapper.querySelector('pb-dues-status')!;
    await untilPart(status, 'history');
    expect(buttons(status).map((b) => b.textContent!.trim())).to.not.include('收据');
  });
});
