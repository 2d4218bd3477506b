/**
 * The secretary reminds, from a branch's results, the members who have not taken part:
 * one request through the outbox, whom it reached said, the page told; none offered where
 * everyone took part or the figures are every branch's.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../define/pb-questionnaire-results.js';
import type { ReminderSendDetail } from '../../../shared/reminders.js';
import { learningNeedsResults, withheldResults } from '../../../../fixtures/questionnaire-results.js';
import { mockServer, type MockAnswer } from '../../../../test/browser/support/mock.js';
import { waitUntil } from '../../../../test/browser/support/wait.js';
import { failOnPageErrors, part, text, untilPart } from '../../../../test/browser/support/parts.js';

const me = { id: 'm0002', name: '王红梅', branchId: 'b01', branchName: '第一党支部', roles: ['member', 'secretary'], category: 'in-service', migrant: false };

async function mount(results: unknown, reminders: MockAnswer[] = [], locale = 'zh-CN') {
  const server = await mockServer({ 'GET /questionnaires/q-learning-needs/results': [{ body: results }], 'GET /me': [{ body: me }], 'POST /branches/b01/reminders': reminders });
  const sent: ReminderSendDetail[] = [];
  const box = await fixture<HTMLElement>(
    html`<div @pb-reminder-send=${(e: CustomEvent<ReminderSendDetail>) => sent.push(e.detail)}>
      <pb-questionnaire-results api-base=${server.base} questionnaire-id="q-learning-needs" locale=${locale}></pb-questionnaire-results>
    </div>`,
  );
  const element = box.querySelector('pb-questionnaire-results')!;
  await untilPart(element, 'overview');
  return { element, server, sent };
}

describe('<pb-questionnaire-results>: reminding those who have not taken part', function () {
  this.timeout(20_000);
  failOnPageErrors();

  it('reminds the branch’s members who have not answered with one request, says whom it reached, and tells the page', async () => {
    const batch = { branchId: 'b01', subject: 'questionnaire', message: null, sentAt: '2026-09-15T02:00:00.000Z', recipients: [{ memberId: 'm0005', name: '赵四', reminderId: 'rm_1' }, { memberId: 'm0006', name: '钱五', reminderId: 'rm_2' }] };
    const { element, server, sent } = await mount(learningNeedsResults(), [{ status: 201, body: batch, delayMs: 150 }]);
    const button = part<HTMLButtonElement>(element, 'remind')!;
    expect(text(button)).to.equal('提醒未参与的党员');
    button.click();
    button.click();
    await waitUntil(() => text(part(element, 'remind-note')!) !== '');
    expect(text(part(element, 'remind-note')!)).to.equal('已提醒：赵四和钱五');
    const posts = (await server.log()).filter((r) => r.method === 'POST');
    expect(posts).to.have.length(1);
    expect(JSON.parse(posts[0]!.body)).to.deep.equal({ to: 'unanswered', questionnaireId: 'q-learning-needs', subject: 'questionnaire', message: null });
    expect(sent.map((d) => d.batch.recipients.length)).to.deep.equal([2]);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('says why a reminder was not sent (the questionnaire has closed)', async () => {
    const refusal = { type: '/problems/invalid-reminder', title: 'The reminder cannot be sent as it is', status: 422, detail: '问卷已结束，无法提醒。' };
    const { element } = await mount(learningNeedsResults(), [{ status: 422, body: refusal }], 'en');
    part<HTMLButtonElement>(element, 'remind')!.click();
    await waitUntil(() => text(part(element, 'remind-note')!) !== '');
    expect(text(part(element, 'remind-note')!)).to.equal('The reminder was not sent: 问卷已结束，无法提醒。');
  });

  it('offers no reminder when everyone took part, or for every branch’s figures', async () => {
    const all = learningNeedsResults();
    const done = await mount({ ...all, responded: all.expected, rate: 1 });
    expect(part(done.element, 'remind')).to.equal(null);
    const everyBranch = await mount({ ...withheldResults(), questionnaireId: 'q-learning-needs' });
    expect(part(everyBranch.element, 'remind')).to.equal(null);
  });
});
