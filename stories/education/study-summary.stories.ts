import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { branchSummary, memberlessSummary, unplannedSummary } from '../../fixtures/study-plans.js';
import { handlers, states } from '../mocks/handlers.js';
import '../../src/define/pb-study-summary.js';

interface Args {
  branchId: string;
  view: string;
}

/**
 * `<pb-study-summary branch-id>`: a branch secretary's view of study plans, the education
 * counterpart of the dues summary. The share of the year's plan items done, items per
 * status, completion per education group (with bars), and every member with something
 * assigned, most urgent first: days overdue, days left, hours behind the pace, and their
 * courses one by one; as a list or a table. Someone else sees a plain "no permission".
 * Switch locale and theme in the toolbar.
 */
const meta: Meta<Args> = {
  title: 'Education/Study summary',
  component: 'pb-study-summary',
  args: { branchId: 'b01', view: 'list' },
  argTypes: { view: { control: 'inline-radio', options: ['list', 'table'] } },
  render: (args) => html`<pb-study-summary branch-id=${args.branchId} view=${args.view}></pb-study-summary>`,
};
export default meta;

type Story = StoryObj<Args>;
const path = '/branches/:branchId/study-summary';

export const Branch: Story = { name: 'A branch, members in every status' };

export const Table: Story = { name: 'Members as a table (view="table")', args: { view: 'table' } };

export const Forbidden: Story = {
  name: 'No permission (a member who is not the secretary)',
  parameters: { msw: [states.problem(path, 403, 'Not allowed', 'Only the branch secretary can see or change its study summary'), ...handlers] },
};

export const Loading: Story = { parameters: { msw: [states.loading(path), ...handlers] } };

export const NothingAssigned: Story = { name: 'Empty (nothing assigned this year)', parameters: { msw: [states.json(path, unplannedSummary()), ...handlers] } };

export const NoMembers: Story = { name: 'Empty (a branch without members)', parameters: { msw: [states.json(path, memberlessSummary()), ...handlers] } };

export const NoBranch: Story = { name: 'No branch-id yet', args: { branchId: '' } };

export const ServerError: Story = {
  name: 'Error (server, with retry)',
  render: (args) => html`<pb-config .retry=${{ retries: 0 }}>${meta.render!(args, {} as never)}</pb-config>`,
  parameters: { msw: [states.problem(path, 503, 'Service Unavailable'), ...handlers] },
};

export const Inconsistent: Story = {
  name: 'Error (numbers that do not add up)',
  parameters: { msw: [states.json(path, { ...branchSummary(), rate: 0.9 }), ...handlers] },
};

export const AssignmentsError: Story = {
  name: 'Assignments (open the list at the end): error with retry',
  render: (args) => html`<pb-config .retry=${{ retries: 0 }}>${meta.render!(args, {} as never)}</pb-config>`,
  parameters: { msw: [states.problem('/branches/:branchId/study-assignments', 503, 'Service Unavailable'), ...handlers] },
};

export const AssignmentsNone: Story = {
  name: 'Assignments (open the list at the end): none yet',
  parameters: { msw: [states.json('/branches/:branchId/study-assignments', { branchId: 'b01', items: [] }), ...handlers] },
};
