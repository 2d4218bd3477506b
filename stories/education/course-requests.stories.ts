import type { Meta, StoryObj } from '@storybook/web-components';
import { http, HttpResponse } from 'msw';
import { html } from 'lit';
import { courseRequestHandlers } from '../mocks/course-requests.js';
import { handlers, states } from '../mocks/handlers.js';
import { memberRequests } from '../../fixtures/course-requests.js';
import '../../src/define/pb-course-requests.js';

interface Args {
  view: 'member' | 'branch';
  branchId: string;
  hrefTemplate: string;
}

/**
 * `<pb-course-requests>`: courses on request (点单式学习). A member sees the branch's
 * requests with each status in plain words — received, planned with its day, available with
 * a link to the course, declined with the reason, merged into another — adds or withdraws
 * their voice ("我也想学"), and asks for a course: while the title is typed, near-duplicate
 * requests and existing courses are offered first. Changes to the member's own requests carry
 * a "news" mark. `view="branch"` is the secretary's view: requests ranked by demand (voices
 * and learning-needs survey answers), demand per topic, filters, and the answers (plan,
 * link a course, decline, merge). Switch locale and theme in the toolbar.
 */
const meta: Meta<Args> = {
  title: 'Education/Course requests',
  component: 'pb-course-requests',
  args: { view: 'member', branchId: 'b01', hrefTemplate: '' },
  argTypes: { view: { control: 'inline-radio', options: ['member', 'branch'] } },
  render: (args) => html`<pb-course-requests view=${args.view} branch-id=${args.branchId} href-template=${args.hrefTemplate}></pb-course-requests>`,
};
export default meta;

type Story = StoryObj<Args>;
// A fresh branch for each story: what one story asked or voiced is not in the next.
const withRequests = (requests = memberRequests()) => ({ msw: [...courseRequestHandlers(requests), ...handlers] });
const branch = { view: 'branch' as const };

/** Waits for a part of the widget in the story, then hands it over. */
async function partOf(canvas: HTMLElement, name: string): Promise<HTMLElement> {
  const widget = canvas.querySelector('pb-course-requests')!;
  for (let i = 0; i < 100; i++) {
    const found = widget.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no [part=${name}]`);
}

export const Member: Story = { name: 'A member: every status, news on their own request', parameters: withRequests() };

export const Links: Story = {
  name: 'Available courses as links (href-template)',
  args: { hrefTemplate: '/study.html?course={id}' },
  parameters: withRequests(),
};

export const Asking: Story = {
  name: 'Asking: near duplicates and courses offered while typing',
  parameters: withRequests(),
  play: async ({ canvasElement }) => {
    (await partOf(canvasElement, 'ask-button')).click();
    const form = await partOf(canvasElement, 'ask-form');
    const title = form.querySelector<HTMLInputElement>('#ask-title')!;
    title.value = '智能手机使用';
    title.dispatchEvent(new Event('input'));
  },
};

export const AskProblems: Story = {
  name: 'Asking: what is wrong, said per field',
  parameters: withRequests(),
  play: async ({ canvasElement }) => {
    (await partOf(canvasElement, 'ask-button')).click();
    (await partOf(canvasElement, 'ask-form')).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};

export const VoiceOffline: Story = {
  name: 'A voice given offline: shown at once, waiting to sync',
  parameters: { msw: [http.put('/api/v1/course-requests/:id/voice', () => HttpResponse.error()), ...courseRequestHandlers(), ...handlers] },
  play: async ({ canvasElement }) => {
    await partOf(canvasElement, 'request');
    canvasElement.querySelector('pb-course-requests')!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="voice"][aria-pressed="false"]')!.click();
  },
};

export const Empty: Story = { name: 'Empty: nobody asked yet (with “ask”)', parameters: withRequests([]) };

export const Loading: Story = { parameters: { msw: [states.loading('/course-requests'), ...handlers] } };

export const ServerError: Story = {
  name: 'Error (server, with retry)',
  render: () => html`<pb-config .retry=${{ retries: 0 }}><pb-course-requests></pb-course-requests></pb-config>`,
  parameters: { msw: [states.problem('/course-requests', 503, 'Service Unavailable'), ...handlers] },
};

export const Branch: Story = { name: 'Secretary: ranked by demand, demand per topic', args: branch, parameters: withRequests() };

export const BranchAnswering: Story = {
  name: 'Secretary: linking a course from the catalog',
  args: branch,
  parameters: withRequests(),
  play: async ({ canvasElement }) => {
    (await partOf(canvasElement, 'answer-button')).click();
    (await partOf(canvasElement, 'answer-form')).querySelector<HTMLInputElement>('input[value="available"]')!.click();
  },
};

export const BranchEmpty: Story = { name: 'Secretary: no request yet (survey demand only)', args: branch, parameters: withRequests([]) };

export const BranchForbidden: Story = {
  name: 'Secretary view for someone else: no permission',
  args: branch,
  parameters: { msw: [states.problem('/branches/:branchId/course-requests', 403, 'Forbidden'), ...handlers] },
};

export const NoBranch: Story = { name: 'Secretary view without branch-id', args: { ...branch, branchId: '' } };
