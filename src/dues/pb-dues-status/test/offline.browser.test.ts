import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../define/pb-dues-status.js';
import type { PbDuesStatus } from '../pb-dues-status.js';
import { mockServer } from '../../../../test/browser/support/mock.js';
import { duesYear } from '../../../../fixtures/dues.js';
import { part, untilPart, untilText } from '../../../../test/browser/support/parts.js';

// A file of its own: its page must never have loaded the pay flow before.
describe('<pb-dues-status>: paying offline before the pay flow ever loaded', () => {
  it('says the connection is the problem, not the server, and Pay can be pressed again', async () => {
    const me = { body: { id: 'm0001', name: '李明', branchId: 'b01', branchName: '第一党支部', roles: ['member'], category: 'in-service', migrant: false } };
    const server = await mockServer({ 'GET /me': [me], 'GET /dues': [{ body: duesYear(2) }] });
    const element = await fixture<PbDuesStatus>(html`<pb-dues-status api-base=${server.base}></pb-dues-status>`);
    await untilPart(element, 'pay-button');
    await executeServerCommand('fail-requests', '**/pay-flow.lazy.ts*');
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      part<HTMLButtonElement>(element, 'pay-button')!.click();
      await untilText(element, '网络连接不可用');
      expect(part<HTMLButtonElement>(element, 'pay-button')!.disabled).to.equal(false);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
  });
});
