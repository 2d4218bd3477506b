import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { expectAnswers } from '../../api/answers.js';
import { ConfigError } from '../../api/errors.js';
import { randomId } from '../../api/keys.js';
import type { Meeting, MeetingList, MeetingReply, MemberAttendance, BranchMeetings } from '../../api/types.js';
import { getMyAttendance } from '../../contract/shapes/MemberAttendance.gen.js';
import { listMeetings } from '../../contract/shapes/MeetingList.gen.js';
import { checkInMeeting, replyToMeeting } from '../../contract/shapes/Meeting.gen.js';
import type { Locale } from '../../i18n/locale.js';
import { formatPercent } from '../../i18n/format.js';
import { OutboxController } from '../../outbox/outbox-controller.js';
import { emit } from '../../shared/emit.js';
import { lazy } from '../../shared/lazy.js';
import { PbElement } from '../../shared/pb-element.js';
import { Resource } from '../../shared/resource.js';
import { emptyState, errorState, stateStyles, syncNote } from '../../shared/states.js';
import { arrange, normaliseCode, refusalOf, type Refusal } from './internal/meeting-list.js';
import { meetingCard } from './internal/meeting-parts.js';
import { styles } from './pb-meetings.styles.js';
import { meetingStrings } from './strings/index.js';

expectAnswers({ listMeetings, getMyAttendance, replyToMeeting, checkInMeeting });

export type { MeetingCheckInDetail, MeetingMakeupDetail, MeetingPlanDetail, MeetingReplyDetail } from './events.js';

/** `member` (the member's own meetings) or `branch` (a secretary's view of `branch-id`). */
export type MeetingsView = 'member' | 'branch';

type Data = { view: 'member'; list: MeetingList; record: MemberAttendance } | { view: 'branch'; branch: BranchMeetings };
type Args = readonly [MeetingsView, string, number | undefined];
type BranchParts = typeof import('./internal/branch/branch-view.lazy.js');
type BranchPorts = import('./internal/branch/branch-view.lazy.js').BranchPorts;
/** The secretary's view, loaded with the branch's data. */
const branchPart = lazy(() => import('./internal/branch/branch-view.lazy.js'));
const views: MeetingsView[] = ['member', 'branch'];

/**
 * Organisational life (组织生活): 三会一课 — 支部党员大会, 支部委员会, 党小组会, 党课 — and
 * 主题党日. A member sees the year's meetings of their branch they are expected at, coming
 * ones first: replies that they will attend or asks for leave (请假) with a reason and
 * sees the secretary's decision, checks in during the meeting with the six-digit code
 * shown there (it rotates, so a photo sent home does not work) or online where the meeting
 * allows it, opens the materials of past meetings, and reads their own attendance for the
 * year (参会率), as the backend counts it.
 *
 * A reply (attend, or leave with its reason) goes through the member's outbox: it shows at
 * once as waiting (待发送), is stored on the device, sent with one idempotency key when the
 * connection is there (after a reload too), and only the latest reply per meeting is sent;
 * the backend's answer then replaces the card. Check-in does not queue: a code is valid for
 * one 30-second period and the next, so a check-in sent later would be refused as expired
 * (and one sent later still would claim a presence the member can no longer prove).
 * Offline, the card says plainly that check-in needs a connection, keeps the typed code,
 * and 签到 tries again.
 *
 * `view="branch"` with `branch-id` is the secretary's view (a lazy chunk): the year's
 * 三会一课 cadence with what is overdue, each meeting's attendance with leave to approve
 * and members to mark present by hand, the live check-in code full screen with its QR
 * code, and a form to plan a meeting. The backend decides who may see it; anyone else sees
 * a plain "no permission". Leave decisions and hand marks go through the secretary's
 * outbox as replies do (a mark made on a phone in a village hall without signal holds when
 * it arrives): the member's row shows it as 待发送 until the backend took it.
 *
 * @tagname pb-meetings
 * @summary A member's meetings (reply, leave, check-in, materials, attendance); the secretary's plan, live code, attendance and cadence.
 *
 * @fires {MeetingReplyDetail} pb-meeting-reply - The backend took the member's reply (attend, or leave with a reason); a reply queued offline fires when it lands.
 * @fires {MeetingCheckInDetail} pb-meeting-check-in - The backend took the member's check-in.
 * @fires {MeetingPlanDetail} pb-meeting-plan - Branch view: the backend created the meeting the secretary planned.
 * @fires {MeetingMakeupDetail} pb-meeting-makeup - The member chose to make up a missed 党课 by studying its course (without `href-template`; the page opens the course player).
 *
 * @csspart base - The wrapper of everything.
 * @csspart record - The member's attendance for the year (rate and counts).
 * @csspart meeting - One meeting; `data-status` (`upcoming`, `open`, `ended`) and `data-outcome` say where it stands.
 * @csspart kind - A meeting's kind (支部党员大会…); `data-kind` says which.
 * @csspart topic - A meeting's topic.
 * @csspart outcome - The member's reply, leave or check-in at a meeting.
 * @csspart waiting - A reply stored on the device and not yet confirmed by the backend (待发送).
 * @csspart sync - The note that replies wait for the connection (or for the member to sign in again).
 * @csspart online-link - The link to join a meeting online.
 * @csspart check-in - The check-in form (code, and online where allowed).
 * @csspart leave-form - The leave request's reason.
 * @csspart refusal - Why the backend refused a reply or check-in.
 * @csspart materials - A past meeting's materials.
 * @csspart makeup - The link (with `href-template`) or button to make up a missed 党课 in the course player.
 * @csspart cadence - Branch view: the year's 三会一课 cadence.
 * @csspart period - Branch view: one period of a cadence rule; `data-status` (`met`, `overdue`, `due`, `later`).
 * @csspart attendance - Branch view: one meeting's members, their leave and check-in.
 * @csspart members - Branch view: every member's attendance for the year, lowest rate first (a disclosure).
 * @csspart live-code - Branch view: the check-in code shown full screen.
 * @csspart plan-form - Branch view: the form to plan a meeting.
 *
 * @cssprop --pb-meetings-accent - The open check-in and the live code; default the primary colour.
 */
