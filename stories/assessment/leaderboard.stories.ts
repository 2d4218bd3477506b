import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing } from 'lit';
import { leaderboardHandler } from '../mocks/assessment.js';
import { handlers, states } from '../mocks/handlers.js';
import '../../src/define/pb-leaderboard.js';

interface Args {
  metric: string;
  scope: string;
  period: string;
  limit: number;
  scopes: string;
  controls: string | null;
}

/**
 * `<pb-leaderboard>`: branches or members ranked by a metric over a period. Ties share a
 * rank (1, 2, 2, 4); the top three carry a medal; the arrows show the move since the
 * previous period; the member's own row is highlighted and summed up above the list.
 * Switch locale and theme in the toolbar.
 */
const meta: Meta<Args> = {
  title: 'Assessment/Leaderboard',
  component: 'pb-leaderboard',
  args: { metric: 'points', scope: 'branches', period: 'month', limit: 0, scopes: 'branches members', controls: null },
  argTypes: {
    metric: { control: 'select', options: ['points', 'study-hours', 'study-time', 'completion-rate', 'participation-rate', 'dues-rate'] },
    scope: { control: 'inline-radio', options: ['branches', 'members'] },
    period: { control: 'select', options: ['week', 'month', 'quarter', 'year', 'all'] },
  },
  render: (args) => html`<pb-leaderboard
    metric=${args.metric}
    scope=${args.scope}
    period=${args.period}
    limit=${args.limit}
    scopes=${args.scopes}
    controls=${args.controls ?? nothing}
  ></pb-leaderboard>`,
};
export default meta;

type Story = StoryObj<Args>;
const path = '/leaderboard';

export const Branches: Story = { name: 'Branches by study points' };

export const Members: Story = { name: 'Members by credit hours (学时)', args: { scope: 'members', metric: 'study-hours' } };

/** Time studied, plainly named: a separate metric from 学时. */
export const MembersByTime: Story = { name: 'Members by time studied', args: { scope: 'members', metric: 'study-time' } };

export const CompletionRate: Story = { name: 'Required course completion', args: { metric: 'completion-rate' } };

export const ParticipationRate: Story = { name: 'Participation rate (members)', args: { metric: 'participation-rate', scope: 'members' } };

export const DuesRate: Story = { name: 'Dues paid on time, this year', args: { metric: 'dues-rate', period: 'year' } };

export const AllTime: Story = { name: 'All time (no change column)', args: { period: 'all', scope: 'members' } };

export const TopTenMeOutside: Story = {
  name: 'Top 10, the member outside it',
  args: { scope: 'members', metric: 'study-hours', limit: 10 },
  parameters: { msw: [leaderboardHandler({ meIndex: 57 }), ...handlers] },
};

export const WithControls: Story = { name: 'With switchers (controls)', args: { controls: '' } };

/**
 * The leaderboard in a 260 px sidebar of a wide page (the dues page's): it lays itself out
 * by its own width, so it takes the same narrow layout as on a phone, whatever the page's
 * width. Try English and large text in the toolbar; narrower than about 15em, the value
 * and the change go under the name.
 */
export const NarrowColumn: Story = {
  name: 'In a narrow sidebar (260 px)',
  args: { metric: 'completion-rate', scope: 'members', controls: '' },
  render: (args) => html`<style>
      .sidebar-page {
        display: grid;
        grid-template-columns: minmax(0, 1fr) 260px;
        gap: 16px;
      }
      .sidebar-page main {
        min-block-size: 12em;
        background: #f3efe9;
      }
    </style>
    <div class="sidebar-page">
      <main></main>
      <aside>
        <pb-leaderboard metric=${args.metric} scope=${args.scope} period=${args.period} controls=${args.controls ?? nothing}></pb-leaderboard>
      </aside>
    </div>`,
};

export const BranchesOnly: Story = {
  name: 'Member ranking turned off (scopes="branches")',
  args: { controls: '', scopes: 'branches', scope: 'members' },
};

export const LongList: Story = {
  name: '100,000 members (virtualized, paged)',
  args: { scope: 'members', period: 'quarter' },
  parameters: { msw: [leaderboardHandler({ total: 100_000, meIndex: 4321 }), ...handlers] },
};

export const HostileNames: Story = {
  name: 'Names are text, never HTML',
  args: { scope: 'members' },
  parameters: {
    msw: [leaderboardHandler({ names: ['<img src=x onerror=alert(1)>王伟', '<b>李芳</b>', '一个名字非常非常非常长的党员同志（流动党员党支部）'] }), ...handlers],
  },
};

export const Loading: Story = { parameters: { msw: [states.loading(path), ...handlers] } };

export const Empty: Story = {
  args: { period: 'week' },
  parameters: {
    msw: [
      states.json(path, { metric: 'points', scope: 'branches', period: 'week', unit: 'points', generatedAt: '2026-11-27T06:05:00Z', total: 0, items: [], nextCursor: null, me: null }),
      ...handlers,
    ],
  },
};

export const ServerError: Story = {
  name: 'Error (server, with retry)',
  render: () => html`<pb-config .retry=${{ retries: 0 }}><pb-leaderboard></pb-leaderboard></pb-config>`,
  parameters: { msw: [states.problem(path, 503, 'Service Unavailable'), ...handlers] },
};

export const Offline: Story = { name: 'Error (offline)', parameters: { msw: [states.offline(path), ...handlers] } };

export const LaterPageFails: Story = {
  name: 'Error (a later page fails while scrolling)',
  args: { scope: 'members' },
  render: () => html`<pb-config .retry=${{ retries: 0 }}><pb-leaderboard scope="members"></pb-leaderboard></pb-config>`,
  parameters: { msw: [leaderboardHandler({ total: 300, failLaterPages: 503 }), ...handlers] },
};

export const WrongShape: Story = {
  name: 'Error (a rate sent as 87.5 instead of 0.875)',
  args: { metric: 'dues-rate' },
  parameters: {
    msw: [
      states.json(path, {
        metric: 'dues-rate',
        scope: 'branches',
        period: 'month',
        unit: 'percent',
        generatedAt: '2026-11-27T06:05:00Z',
        total: 1,
        items: [{ id: 'b01', name: '第一党支部', branchName: null, value: 87.5, rank: 1, previousRank: 2 }],
        nextCursor: null,
        me: null,
      }),
      ...handlers,
    ],
  },
};

export const DuesRateMembersRefused: Story = {
  name: 'Refused (members by dues rate, for an ordinary member)',
  args: { metric: 'dues-rate', scope: 'members', period: 'year', controls: '' },
  parameters: {
    msw: [states.problem(path, 403, 'Not allowed', "Members' dues rates are personal: only a branch secretary sees them, for their own branch's members"), ...handlers],
  },
};

export const Misconfigured: Story = { name: 'Error (misconfigured: unknown metric)', args: { metric: 'score' } };
