/**
 * `<pb-meetings>` as a member and as a branch secretary use it, over the real fetch of the
 * scripted mock API: the year's meetings coming and past, the member's record, checking in
 * with a code (and refused as expired), asking for leave, the materials; the secretary's
 * cadence with overdue periods, a leave approved, the live code full screen; and the states
 * around them (loading, none, error with retry, no permission), both languages, three
 * themes, a phone and a desk, axe and the keyboard.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../define/pb-config.js';
import '../../../define/pb-meetings.js';
import { branchMeetings, checkInCode, meetingAttendance, memberMeetings, memberRecord, openMeeting } from '../../../../fixtures/meetings.js';
import { deepActive } from '../../../../test/support/a11y.js';
import { mockServer, type MockAnswer } from '../../../../test/browser/support/mock.js';
import { waitUntil } from '../../../../test/browser/support/wait.js';
import { failOnPageErrors, part, parts, text, untilPart, untilText } from '../../../../test/browser/support/parts.js';

type Routes = Record<string, MockAnswer[]>;
const me = { id: 'm0001', name: '张建国', branchId: 'b01', branchName: '第一党支部', roles: ['member'], category: 'in-service', migrant: false };
/** The member's meetings and record, and who is signed in (the outbox asks before it sends a reply). */
const memberRoutes = (list: unknown = memberMeetings()): Routes => ({ 'GET /meetings': [{ body: list }], 'GET /me/attendance': [{ body: memberRecord() }], 'GET /me': [{ body: me }] });

async function mount(routes: Routes, attrs: { locale?: string; theme?: string; view?: string; width?: number } = {}) {
  const server = await mockServer(routes);
  const box = await fixture<HTMLElement>(html`<div>
    <pb-config .retry=${{ retries: 0 }}>
      <pb-meetings api-base=${server.base} locale=${attrs.locale ?? 'zh-CN'} theme=${attrs.theme ?? 'light'} view=${attrs.view ?? 'member'} branch-id="b01"></pb-meetings>
    </pb-config>
  </div>`);
  if (attrs.width) box.style.inlineSize = `${attrs.width}px`;
  return { element: box.querySelector('pb-meetings')!, server };
}

const card = (element: Element, id: string) => element.shadowRoot!.querySelector<HTMLElement>(`[data-id="${id}"]`)!;
const problem = (status: number, type: string, errors: unknown[] = []) => ({
  status,
  headers: { 'content-type': 'application/problem+json' },
  body: { type, title: 'Refused', status, errors },
});