export class PbMeetings extends PbElement {
  static override styles = [...PbElement.styles, stateStyles, styles];

  /** `member` (default): the member's own meetings; `branch`: the secretary's view of `branch-id`. */
  @property({ reflect: true }) view: MeetingsView = 'member';
  /** The branch of `view="branch"`. */
  @property({ attribute: 'branch-id' }) branchId = '';
  /** Where a course links to, with `{id}` for its id (`/study.html?course={id}`): a missed 党课's make-up. Without it the button fires `pb-meeting-makeup`. */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;
  /** The calendar year shown; the current year when unset. */
  @property({ type: Number }) year?: number;

  /** Meetings as the backend answered a write about them, over the list's copies. */
  @state() private answered = new Map<string, Meeting>();
  @state() private busy = new Set<string>();
  @state() private refusals = new Map<string, Refusal>();
  /** The meeting whose leave form is open. */
  @state() private asking: string | null = null;
  /** Replies waiting in the outbox, by meeting: the latest one's key and what it says. */
  @state() private pending = new Map<string, { key: string; reply: MeetingReply }>();

  /** The member's outbox, opened with the member's meetings (the secretary's view does not need it). */
  private outbox: OutboxController | undefined;
  /** Outbox writes whose answer this page waits for (its own, and those an earlier page left). */
  private readonly followed = new Set<string>();

  private branchParts: BranchParts | undefined;
  private readonly branchPorts: BranchPorts = {
    reload: () => void this.data.reload(),
    planned: (meeting) => void emit(this, 'pb-meeting-plan', { meeting }),
    enqueue: (operation, args, options) => (this.outbox ??= new OutboxController(this)).enqueue(operation, args, options),
    writes: () => this.outbox?.opened?.writes ?? [],
    outcome: (id) => this.outbox?.opened?.outcome(id),
  };
  private readonly data = new Resource<Data, Args>(this, {
    args: () => [this.mode, this.branchId, this.year],
    loadingRows: 4,
    missing: ([view, branchId]) => (view === 'branch' && !branchId ? 'branch-id' : undefined),
    isEmpty: (d) => d.view === 'member' && d.list.items.length === 0,
    load: (_backend, [view, branchId, year], signal) => (view === 'branch' ? this.loadBranch(branchId, year, signal) : this.loadMember(year, signal)),
  });

  private get mode(): MeetingsView {
    return views.includes(this.view) ? this.view : 'member';
  }

