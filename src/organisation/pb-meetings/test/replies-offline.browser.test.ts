/**
 * `<pb-meetings>` replies through the member's outbox: a reply made offline shows at once
 * as 待发送 with the sync note, is sent once (one request, one Idempotency-Key) when the
 * connection is back, and a reload while it waits still sends it once; check-in does not
 * queue: offline it says so, keeps the typed code, and 签到 tries again.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../define/pb-config.js';
import '../../../define/pb-meetings.js';
import type { Backend } from '../../../api/backend.js';
import { NetworkError } from '../../../api/errors.js';
import type { MeetingReply, Member } from '../../../api/types.js';
import type { ResolvedSettings } from '../../../config/settings.js';
import { openLocalStore } from '../../../storage/local-store.js';
import type { QueuedWrite } from '../../../outbox/outbox.js';
import { outboxFor } from '../../../outbox/registry.js';
import { branchMeetings, meetingAttendance, memberMeetings, memberRecord, openMeeting } from '../../../../fixtures/meetings.js';
import { waitUntil } from '../../../../test/browser/support/wait.js';
import { failOnPageErrors, part, text, untilPart, untilText } from '../../../../test/browser/support/parts.js';

const me: Member = { id: 'm0001', name: '张建国', branchId: 'b01', branchName: '第一党支部', roles: ['member'], category: 'in-service', migrant: false };

/** A backend standing in for the server: what reached it, every attempt's key, and a switch for the network. */
function fakeServer() {
  const net = { offline: true };
  const attempts: string[] = [];
  const received: { meetingId: string; reply: MeetingReply; key: string }[] = [];
  const backend: Partial<Backend> = {
    me: async () => me,
    listMeetings: async () => memberMeetings(),
    getMyAttendance: async () => memberRecord(),
    replyToMeeting: async (meetingId, reply, options) => {
      attempts.push(options.idempotencyKey);
      if (net.offline) throw new NetworkError(`PUT /meetings/${meetingId}/reply (offline)`);
      received.push({ meetingId, reply, key: options.idempotencyKey });
      const m = memberMeetings().items.find((x) => x.id === meetingId)!;
      const leave = reply.reply === 'leave' ? { reason: reply.reason ?? '', status: 'pending' as const, decidedAt: null, note: null } : null;
      return { ...m, mine: { ...m.mine, reply: reply.reply, leave } };
    },
    checkInMeeting: async (meetingId, checkIn, options) => {
      attempts.push(options.idempotencyKey);
      if (net.offline) throw new NetworkError(`POST /meetings/${meetingId}/check-in (offline)`);
      const m = openMeeting();
      return { ...m, mine: { ...m.mine, checkIn: { at: '2026-09-15T02:01:00.000Z', method: checkIn.method }, attendance: 'present' } };
    },
  };
  return { net, attempts, received, backend };
}

let mounts = 0;
async function mount(backend: Partial<Backend>, apiBase = `/meetings-outbox/${Date.now()}-${++mounts}`) {
  const box = await fixture<HTMLElement>(html`<div><pb-config api-base=${apiBase} .backend=${backend} .retry=${{ retries: 0 }}><pb-meetings></pb-meetings></pb-config></div>`);
  const element = box.querySelector('pb-meetings')! as HTMLElement & { settings: ResolvedSettings };
  await untilPart(element, 'meeting');
  return { box, element, apiBase };
}

const card = (element: Element, id: string) => element.shadowRoot!.querySelector<HTMLElement>(`[data-id="${id}"]`)!;
/** A part inside one meeting's card. */
const inCard = (node: Element, name: string) => node.querySelector<HTMLElement>(`[part~="${name}"]`);
const untilInCard = (node: () => Element, name: string) => waitUntil(() => inCard(node(), name), `no [part=${name}] in the card`);
const store = () => openLocalStore<QueuedWrite>('outbox');
const backOnline = (net: { offline: boolean }) => {
  net.offline = false;
  dispatchEvent(new Event('online'));
};