describe('<pb-meetings>: organisational life', function () {
  this.timeout(20_000);
  failOnPageErrors();

  it('shows the member’s record, what is coming (open check-in first) and what has ended with its materials', async () => {
    const { element } = await mount(memberRoutes());
    await untilPart(element, 'record');
    expect(text(part(element, 'record')!)).to.contain('参会率 100%').and.contain('出席 1 次 · 请假 1 次 · 缺席 0 次 · 补学 1 次');
    const ids = parts(element, 'meeting').map((m) => m.dataset['id']);
    expect(ids).to.deep.equal(['mt-open', 'mt-next', 'mt-pending-leave', 'mt-past-group', 'mt-past-lecture', 'mt-past-leave', 'mt-past-missed']);
    expect(text(card(element, 'mt-open'))).to.contain('主题党日').and.contain('正在签到');
    expect(text(card(element, 'mt-pending-leave'))).to.contain('请假待审批');
    expect(text(card(element, 'mt-past-leave'))).to.contain('已请假 · 请假已批准').and.contain('书记留言：同意');
    expect(text(card(element, 'mt-past-lecture'))).to.contain('已补学');
    const material = card(element, 'mt-past-group').querySelector<HTMLAnchorElement>('[part="materials"] a')!;
    expect(material.textContent).to.equal('会议记录.pdf');
    expect(material.href).to.match(/^http.*dangzhang-study-guide\.pdf$/);
    expect(card(element, 'mt-open').querySelector<HTMLAnchorElement>('[part="online-link"]')!.href).to.equal('https://meeting.example.cn/j/1');
    expect(card(element, 'mt-next').querySelector('[part="check-in"]'), 'no check-in before it opens').to.equal(null);
  });

  it('offers a missed 党课’s make-up: a link by the page’s template, or pb-meeting-makeup without one', async () => {
    const { element } = await mount(memberRoutes());
    await untilPart(element, 'makeup');
    expect(parts(element, 'makeup').length, 'only the missed lecture (the one made up already has no offer)').to.equal(1);
    const asked: CustomEvent[] = [];
    element.addEventListener('pb-meeting-makeup', (e) => asked.push(e));
    part(element, 'makeup')!.click();
    expect(asked.map((e) => e.detail)).to.deep.equal([{ meetingId: 'mt-past-missed', courseId: 'c-dangzhang' }]);
    element.setAttribute('href-template', '/study.html?course={id}');
    await element.updateComplete;
    expect(part<HTMLAnchorElement>(element, 'makeup')!.href).to.match(/\/study\.html\?course=c-dangzhang$/);
  });

  it('checks in with the code typed (full-width digits and spaces forgiven) and fires pb-meeting-check-in', async () => {
    const checkedIn = { ...openMeeting(), mine: { ...openMeeting().mine, checkIn: { at: '2026-09-15T02:01:00.000Z', method: 'code' as const }, attendance: 'present' as const } };
    const { element, server } = await mount({ ...memberRoutes(), 'POST /meetings/mt-open/check-in': [{ body: checkedIn }] });
    await untilPart(element, 'check-in');
    const events: CustomEvent[] = [];
    element.addEventListener('pb-meeting-check-in', (e) => events.push(e));
    const input = card(element, 'mt-open').querySelector<HTMLInputElement>('input[name="code"]')!;
    input.focus();
    await sendKeys({ type: '４８２ 913' });
    await sendKeys({ press: 'Enter' });
    await untilText(element, '已于');
    const post = (await server.log()).find((r) => r.method === 'POST')!;
    expect(JSON.parse(post.body)).to.deep.equal({ method: 'code', code: '482913' });
    expect(post.headers['idempotency-key']).to.match(/\S{8,}/);
    expect(events.map((e) => [e.detail.meetingId, e.detail.method])).to.deep.equal([['mt-open', 'code']]);
    expect(card(element, 'mt-open').querySelector('[part="check-in"]'), 'checked in: the form goes').to.equal(null);
    expect(deepActive()?.getAttribute('part')).to.equal('topic');
  });

  it('says an expired code in the member’s words and keeps the form to try again', async () => {
    const { element } = await mount({ ...memberRoutes(), 'POST /meetings/mt-open/check-in': [problem(422, '/problems/invalid-check-in', [{ pointer: '/code', code: 'expired', detail: 'rotated' }])] });
    await untilPart(element, 'check-in');
    card(element, 'mt-open').querySelector<HTMLInputElement>('input[name="code"]')!.value = '111111';
    card(element, 'mt-open').querySelector<HTMLButtonElement>('[type="submit"]')!.click();
    await untilPart(element, 'refusal');
    expect(text(part(element, 'refusal')!)).to.equal('签到码已过期，请输入会场上现在显示的签到码。');
    expect(part(element, 'refusal')!.getAttribute('role')).to.equal('alert');
    expect(card(element, 'mt-open').querySelector('[part="check-in"]')).to.not.equal(null);
  });

  it('asks for leave with a reason (none is refused before sending) and shows it pending', async () => {
    const next = memberMeetings().items.find((m) => m.id === 'mt-next')!;
    const pending = { ...next, mine: { ...next.mine, reply: 'leave' as const, leave: { reason: '家中老人生病住院。', status: 'pending' as const, decidedAt: null, note: null } } };
    const { element, server } = await mount({ ...memberRoutes(), 'PUT /meetings/mt-next/reply': [{ body: pending }] });
    await untilPart(element, 'meeting');
    card(element, 'mt-next').querySelector<HTMLButtonElement>('[data-act="ask"]')!.click();
    await waitUntil(() => deepActive()?.tagName === 'TEXTAREA', 'the reason takes the focus');
    card(element, 'mt-next').querySelector<HTMLButtonElement>('[part="leave-form"] [type="submit"]')!.click();
    await untilPart(element, 'refusal');
    expect(text(part(element, 'refusal')!)).to.equal('请填写请假事由。');
    await sendKeys({ type: '家中老人生病住院。' });
    card(element, 'mt-next').querySelector<HTMLButtonElement>('[part="leave-form"] [type="submit"]')!.click();
    await waitUntil(() => text(card(element, 'mt-next')).includes('请假待审批'), 'the leave landed');
    const put = (await server.log()).find((r) => r.method === 'PUT')!;
    expect(JSON.parse(put.body)).to.deep.equal({ reply: 'leave', reason: '家中老人生病住院。' });
    expect(card(element, 'mt-next').querySelector('[part="leave-form"]')).to.equal(null);
  });

  it('shows loading, then none, and an error with a retry that loads again', async () => {
    const slow = await mount({ 'GET /meetings': [{ body: memberMeetings(), delayMs: 400 }], 'GET /me/attendance': [{ body: memberRecord() }], 'GET /me': [{ body: me }] });
    await waitUntil(() => slow.element.shadowRoot!.querySelector('[part~="loading"]'), 'loading first');
    const none = await mount(memberRoutes({ ...memberMeetings(), items: [] }));
    await untilText(none.element, '本年度还没有会议和活动');
    const { element } = await mount({ 'GET /meetings': [{ status: 503, body: {} }, { body: memberMeetings() }], 'GET /me/attendance': [{ body: memberRecord() }, { body: memberRecord() }], 'GET /me': [{ body: me }] });
    const retry = await untilPart(element, 'retry');
    retry.click();
    await untilPart(element, 'record');
  });

  it('speaks English', async () => {
    const { element } = await mount(memberRoutes(), { locale: 'en' });
    await untilPart(element, 'record');
    expect(text(part(element, 'record')!)).to.contain('Attendance rate 100%');
    expect(text(card(element, 'mt-open'))).to.contain('Theme Party day').and.contain('Check-in open');
    expect(text(card(element, 'mt-pending-leave'))).to.contain('Leave awaiting approval');
  });

  it('is accessible in every theme and lays out within its width on a phone and at a desk', async () => {
    for (const theme of ['light', 'dark', 'large-text']) {
      const { element } = await mount(memberRoutes(), { theme });
      await untilPart(element, 'record');
      await expect(element).shadowDom.to.be.accessible();
    }
    for (const width of [375, 1280]) {
      const { element } = await mount(memberRoutes(), { width });
      await untilPart(element, 'record');
      const base = part(element, 'base')!;
      expect(base.scrollWidth, `nothing overflows at ${width} px`).to.be.at.most(base.clientWidth);
    }
  });

  describe('view="branch"', () => {
    const secretary = { ...me, id: 'm0003', roles: ['member', 'secretary'] };
    const branchRoutes = (extra: Routes = {}): Routes => ({ 'GET /branches/b01/meetings': [{ body: branchMeetings() }, { body: branchMeetings() }], 'GET /me': [{ body: secretary }], ...extra });

    it('shows the cadence with what is overdue and each meeting’s figures', async () => {
      const { element } = await mount(branchRoutes(), { view: 'branch' });
      await untilPart(element, 'cadence');
      const cadence = part(element, 'cadence')!;
      expect(text(cadence)).to.contain('支部委员会 · 每月至少 1 次 · 逾期 1 次').and.contain('支部党员大会 · 每季度至少 1 次 · 无逾期');
      const committee = cadence.querySelector('[data-kind="committee"]')!;
      expect([...committee.querySelectorAll<HTMLElement>('[part="period"]')].map((p) => p.dataset['status'])).to.deep.equal(['met', 'met', 'met', 'met', 'met', 'met', 'overdue', 'met', 'due', 'later', 'later', 'later']);
      expect(text(committee.querySelectorAll('[part="period"]')[6]!)).to.contain('7月 逾期未开');
      expect(text(element)).to.contain('实到 15 / 应到 18 · 请假 2 · 缺席 1').and.contain('1 人请假待审批');
      expect([...element.shadowRoot!.querySelectorAll<HTMLElement>('[data-meeting]')].map((m) => m.dataset['meeting']), 'coming first, then the latest ended').to.deep.equal(['mt-open', 'mt-past-lecture', 'mt-past-leave']);
      expect([...part(element, 'members')!.querySelectorAll('tbody th')].map((th) => th.textContent)).to.deep.equal(['赵刚', '李明']);
      await expect(element).shadowDom.to.be.accessible();
    });

    it('approves a leave request from the meeting’s attendance, and shows the live code full screen with its QR', async () => {
      const decided = meetingAttendance();
      decided.members[1] = { ...decided.members[1]!, leave: { ...decided.members[1]!.leave!, status: 'approved', decidedAt: '2026-09-15T02:00:00.000Z' }, status: 'leave' };
      const { element, server } = await mount(
        branchRoutes({
          'GET /meetings/mt-open/attendance': [{ body: meetingAttendance() }, { body: decided }],
          'PUT /meetings/mt-open/leave/m0031': [{ body: decided.members[1] }],
          // The first code rotates a second after the server's time: the screen asks again then.
          'GET /meetings/mt-open/check-in-code': [{ body: { ...checkInCode(), rotatesAt: '2026-09-15T02:00:01.000Z' } }, { body: checkInCode('104729') }],
        }),
        { view: 'branch' },
      );
      await untilPart(element, 'cadence');
      const row = element.shadowRoot!.querySelector<HTMLElement>('[data-meeting="mt-open"]')!;
      row.querySelector<HTMLButtonElement>('[data-act="attendance"]')!.click();
      await waitUntil(() => part(element, 'attendance')?.querySelector('[data-act]'), 'the attendance loaded');
      const approve = [...part(element, 'attendance')!.querySelectorAll<HTMLButtonElement>('[data-act="decide"]')].find((b) => b.dataset['approved'] === 'true')!;
      approve.click();
      await waitUntil(() => text(part(element, 'attendance')!).includes('请假已批准') && !part(element, 'attendance')!.querySelector('[part~="waiting"]'), 'the decision landed');
      const put = (await server.log()).find((r) => r.method === 'PUT')!;
      expect(JSON.parse(put.body)).to.deep.equal({ approved: true });

      row.querySelector<HTMLButtonElement>('[data-act="show-code"]')!.click();
      const live = await untilPart(element, 'live-code');
      await untilText(element, '482913');
      await waitUntil(() => live.querySelector('svg.qr path'), 'the QR code is drawn');
      expect(live.getAttribute('role')).to.equal('dialog');
      expect(getComputedStyle(live).position).to.equal('fixed');
      await waitUntil(() => deepActive()?.getAttribute('data-act') === 'close-code', 'the close button takes the focus');
      await untilText(element, '104729', 4000);
      expect(text(live)).to.not.contain('482913');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !part(element, 'live-code'), 'Escape closes it');
    });

    it('plans a meeting from the form (the times as the secretary’s clock reads them) and fires pb-meeting-plan', async () => {
      const created = { ...openMeeting(), id: 'mt-new', kind: 'lecture' as const, topic: '党课：学习党章' };
      const { element, server } = await mount(branchRoutes({ 'POST /branches/b01/meetings': [{ status: 201, body: created }] }), { view: 'branch' });
      await untilPart(element, 'cadence');
      const planned: CustomEvent[] = [];
      element.addEventListener('pb-meeting-plan', (e) => planned.push(e));
      element.shadowRoot!.querySelector<HTMLButtonElement>('[data-act="plan"]')!.click();
      const form = (await untilPart(element, 'plan-form')) as HTMLFormElement;
      await waitUntil(() => deepActive()?.tagName === 'SELECT', 'the first field takes the focus');
      const set = (name: string, value: string) => ((form.elements.namedItem(name) as HTMLInputElement).value = value);
      set('kind', 'lecture');
      set('topic', '党课：学习党章');
      set('date', '2026-09-20');
      set('start', '15:00');
      set('end', '16:30');
      set('attendees', 'group:第二党小组');
      (form.elements.namedItem('onlineAllowed') as HTMLInputElement).checked = true;
      form.querySelector<HTMLButtonElement>('[type="submit"]')!.click();
      await waitUntil(() => planned.length === 1, 'pb-meeting-plan');
      const post = (await server.log()).find((r) => r.method === 'POST')!;
      expect(JSON.parse(post.body)).to.deep.equal({
        kind: 'lecture',
        topic: '党课：学习党章',
        startsAt: new Date('2026-09-20T15:00').toISOString(),
        endsAt: new Date('2026-09-20T16:30').toISOString(),
        place: null,
        onlineUrl: null,
        onlineAllowed: true,
        attendees: { scope: 'group', group: '第二党小组' },
      });
      await waitUntil(() => !part(element, 'plan-form'), 'the form closes');
    });

    it('marks a member present by hand', async () => {
      const marked = meetingAttendance();
      marked.members[2] = { ...marked.members[2]!, checkIn: { at: '2026-09-15T02:00:00.000Z', method: 'manual' }, status: 'present' };
      const { element, server } = await mount(
        branchRoutes({ 'GET /meetings/mt-open/attendance': [{ body: meetingAttendance() }, { body: marked }], 'PUT /meetings/mt-open/attendance/m0040': [{ body: marked.members[2] }] }),
        { view: 'branch' },
      );
      await untilPart(element, 'cadence');
      element.shadowRoot!.querySelector<HTMLButtonElement>('[data-meeting="mt-open"] [data-act="attendance"]')!.click();
      await waitUntil(() => part(element, 'attendance')?.querySelector('[data-act]'), 'the attendance loaded');
      part(element, 'attendance')!.querySelector<HTMLButtonElement>('[data-act="mark"][data-member="m0040"]')!.click();
      await waitUntil(() => part(element, 'attendance')!.querySelector('[data-act="mark"][data-member="m0040"]')?.getAttribute('data-present') === 'false', 'now present: the button undoes it');
      await waitUntil(() => !part(element, 'attendance')!.querySelector('[part~="waiting"]'), 'the mark landed');
      const put = (await server.log()).find((r) => r.method === 'PUT')!;
      expect(JSON.parse(put.body)).to.deep.equal({ present: true });
      expect(text(part(element, 'attendance')!)).to.contain('孙秀兰 已签到 取消签到');
    });

    it('lays out within its width on a phone and at a desk, the plan form and a meeting’s attendance open', async () => {
      for (const width of [375, 1280]) {
        const { element } = await mount(branchRoutes({ 'GET /meetings/mt-open/attendance': [{ body: meetingAttendance() }] }), { view: 'branch', width });
        await untilPart(element, 'cadence');
        element.shadowRoot!.querySelector<HTMLButtonElement>('[data-act="plan"]')!.click();
        element.shadowRoot!.querySelector<HTMLButtonElement>('[data-meeting="mt-open"] [data-act="attendance"]')!.click();
        await waitUntil(() => part(element, 'attendance')?.querySelector('[data-act]'), 'the attendance loaded');
        await untilPart(element, 'plan-form');
        const base = part(element, 'base')!;
        expect(base.scrollWidth, `nothing overflows at ${width} px`).to.be.at.most(base.clientWidth);
      }
    });

    it('says plainly when the member may not see the branch', async () => {
      const { element } = await mount({ 'GET /branches/b01/meetings': [problem(403, '/problems/forbidden')] }, { view: 'branch' });
      await untilText(element, '只有本支部书记可以查看支部的组织生活情况。');
    });
  });
});