  private async loadMember(year: number | undefined, signal: AbortSignal): Promise<Data> {
    const [list, record] = await Promise.all([this.backend.listMeetings({ year }, { signal }), this.backend.getMyAttendance({ year }, { signal })]);
    this.answered = new Map();
    this.outbox ??= new OutboxController(this);
    return { view: 'member', list, record };
  }

  private async loadBranch(branchId: string, year: number | undefined, signal: AbortSignal): Promise<Data> {
    const parts = branchPart(this);
    expectAnswers({ getBranchMeetings: parts.then((chunk) => chunk.getBranchMeetings, () => undefined) });
    const branch = this.backend.getBranchMeetings(branchId, { year }, { signal });
    branch.catch(() => undefined);
    this.branchParts = await parts;
    this.outbox ??= new OutboxController(this);
    return { view: 'branch', branch: await branch };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('view') && !views.includes(this.view)) this.reportProblem(new ConfigError('view', `"${this.view}" is not one of ${views.join(', ')}; showing the member's view`));
    this.followEarlierReplies();
  }

  private followEarlierReplies(): void {
    // Replies an earlier page left in the outbox show as waiting, and their answer lands here.
    const outbox = this.outbox?.opened;
    for (const write of outbox?.writes ?? []) {
      if (write.operation !== 'replyToMeeting' || this.followed.has(write.id)) continue;
      const [id, reply] = write.args as [string, MeetingReply];
      const outcome = outbox!.outcome(write.id) as Promise<Meeting> | undefined;
      if (!outcome) continue;
      this.followed.add(write.id);
      if (!this.pending.has(id)) this.pending = new Map(this.pending).set(id, { key: write.id, reply });
      this.follow(id, write.id, reply, outcome);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.branchParts?.closeBranch(this);
  }

  protected override render() {
    const locale = this.settings.locale;
    const s = meetingStrings(locale);
    return html`<section part="base" class="base" aria-label=${s.title} lang=${locale} @click=${this.act} @submit=${this.submit}>
      ${this.mode === 'branch' && !this.branchId
        ? emptyState(locale, s.noBranch, s.noBranchHint)
        : this.data.render({
            complete: (d) => (d.view === 'member' ? this.memberView(locale, d.list, d.record) : this.branchParts!.branchView(this, this.branchPorts, locale, d.branch)),
            empty: () => emptyState(locale, s.none, s.noneHint),
            error: (error) => errorState(this.settings, error, () => void this.data.reload(), this.mode === 'branch' ? s.forbidden : undefined),
          })}
      ${syncNote(this.settings, this.outbox?.value)}
    </section>`;
  }

  private memberView(locale: Locale, list: MeetingList, record: MemberAttendance): TemplateResult {
    const s = meetingStrings(locale);
    const { upcoming, past } = arrange(list.items.map((m) => this.answered.get(m.id) ?? m));
    const card = (m: Meeting) => meetingCard(locale, m, { hrefTemplate: this.hrefTemplate, busy: this.busy.has(m.id), asking: this.asking === m.id, refusal: this.refusals.get(m.id), pending: this.pending.get(m.id)?.reply });
    const c = record.counts;
    return html`<header class="head">
        <h3>${s.title}</h3>
        <p part="record" class="record" aria-label=${s.record}>
          <span class="rate"><span>${s.rate}</span> <strong>${c.rate === null ? s.noRate : formatPercent(locale, c.rate)}</strong></span>
          <span class="counts">${s.counts(c.present, c.leave, c.absent, c.madeUp)}</span>
        </p>
      </header>
      <h3 class="section">${s.upcoming}</h3>
      ${upcoming.length ? html`<ul class="list">${upcoming.map(card)}</ul>` : html`<p class="quiet">${s.nothingUpcoming}</p>`}
      ${past.length ? html`<h3 class="section">${s.past}</h3><ul class="list">${past.map(card)}</ul>` : nothing}`;
  }

  /** The meeting a press or a form is about. */
  private meetingOf(target: Element): Meeting | undefined {
    const id = target.closest<HTMLElement>('[data-id]')?.dataset['id'];
    const d = this.data.value;
    if (!id || d?.view !== 'member') return undefined;
    return this.answered.get(id) ?? d.list.items.find((m) => m.id === id);
  }

  private readonly act = (event: Event) => {
    const target = (event.target as Element).closest<HTMLElement>('[data-act]');
    const meeting = target && this.meetingOf(target);
    if (!target || !meeting) return;
    switch (target.dataset['act']) {
      case 'attend':
        this.reply(meeting.id, { reply: 'attend' });
        return;
      case 'ask':
        this.asking = meeting.id;
        this.refusals.delete(meeting.id);
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-id="${meeting.id}"] textarea`)?.focus());
        return;
      case 'cancel-ask':
        this.asking = null;
        void this.focusTopic(meeting.id);
        return;
      case 'makeup':
        emit(this, 'pb-meeting-makeup', { meetingId: meeting.id, courseId: target.dataset['course']! });
        return;
      case 'online':
        void this.write(meeting, 'online', (key) => this.backend.checkInMeeting(meeting.id, { method: 'online' }, { idempotencyKey: key }));
    }
  };

  private readonly submit = (event: SubmitEvent) => {
    const form = event.target as HTMLFormElement;
    const meeting = this.meetingOf(form);
    if (!meeting || !form.dataset['actForm']) return;
    event.preventDefault();
    const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement).value;
    if (form.dataset['actForm'] === 'leave') {
      const reason = field('reason').trim();
      if (!reason) return this.refuse(meeting.id, 'reason');
      this.reply(meeting.id, { reply: 'leave', reason });
    } else {
      const code = normaliseCode(field('code'));
      if (code.length !== 6) return this.refuse(meeting.id, 'incorrect');
      void this.write(meeting, 'code', (key) => this.backend.checkInMeeting(meeting.id, { method: 'code', code }, { idempotencyKey: key }));
    }
  };

  private refuse(id: string, refusal: Refusal): void {
    this.refusals = new Map(this.refusals).set(id, refusal);
  }

  /**
   * Queues a reply in the member's outbox, the latest per meeting replacing one not yet
   * sent: it shows at once as waiting, and the backend's answer replaces the meeting.
   */
  private reply(id: string, reply: MeetingReply): void {
    const key = randomId();
    this.followed.add(key);
    this.pending = new Map(this.pending).set(id, { key, reply });
    this.asking = null;
    this.refusals.delete(id);
    void this.focusTopic(id);
    const outbox = (this.outbox ??= new OutboxController(this));
    this.follow(id, key, reply, outbox.enqueue('replyToMeeting', [id, reply], { key, coalesce: `meeting-reply|${id}` }));
  }

  /** Lays the answer to a queued reply over the list, or keeps its refusal; only the latest reply per meeting counts. */
  private follow(id: string, key: string, reply: MeetingReply, outcome: Promise<Meeting>): void {
    const latest = () => this.pending.get(id)?.key === key;
    const settle = () => {
      const pending = new Map(this.pending);
      pending.delete(id);
      this.pending = pending;
    };
    outcome.then(
      (fresh) => {
        if (!latest()) return;
        settle();
        this.answered = new Map(this.answered).set(id, fresh);
        emit(this, 'pb-meeting-reply', { meetingId: id, reply: reply.reply, meeting: fresh });
      },
      (error: unknown) => {
        if (!latest()) return;
        settle();
        this.refuse(id, refusalOf(error));
      },
    );
  }

  /** Sends a check-in with a key of its own (the client retries it as such); the answer replaces the meeting. */
  private async write(meeting: Meeting, what: 'code' | 'online', send: (key: string) => Promise<Meeting>): Promise<void> {
    const id = meeting.id;
    this.busy = new Set(this.busy).add(id);
    const refusals = new Map(this.refusals);
    refusals.delete(id);
    this.refusals = refusals;
    try {
      const fresh = await send(randomId());
      this.answered = new Map(this.answered).set(id, fresh);
      emit(this, 'pb-meeting-check-in', { meetingId: id, method: what, meeting: fresh });
      void this.focusTopic(id);
    } catch (error) {
      this.refuse(id, refusalOf(error));
    } finally {
      const busy = new Set(this.busy);
      busy.delete(id);
      this.busy = busy;
    }
  }

  /** After an answer the focus returns to the meeting's topic, from where its new state is read. */
  private async focusTopic(id: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-id="${id}"] [part~="topic"]`)?.focus();
  }
}
