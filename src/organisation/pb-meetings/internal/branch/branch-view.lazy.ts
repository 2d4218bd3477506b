/**
 * The secretary's view of `<pb-meetings>`, a chunk loaded with the branch's data: the
 * year's 三会一课 cadence with what is overdue, the meetings with their figures, a
 * meeting's attendance (leave to decide, members to mark by hand), the live check-in code
 * full screen with its QR code (the shared lazy encoder), and the form to plan a meeting.
 * Its state lives in a `BranchDesk` per element, which knows the element only as a
 * `BranchHost`; every figure is the backend's. Leave decisions and hand marks go through
 * the secretary's outbox (they still hold when they arrive late): a member's row shows the
 * change at once as 待发送, offline and after a reload too, and the figures are asked again
 * once it landed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Backend, WriteOperation } from '../../../../api/backend.js';
import { randomId } from '../../../../api/keys.js';
import type { AttendanceMark, BranchMeetings, CheckInCode, LeaveDecision, Meeting, MeetingAttendance, MeetingAttendee, MeetingCreate, MeetingKind } from '../../../../api/types.js';
import type { ArgsOf, EnqueueOptions, QueuedWrite, ResultOf } from '../../../../outbox/outbox.js';
import type { Locale } from '../../../../i18n/locale.js';
import { formatDate, formatPercent } from '../../../../i18n/format.js';
import { lazy } from '../../../../shared/lazy.js';
import type { QrCode } from '../../../../shared/qr.lazy.js';
import { errorState, type StateSettings } from '../../../../shared/states.js';
import { meetingStrings } from '../../strings/index.js';
import { attendeesLabel } from '../meeting-parts.js';
import { branchStyles } from './branch.styles.js';
import { branchStrings } from './strings/index.js';

export { getBranchMeetings } from '../../../../contract/shapes/BranchMeetings.gen.js';
export { branchStyles as styles };

const qrEncoder = lazy(() => import('../../../../shared/qr.lazy.js'));
const KINDS: MeetingKind[] = ['general-assembly', 'committee', 'group', 'lecture', 'theme-day'];

/** What the view needs of its element. */
export interface BranchHost extends HTMLElement {
  readonly settings: Exclude<StateSettings, Locale>;
  readonly backend: Backend;
  readonly renderRoot: HTMLElement | DocumentFragment;
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
}

export interface BranchPorts {
  reload(): void;
  planned(meeting: Meeting): void;
  /** Queues a write in the secretary's outbox; resolves with the backend's answer once sent. */
  enqueue<K extends WriteOperation>(operation: K, args: ArgsOf<K>, options?: EnqueueOptions): Promise<ResultOf<K>>;
  /** What waits in the outbox (an earlier page's writes too). */
  writes(): readonly QueuedWrite[];
  /** The answer to a waiting write, by its id. */
  outcome(id: string): Promise<unknown> | undefined;
}

/** A hand mark or a leave decision waiting in the outbox, for one member. */
type Waiting = Partial<AttendanceMark & LeaveDecision>;

class BranchDesk {
  /** The meeting whose attendance is open, and what was loaded for it. */
  open: { id: string; value?: MeetingAttendance; error?: unknown } | null = null;
  live: { meeting: Meeting; code?: CheckInCode; qr?: QrCode; error?: unknown; timer?: number; tick?: number; left: number } | null = null;
  planning = false;
  planError: unknown;
  busy = false;

  constructor(
    private readonly host: BranchHost,
    private readonly ports: BranchPorts,
  ) {}

  private get update() {
    return () => this.host.requestUpdate();
  }

  async openAttendance(id: string): Promise<void> {
    if (this.open?.id === id && !this.open.error) {
      this.open = null;
      return this.update();
    }
    this.open = { id };
    this.update();
    try {
      this.open = { id, value: await this.host.backend.getMeetingAttendance(id) };
    } catch (error) {
      this.open = { id, error };
    }
    this.update();
  }

