import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { handlers, states } from '../mocks/handlers.js';
import { branchSummary } from '../../fixtures/dues.js';
import '../../src/define/pb-dues-summary.js';

interface Args {
  branchId: string;
}

/**
 * `<pb-dues-summary branch-id>`: a branch secretary's view of dues collection. The rate for
 * the year and each month, member-months per status, and the members in arrears with the
 * six-month cases on top. Someone else sees a plain "no permission". Switch locale and
 * theme in the toolbar.
 */
const meta: Meta<Args> = {
  title: 'Dues/Dues summary',
  component: 'pb-dues-summary',
  args: { branchId: 'b01' },
  render: (args) => html`<pb-dues-summary branch-id=${args.branchId}></pb-dues-summary>`,
};
export default meta;

type Story = StoryObj<Args>;
const path = '/branches/:branchId/dues-summary';

export const Branch: Story = { name: 'A branch with members in arrears' };

export const NoArrears: Story = {
  name: 'Nobody in arrears',
  parameters: { msw: [states.json(path, branchSummary({}, false)), ...handlers] },
};

export const Forbidden: Story = {
  name: 'No permission (a member who is not the secretary)',
  parameters: { msw: [states.problem(path, 403, 'Forbidden', 'Only the branch secretary can see this summary'), ...handlers] },
};

export const Loading: Story = { parameters: { msw: [states.loading(path), ...handlers] } };

export const Empty: Story = {
  name: 'Empty (a branch without members)',
  parameters: {
    msw: [
      states.json(path, {
        ...branchSummary({}),
        memberCount: 0,
        rate: 0,
        arrears: [],
        counts: { paid: 0, 'paid-late': 0, unpaid: 0, exempt: 0, 'not-due': 0 },
        months: branchSummary({}).months.map((m) => ({ ...m, dueCount: 0, paidCount: 0, rate: null })),
      }),
      ...handlers,
    ],
  },
};

export const NoBranch: Story = { name: 'No branch-id yet', args: { branchId: '' } };

export const ServerError: Story = {
  name: 'Error (server, with retry)',
  render: () => html`<pb-config .retry=${{ retries: 0 }}><pb-dues-summary branch-id="b01"></pb-dues-summary></pb-config>`,
  parameters: { msw: [states.problem(path, 503, 'Service Unavailable'), ...handlers] },
};

export const Inconsistent: Story = {
  name: 'Error (counts that do not add up)',
  parameters: { msw: [states.json(path, { ...branchSummary(), memberCount: 21 }), ...handlers] },
};
