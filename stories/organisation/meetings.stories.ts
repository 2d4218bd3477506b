import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { memberMeetings, memberRecord } from '../../fixtures/meetings.js';
import { handlers, states } from '../mocks/handlers.js';
import '../../src/define/pb-config.js';
import '../../src/define/pb-meetings.js';

interface Args {
  view: string;
  branchId: string;
}

/**
 * `<pb-meetings>`: organisational life (三会一课, 主题党日). A member's meetings of the year —
 * coming first, the one open for check-in on top — with their reply, leave and check-in
 * (try any six digits; 000000 is refused as expired), past meetings' materials and their
 * 参会率. `view="branch"`: the secretary's cadence with overdue periods, each meeting's
 * figures, attendance with leave to approve and members to mark by hand, the live code
 * full screen, and the plan form. Switch locale and theme in the toolbar.
 */
const meta: Meta<Args> = {
  title: 'Organisation/Meetings',
  component: 'pb-meetings',
  args: { view: 'member', branchId: 'b01' },
  argTypes: { view: { control: 'inline-radio', options: ['member', 'branch'] } },
  render: (args) => html`<pb-meetings view=${args.view} branch-id=${args.branchId}></pb-meetings>`,
};
export default meta;

type Story = StoryObj<Args>;
const list = '/meetings';
const branch = '/branches/:branchId/meetings';
const only = (items: ReturnType<typeof memberMeetings>['items']) => [states.json(list, { ...memberMeetings(), items }), ...handlers];
const pick = (...ids: string[]) => memberMeetings().items.filter((m) => ids.includes(m.id));

export const Member: Story = { name: 'A member’s year (coming, open for check-in, leave, past with materials)' };

export const InCheckInWindow: Story = { name: 'In the check-in window', parameters: { msw: only(pick('mt-open')) } };

export const Upcoming: Story = { name: 'Upcoming, and a leave request pending', parameters: { msw: only(pick('mt-next', 'mt-pending-leave')) } };

export const PastWithMaterials: Story = { name: 'Past: checked in, on leave, made up, missed with its make-up offered, with materials', parameters: { msw: only(pick('mt-past-group', 'mt-past-leave', 'mt-past-lecture', 'mt-past-missed')) } };

export const NoMeetings: Story = { name: 'Empty (no meetings this year)', parameters: { msw: only([]) } };

export const Loading: Story = { parameters: { msw: [states.loading(list), ...handlers] } };

export const ServerError: Story = {
  name: 'Error (server, with retry)',
  render: (args) => html`<pb-config .retry=${{ retries: 0 }}>${meta.render!(args, {} as never)}</pb-config>`,
  parameters: { msw: [states.problem(list, 503, 'Service Unavailable'), http.get('/api/v1/me/attendance', () => HttpResponse.json(memberRecord())), ...handlers] },
};

export const Branch: Story = { name: 'Branch: cadence with overdue periods, meetings, attendance, live code, plan', args: { view: 'branch' } };

export const BranchLoading: Story = { name: 'Branch: loading', args: { view: 'branch' }, parameters: { msw: [states.loading(branch), ...handlers] } };

export const BranchForbidden: Story = {
  name: 'Branch: no permission (a member who is not the secretary)',
  args: { view: 'branch' },
  parameters: { msw: [states.problem(branch, 403, 'Not allowed'), ...handlers] },
};

export const NoBranch: Story = { name: 'Branch: no branch-id yet', args: { view: 'branch', branchId: '' } };

/** Waits for a part of the widget in the story, then hands it over. */
async function partOf(canvas: HTMLElement, selector: string): Promise<HTMLElement> {
  const widget = canvas.querySelector('pb-meetings')!;
  for (let i = 0; i < 100; i++) {
    const found = widget.shadowRoot?.querySelector<HTMLElement>(selector);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no ${selector}`);
}

export const ReplyOffline: Story = {
  name: 'A reply made offline: shown at once as 待发送, with the sync note',
  parameters: { msw: [http.put('/api/v1/meetings/:id/reply', () => HttpResponse.error()), ...handlers] },
  play: async ({ canvasElement }) => (await partOf(canvasElement, '[data-id="mt-next"] [data-act="attend"]')).click(),
};

export const CheckInOffline: Story = {
  name: 'Check-in offline: needs a connection, the code kept, 签到 tries again',
  parameters: { msw: [http.post('/api/v1/meetings/:id/check-in', () => HttpResponse.error()), ...only(pick('mt-open'))] },
  play: async ({ canvasElement }) => {
    (await partOf(canvasElement, 'input[name="code"]') as HTMLInputElement).value = '482913';
    (await partOf(canvasElement, '[part~="check-in"] [type="submit"]')).click();
  },
};

export const BranchMarkOffline: Story = {
  name: 'Branch: a hand mark made offline, 待发送 on the member’s row',
  args: { view: 'branch' },
  parameters: { msw: [http.put('/api/v1/meetings/:id/attendance/:memberId', () => HttpResponse.error()), ...handlers] },
  play: async ({ canvasElement }) => {
    (await partOf(canvasElement, '[data-meeting="mt-open"] [data-act="attendance"]')).click();
    (await partOf(canvasElement, '[part~="attendance"] [data-act="mark"][data-member="m0040"]')).click();
  },
};