  /** Outbox writes whose answer this desk waits for (its own, and those an earlier page left). */
  private readonly followed = new Set<string>();

  /**
   * A leave decision or a hand mark, through the outbox (the latest per member and kind
   * replaces one not yet sent): shown waiting at once; once it landed the figures are asked again.
   */
  change(operation: 'markAttendance' | 'decideLeave', meetingId: string, memberId: string, body: AttendanceMark | LeaveDecision): void {
    const key = randomId();
    this.followed.add(key);
    const args = [meetingId, memberId, body] as ArgsOf<'markAttendance'> & ArgsOf<'decideLeave'>;
    this.follow(meetingId, this.ports.enqueue(operation, args, { key, coalesce: `${operation}|${meetingId}|${memberId}` }));
    this.update();
  }

  private follow(meetingId: string, outcome: Promise<unknown>): void {
    outcome.then(
      async (answer) => {
        this.ports.reload();
        const open = this.open;
        if (open?.id !== meetingId) return;
        // The member's row as the backend answered, at once; the figures follow.
        const row = answer as MeetingAttendee;
        if (open.value) this.open = { id: meetingId, value: { ...open.value, members: open.value.members.map((a) => (a.memberId === row.memberId ? row : a)) } };
        this.update();
        try {
          this.open = { id: meetingId, value: await this.host.backend.getMeetingAttendance(meetingId) };
        } catch (error) {
          this.open = { id: meetingId, error };
        }
        this.update();
      },
      (error: unknown) => {
        if (this.open?.id === meetingId) this.open = { ...this.open, error };
        this.update();
      },
    );
  }

  /** What waits in the outbox for a meeting, by member; a write an earlier page left is followed too. */
  waiting(meetingId: string): Map<string, Waiting> {
    const byMember = new Map<string, Waiting>();
    for (const write of this.ports.writes()) {
      if ((write.operation !== 'markAttendance' && write.operation !== 'decideLeave') || write.args[0] !== meetingId) continue;
      const [, memberId, body] = write.args as [string, string, Waiting];
      if (!this.followed.has(write.id)) {
        const outcome = this.ports.outcome(write.id);
        if (outcome) (this.followed.add(write.id), this.follow(meetingId, outcome));
      }
      byMember.set(memberId, { ...byMember.get(memberId), ...body });
    }
    return byMember;
  }

  async showCode(meeting: Meeting): Promise<void> {
    this.stopCode();
    this.live = { meeting, left: 0 };
    this.update();
    await this.nextCode();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('[part~="live-code"] [data-act="close-code"]')?.focus();
  }

  /** Asks for the current code and asks again when it rotates (by the server's clock). */
  private async nextCode(): Promise<void> {
    const live = this.live;
    if (!live) return;
    try {
      const code = await this.host.backend.getMeetingCheckInCode(live.meeting.id);
      const [{ qrCode }] = await Promise.all([qrEncoder(this.host)]);
      if (this.live !== live) return;
      const wait = Math.max(1000, Date.parse(code.rotatesAt) - Date.parse(code.serverTime));
      Object.assign(live, { code, qr: qrCode(code.code), error: undefined, left: Math.round(wait / 1000) });
      live.timer = window.setTimeout(() => void this.nextCode(), wait);
      window.clearInterval(live.tick);
      live.tick = window.setInterval(() => {
        live.left = Math.max(0, live.left - 1);
        this.update();
      }, 1000);
    } catch (error) {
      if (this.live === live) live.error = error;
    }
    this.update();
  }

  stopCode(): void {
    if (this.live) {
      window.clearTimeout(this.live.timer);
      window.clearInterval(this.live.tick);
    }
    this.live = null;
  }