describe('<pb-meetings>: replies survive offline, sent exactly once', function () {
  this.timeout(30_000);
  failOnPageErrors();

  it('a reply made offline shows 待发送 with the sync note, and is sent once with one key when the connection is back', async () => {
    const server = fakeServer();
    const { element } = await mount(server.backend);
    card(element, 'mt-next').querySelector<HTMLButtonElement>('[data-act="attend"]')!.click();
    await untilInCard(() => card(element, 'mt-next'), 'waiting');
    expect(text(inCard(card(element, 'mt-next'), 'outcome')!)).to.contain('已回复参加').and.contain('待发送');
    expect(card(element, 'mt-next').querySelector('[data-act="attend"]'), 'no second 参加 while one waits').to.equal(null);
    await untilText(element, '当前处于离线状态');
    expect(server.received).to.deep.equal([]);

    const replied = oneEvent(element, 'pb-meeting-reply');
    backOnline(server.net);
    const { detail } = await replied;
    expect(detail.meetingId).to.equal('mt-next');
    expect(detail.reply).to.equal('attend');
    await waitUntil(() => !part(element, 'waiting') && !part(element, 'sync'), 'the waiting mark and the sync note went');
    expect(text(inCard(card(element, 'mt-next'), 'outcome')!)).to.contain('已回复参加');
    expect(server.received.map((r) => [r.meetingId, r.reply])).to.deep.equal([['mt-next', { reply: 'attend' }]]);
    expect(new Set(server.attempts).size, 'every attempt carried the one key').to.equal(1);
    expect(server.received[0]!.key).to.equal(server.attempts[0]);
  });

  it('only the latest reply per meeting is sent: 参加 then 请假 offline sends the leave alone', async () => {
    const server = fakeServer();
    const { element } = await mount(server.backend);
    card(element, 'mt-next').querySelector<HTMLButtonElement>('[data-act="attend"]')!.click();
    await untilInCard(() => card(element, 'mt-next'), 'waiting');
    card(element, 'mt-next').querySelector<HTMLButtonElement>('[data-act="ask"]')!.click();
    await untilInCard(() => card(element, 'mt-next'), 'leave-form');
    card(element, 'mt-next').querySelector('textarea')!.value = '家中老人生病住院。';
    card(element, 'mt-next').querySelector<HTMLButtonElement>('[part="leave-form"] [type="submit"]')!.click();
    await waitUntil(() => text(inCard(card(element, 'mt-next'), 'outcome')!).includes('已申请请假'), 'the leave shows waiting');
    expect(inCard(card(element, 'mt-next'), 'waiting')).to.exist;
    const events: CustomEvent[] = [];
    element.addEventListener('pb-meeting-reply', (e) => events.push(e));
    backOnline(server.net);
    await waitUntil(() => text(inCard(card(element, 'mt-next'), 'outcome')!).includes('请假待审批') && !inCard(card(element, 'mt-next'), 'waiting'), 'the leave landed');
    expect(server.received.map((r) => r.reply)).to.deep.equal([{ reply: 'leave', reason: '家中老人生病住院。' }]);
    expect(events.map((e) => e.detail.reply), 'one event, for the reply that was sent').to.deep.equal(['leave']);
  });

  it('a reload while a reply waits shows it waiting again and still sends it once, with the same key', async () => {
    const server = fakeServer();
    const first = await mount(server.backend);
    card(first.element, 'mt-next').querySelector<HTMLButtonElement>('[data-act="attend"]')!.click();
    await untilText(first.element, '当前处于离线状态');
    const namespace = `${first.apiBase}|${me.id}`;
    await waitUntil(async () => (await store().values()).some((w) => w.namespace === namespace), 'the reply was stored on the device');
    const [stored] = (await store().values()).filter((w) => w.namespace === namespace);
    // The page goes away: its outbox stops, the element leaves; the write stays stored.
    (await outboxFor(first.element.settings)).dispose();
    first.box.remove();

    // The next page (a new outbox over the same database): the same member on the same site.
    // Each api-base keeps its own outbox in a page; the reload is a new one, so the stored
    // write moves to the new page's api-base as it is, key and all.
    const apiBase = `${first.apiBase}-reloaded`;
    await store().delete(stored!.id);
    await store().set(stored!.id, { ...stored!, namespace: `${apiBase}|${me.id}` });
    const second = await mount(server.backend, apiBase);
    await untilInCard(() => card(second.element, 'mt-next'), 'waiting');
    expect(text(inCard(card(second.element, 'mt-next'), 'outcome')!)).to.contain('已回复参加').and.contain('待发送');

    const replied = oneEvent(second.element, 'pb-meeting-reply');
    backOnline(server.net);
    expect((await replied).detail.meetingId).to.equal('mt-next');
    await waitUntil(() => !part(second.element, 'waiting'), 'the waiting mark went');
    expect(server.received.map((r) => r.key), 'one request reached the server, with the stored key').to.deep.equal([stored!.id]);
    expect(new Set(server.attempts)).to.deep.equal(new Set([stored!.id]));
    expect((await store().values()).filter((w) => w.namespace.startsWith(first.apiBase))).to.deep.equal([]);
  });

  it('check-in does not queue: offline it says a connection is needed, keeps the code, and 签到 tries again', async () => {
    const server = fakeServer();
    const { element } = await mount(server.backend);
    const open = () => card(element, 'mt-open');
    open().querySelector<HTMLInputElement>('input[name="code"]')!.value = '482913';
    open().querySelector<HTMLButtonElement>('[type="submit"]')!.click();
    await untilInCard(() => open(), 'refusal');
    expect(text(inCard(open(), 'refusal')!)).to.contain('签到需要联网').and.contain('签到码已保留');
    expect(open().querySelector<HTMLInputElement>('input[name="code"]')!.value, 'the typed code is kept').to.equal('482913');
    expect(part(element, 'waiting'), 'nothing waits to be sent').to.equal(null);

    server.net.offline = false;
    const checkedIn = oneEvent(element, 'pb-meeting-check-in');
    open().querySelector<HTMLButtonElement>('[type="submit"]')!.click();
    expect((await checkedIn).detail.method).to.equal('code');
    await untilText(element, '签到');
    expect(inCard(open(), 'refusal')).to.equal(null);
  });

  it('a secretary’s hand mark and leave decision made offline show 待发送 on the member’s row and are sent once each when the connection is back', async () => {
    const net = { offline: true };
    const attempts: string[] = [];
    const received: { what: string; memberId: string; body: unknown; key: string }[] = [];
    const attendance = meetingAttendance();
    const backend: Partial<Backend> = {
      me: async () => ({ ...me, id: 'm0003', roles: ['member', 'secretary'] }),
      getBranchMeetings: async () => branchMeetings(),
      getMeetingAttendance: async () => structuredClone(attendance),
      markAttendance: async (_id, memberId, mark, options) => {
        attempts.push(options.idempotencyKey);
        if (net.offline) throw new NetworkError('PUT attendance (offline)');
        received.push({ what: 'mark', memberId, body: mark, key: options.idempotencyKey });
        const row = attendance.members.find((a) => a.memberId === memberId)!;
        Object.assign(row, { checkIn: mark.present ? { at: '2026-09-15T02:00:00.000Z', method: 'manual' } : null, status: mark.present ? 'present' : 'pending' });
        return row;
      },
      decideLeave: async (_id, memberId, decision, options) => {
        attempts.push(options.idempotencyKey);
        if (net.offline) throw new NetworkError('PUT leave (offline)');
        received.push({ what: 'decide', memberId, body: decision, key: options.idempotencyKey });
        const row = attendance.members.find((a) => a.memberId === memberId)!;
        Object.assign(row, { leave: { ...row.leave!, status: decision.approved ? 'approved' : 'refused' }, status: decision.approved ? 'leave' : 'pending' });
        return row;
      },
    };
    const box = await fixture<HTMLElement>(html`<div><pb-config api-base=${`/meetings-outbox/branch-${++mounts}`} .backend=${backend} .retry=${{ retries: 0 }}><pb-meetings view="branch" branch-id="b01"></pb-meetings></pb-config></div>`);
    const element = box.querySelector('pb-meetings')!;
    await untilPart(element, 'cadence');
    element.shadowRoot!.querySelector<HTMLButtonElement>('[data-meeting="mt-open"] [data-act="attendance"]')!.click();
    await waitUntil(() => part(element, 'attendance')?.querySelector('[data-act]'), 'the attendance loaded');
    const row = (name: string) => [...part(element, 'attendance')!.querySelectorAll('tr')].find((r) => r.querySelector('th')!.textContent === name)!;
    row('孙秀兰').querySelector<HTMLButtonElement>('[data-act="mark"]')!.click();
    row('赵刚').querySelector<HTMLButtonElement>('[data-act="decide"][data-approved="true"]')!.click();
    await waitUntil(() => inCard(row('孙秀兰'), 'waiting') && inCard(row('赵刚'), 'waiting'), 'both rows show 待发送');
    expect(text(row('孙秀兰'))).to.contain('已签到').and.contain('取消签到');
    expect(text(row('赵刚'))).to.contain('请假已批准');
    expect(row('赵刚').querySelector('[data-act="decide"]'), 'decided: no second decision while it waits').to.equal(null);
    await untilText(element, '当前处于离线状态');
    expect(received).to.deep.equal([]);

    backOnline(net);
    await waitUntil(() => received.length === 2 && !part(element, 'waiting') && !part(element, 'sync'), `the two changes landed: ${received.length}`, { timeout: 10_000 });
    expect(received.map((r) => [r.what, r.memberId, r.body])).to.deep.equal([
      ['mark', 'm0040', { present: true }],
      ['decide', 'm0031', { approved: true }],
    ]);
    expect(new Set(attempts)).to.deep.equal(new Set(received.map((r) => r.key)), 'every attempt of a change carried its one key');
    await waitUntil(() => text(row('赵刚')).includes('请假已批准') && text(row('孙秀兰')).includes('取消签到'), 'the figures as the backend has them');
  });

  it('says the waiting reply in English', async () => {
    const server = fakeServer();
    const box = await fixture<HTMLElement>(html`<div><pb-config api-base=${`/meetings-outbox/en-${++mounts}`} locale="en" .backend=${server.backend} .retry=${{ retries: 0 }}><pb-meetings></pb-meetings></pb-config></div>`);
    const element = box.querySelector('pb-meetings')!;
    await untilPart(element, 'meeting');
    card(element, 'mt-next').querySelector<HTMLButtonElement>('[data-act="attend"]')!.click();
    await untilInCard(() => card(element, 'mt-next'), 'waiting');
    expect(text(inCard(card(element, 'mt-next'), 'outcome')!)).to.contain('You will attend').and.contain('waiting to send');
    await expect(element).shadowDom.to.be.accessible();
  });
});