  async plan(form: HTMLFormElement): Promise<void> {
    const value = (name: string) => ((form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '').trim();
    const at = (time: string) => new Date(`${value('date')}T${value(time)}`).toISOString();
    const scope = value('attendees');
    this.busy = true;
    this.planError = undefined;
    this.update();
    try {
      const meeting: MeetingCreate = {
        kind: value('kind') as MeetingKind,
        topic: value('topic'),
        startsAt: at('start'),
        endsAt: at('end'),
        place: value('place') || null,
        onlineUrl: value('onlineUrl') || null,
        onlineAllowed: (form.elements.namedItem('onlineAllowed') as HTMLInputElement).checked,
        attendees: scope === 'branch' || scope === 'committee' ? { scope } : { scope: 'group', group: scope.slice(6) },
      };
      const created = await this.host.backend.createMeeting(this.branchId(form), meeting, { idempotencyKey: randomId() });
      this.planning = false;
      this.ports.planned(created);
      this.ports.reload();
    } catch (error) {
      this.planError = error;
    } finally {
      this.busy = false;
      this.update();
    }
  }

  private branchId(form: HTMLFormElement): string {
    return form.dataset['branch']!;
  }
}

const desks = new WeakMap<BranchHost, BranchDesk>();
const deskOf = (host: BranchHost, ports: BranchPorts) => {
  let desk = desks.get(host);
  if (!desk) desks.set(host, (desk = new BranchDesk(host, ports)));
  return desk;
};

/** Stops the live code's timers when the element leaves the page. */
export function closeBranch(host: BranchHost): void {
  desks.get(host)?.stopCode();
}

export function branchView(host: BranchHost, ports: BranchPorts, locale: Locale, data: BranchMeetings): TemplateResult {
  const desk = deskOf(host, ports);
  const b = branchStrings(locale);
  const s = meetingStrings(locale);
  const onClick = (event: Event) => {
    const target = (event.target as Element).closest<HTMLElement>('[data-act]');
    const id = target?.closest<HTMLElement>('[data-meeting]')?.dataset['meeting'];
    const meeting = data.meetings.find((m) => m.meeting.id === id)?.meeting;
    const member = target?.dataset['member'];
    switch (target?.dataset['act']) {
      case 'attendance':
        if (id) void desk.openAttendance(id);
        return;
      case 'show-code':
        if (meeting) void desk.showCode(meeting);
        return;
      case 'close-code':
        desk.stopCode();
        host.requestUpdate();
        void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>(`[data-meeting="${meeting?.id ?? desk.live?.meeting.id}"] [data-act="show-code"]`)?.focus());
        return;
      case 'decide':
        if (id && member) desk.change('decideLeave', id, member, { approved: target.dataset['approved'] === 'true' });
        return;
      case 'mark':
        if (id && member) desk.change('markAttendance', id, member, { present: target.dataset['present'] === 'true' });
        return;
      case 'plan':
        desk.planning = !desk.planning;
        host.requestUpdate();
        if (desk.planning) void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>('[part~="plan-form"] select')?.focus());
    }
  };
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    void desk.plan(event.target as HTMLFormElement);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && desk.live) {
      desk.stopCode();
      host.requestUpdate();
    }
  };
  const c = data.counts;
  return html`<div class="branch" @click=${onClick} @submit=${onSubmit} @keydown=${onKey}>
    <header class="head">
      <h3>${b.title(data.branchName, data.year)}</h3>
      <p class="rate"><span>${b.rate}</span> <strong>${c.rate === null ? s.noRate : formatPercent(locale, c.rate)}</strong></p>
      <button class="button primary" type="button" data-act="plan" aria-expanded=${desk.planning ? 'true' : 'false'}>${b.plan}</button>
    </header>
    ${desk.planning ? planForm(locale, data, desk) : nothing}
    <section class="cadence" part="cadence" aria-labelledby="cadence-title">
      <h3 id="cadence-title">${b.cadence}</h3>
      <ul>
        ${data.cadence.map(
          (k) => html`<li class="rule" data-kind=${k.rule.kind}>
            <p><strong>${s.kinds[k.rule.kind]}</strong> · ${b.rule(k.rule.per, k.rule.min)} · <span class=${k.overdue ? 'bad' : 'good'}>${b.overdue(k.overdue)}</span></p>
            <ol class="periods">
              ${k.periods.map(
                (p) => html`<li part="period" class="period" data-status=${p.status} title=${b.held(p.held, p.planned)}>
                  <span aria-hidden="true">${b.periodName(p.period)}</span>
                  <span class="visually-hidden">${b.periodName(p.period)} ${b.periodStatus[p.status]}，${b.held(p.held, p.planned)}</span>
                </li>`,
              )}
            </ol>
          </li>`,
        )}
      </ul>
    </section>
    <section aria-labelledby="meetings-title">
      <h3 id="meetings-title">${b.meetings}</h3>
      <ul class="rows">
        ${ordered(data.meetings).map(({ meeting: m, counts, leavePending }) => html`<li class="row" data-meeting=${m.id} data-status=${m.status}>
          <p class="kind">${s.kinds[m.kind]} · ${attendeesLabel(locale, m)}</p>
          <p class="topic">${m.topic}</p>
          <p class="when">${formatDate(locale, m.startsAt, { dateStyle: 'medium', timeStyle: 'short' })}</p>
          <p class="figures">${m.status === 'ended' ? b.counts(counts.present + counts.madeUp, counts.expected, counts.leave, counts.absent) : b.expected(m.expectedCount)}</p>
          ${leavePending ? html`<p class="pending">${b.pendingLeave(leavePending)}</p>` : nothing}
          <div class="actions">
            <button class="button" type="button" data-act="attendance" aria-expanded=${desk.open?.id === m.id ? 'true' : 'false'}>${b.attendance}</button>
            ${m.status === 'open' ? html`<button class="button primary" type="button" data-act="show-code">${b.showCode}</button>` : nothing}
          </div>
          ${desk.open?.id === m.id ? attendancePanel(host, locale, m, desk) : nothing}
        </li>`)}
      </ul>
    </section>
    <details class="members" part="members">
      <summary>${b.members(data.members.length)}</summary>
      <table>
        <thead>
          <tr><th scope="col">${b.name}</th><th scope="col">${s.rate}</th><th scope="col">${b.tally}</th></tr>
        </thead>
        <tbody>
          ${data.members.map(
            (m) => html`<tr>
              <th scope="row">${m.name}</th>
              <td>${m.counts.rate === null ? s.noRate : formatPercent(locale, m.counts.rate)}</td>
              <td>${s.counts(m.counts.present, m.counts.leave, m.counts.absent, m.counts.madeUp)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </details>
    ${desk.live ? liveCode(host, locale, desk) : nothing}
  </div>`;
}

/** Meetings still to come first, soonest first; then those that ended, latest first. */
function ordered(list: BranchMeetings['meetings']): BranchMeetings['meetings'] {
  const time = (x: BranchMeetings['meetings'][number]) => Date.parse(x.meeting.startsAt);
  const coming = list.filter((x) => x.meeting.status !== 'ended').sort((a, b) => time(a) - time(b));
  return [...coming, ...list.filter((x) => x.meeting.status === 'ended').sort((a, b) => time(b) - time(a))];
}

function attendancePanel(host: BranchHost, locale: Locale, m: Meeting, desk: BranchDesk): TemplateResult {
  const b = branchStrings(locale);
  const s = meetingStrings(locale);
  const open = desk.open!;
  if (open.error) return html`<div part="attendance">${errorState(host.settings, open.error, () => void desk.openAttendance(m.id))}</div>`;
  if (!open.value) return html`<p part="attendance" class="quiet" aria-busy="true">…</p>`;
  const markable = m.status !== 'upcoming';
  const waiting = desk.waiting(m.id);
  return html`<table part="attendance" class="attendance">
    <tbody>
      ${open.value.members.map((a) => {
        const w = waiting.get(a.memberId);
        const present = w?.present ?? !!a.checkIn;
        const status = w?.present === undefined ? a.status : w.present ? 'present' : m.status === 'ended' ? 'absent' : 'pending';
        const leave = w?.approved === undefined ? a.leave?.status : w.approved ? 'approved' : 'refused';
        return html`<tr>
          <th scope="row">${a.name}</th>
          <td data-outcome=${status}>
            ${s.outcomes[status]}${a.leave ? html`<br /><small>${s.leave[leave!]} · ${b.reason(a.leave.reason)}</small>` : nothing}
            ${w ? html`<span part="waiting" class="waiting">${s.waiting}</span>` : nothing}
          </td>
          <td>
            <div class="actions">
            ${leave === 'pending'
              ? html`<button class="button" type="button" data-act="decide" data-member=${a.memberId} data-approved="true" ?disabled=${desk.busy}>${b.approve}</button>
                  <button class="button" type="button" data-act="decide" data-member=${a.memberId} data-approved="false" ?disabled=${desk.busy}>${b.refuse}</button>`
              : nothing}
            ${markable
              ? html`<button class="button" type="button" data-act="mark" data-member=${a.memberId} data-present=${present ? 'false' : 'true'} ?disabled=${desk.busy}>
                  ${present ? b.unmark : b.markPresent}<span class="visually-hidden"> ${a.name}</span>
                </button>`
              : nothing}
            </div>
          </td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

function liveCode(host: BranchHost, locale: Locale, desk: BranchDesk): TemplateResult {
  const b = branchStrings(locale);
  const live = desk.live!;
  return html`<div part="live-code" class="live-code" role="dialog" aria-modal="true" aria-labelledby="live-title" data-meeting=${live.meeting.id}>
    <p id="live-title" class="live-title">${b.liveTitle} · ${live.meeting.topic}</p>
    ${live.error
      ? errorState(host.settings, live.error)
      : live.code
        ? html`<p class="code" aria-live="polite">${live.code.code}</p>
            ${live.qr ? html`<svg class="qr" viewBox="0 0 ${live.qr.size} ${live.qr.size}" role="img" aria-label=${live.code.code}><path d=${live.qr.path} /></svg>` : nothing}
            <p class="rotates">${b.rotates(live.left)}</p>`
        : html`<p class="code" aria-busy="true">······</p>`}
    <button class="button" type="button" data-act="close-code">${b.close}</button>
  </div>`;
}

function planForm(locale: Locale, data: BranchMeetings, desk: BranchDesk): TemplateResult {
  const b = branchStrings(locale);
  const s = meetingStrings(locale);
  const f = b.form;
  return html`<form part="plan-form" class="plan" data-branch=${data.branchId}>
    <label class="field"><span>${f.kind}</span><select name="kind">${KINDS.map((k) => html`<option value=${k}>${s.kinds[k]}</option>`)}</select></label>
    <label class="field wide"><span>${f.topic}</span><input name="topic" required maxlength="80" /></label>
    <label class="field"><span>${f.date}</span><input name="date" type="date" required /></label>
    <label class="field"><span>${f.start}</span><input name="start" type="time" required /></label>
    <label class="field"><span>${f.end}</span><input name="end" type="time" required /></label>
    <label class="field"><span>${f.place}</span><input name="place" maxlength="80" /></label>
    <label class="field wide"><span>${f.onlineUrl}</span><input name="onlineUrl" type="url" maxlength="500" /></label>
    <label class="field"><span>${f.attendees}</span
      ><select name="attendees">
        <option value="branch">${s.attendees.branch}</option>
        <option value="committee">${s.attendees.committee}</option>
        ${data.groups.map((g) => html`<option value=${`group:${g.name}`}>${g.name}</option>`)}
      </select></label
    >
    <label class="check"><input name="onlineAllowed" type="checkbox" />${f.onlineAllowed}</label>
    ${desk.planError ? html`<p class="refusal" role="alert">${f.invalid}</p>` : nothing}
    <div class="actions">
      <button class="button primary" type="submit" ?disabled=${desk.busy}>${f.submit}</button>
      <button class="button" type="button" data-act="plan">${f.cancel}</button>
    </div>
  </form>`;
}
