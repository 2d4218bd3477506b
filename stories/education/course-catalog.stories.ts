import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { emptyPlan, migrantPlan, planHours, studyPlan, veteranPlan } from '../../fixtures/study-plans.js';
import { catalogHandler } from '../mocks/education.js';
import { handlers, states } from '../mocks/handlers.js';
import '../../src/define/pb-course-catalog.js';

interface Args {
  filter: string;
  category: string;
  search: string;
  pageSize: number;
  hrefTemplate: string;
}

/**
 * `<pb-course-catalog>`: courses on demand, required (必修) and elective (选修), by
 * category and searched on the server, each with the member's progress and credited
 * study time. Selecting a course fires `pb-course-select`, or follows `href-template`.
 * Switch locale and theme in the toolbar.
 */
const meta: Meta<Args> = {
  title: 'Education/Course catalog',
  component: 'pb-course-catalog',
  args: { filter: 'all', category: '', search: '', pageSize: 12, hrefTemplate: '' },
  argTypes: { filter: { control: 'inline-radio', options: ['all', 'required', 'elective'] } },
  render: (args) => html`<pb-course-catalog
    filter=${args.filter}
    category=${args.category}
    search=${args.search}
    page-size=${args.pageSize}
    href-template=${args.hrefTemplate}
  ></pb-course-catalog>`,
};
export default meta;

type Story = StoryObj<Args>;
const path = '/courses';

export const Data: Story = { name: 'All courses' };

export const Required: Story = { name: 'Required courses only', args: { filter: 'required' } };

export const Search: Story = { name: 'Search (党史)', args: { search: '党史' } };

export const Paged: Story = { name: 'First page, with load more', args: { pageSize: 4 } };

export const Links: Story = { name: 'Links for a plain page (href-template)', args: { hrefTemplate: '/study.html?course={id}' } };

export const Loading: Story = { parameters: { msw: [states.loading(path), ...handlers] } };

export const Empty: Story = { name: 'Empty (nothing matches)', args: { search: '航天' } };

export const NoCourses: Story = { name: 'Empty (no courses yet)', parameters: { msw: [catalogHandler([]), ...handlers] } };

export const ServerError: Story = {
  name: 'Error (server, with retry)',
  render: (args) => html`<pb-config .retry=${{ retries: 0 }}>${meta.render!(args, {} as never)}</pb-config>`,
  parameters: { msw: [states.problem(path, 503, 'Service Unavailable'), ...handlers] },
};

export const Offline: Story = { name: 'Error (offline)', parameters: { msw: [states.offline(path), ...handlers] } };

/* 为你安排: the member's study plan above the catalog. */
const plan = '/study-plan';

export const Plan: Story = { name: '为你安排: one course in each status, the year’s hours' };

export const PlanVeteran: Story = {
  name: '为你安排: a veteran member (listening and larger text offered)',
  parameters: { msw: [states.json(plan, veteranPlan()), ...handlers] },
};

export const PlanMigrant: Story = {
  name: '为你安排: a migrant member (listening to save data)',
  parameters: { msw: [states.json(plan, migrantPlan()), ...handlers] },
};

/** The year's 学时 reached: its certificate (年度学习证书), opened from the hours row. */
export const PlanYearCertificate: Story = {
  name: '为你安排: the year’s 学时 reached, its certificate',
  parameters: { msw: [states.json(plan, studyPlan([], planHours(32, 33.5))), ...handlers] },
  play: async ({ canvasElement }) => {
    const catalog = canvasElement.querySelector('pb-course-catalog')!;
    for (let i = 0; i < 100 && !catalog.shadowRoot?.querySelector('[part="plan-hours"] button'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    catalog.shadowRoot!.querySelector<HTMLButtonElement>('[part="plan-hours"] button')!.click();
  },
};

export const PlanNothingAssigned: Story = { name: '为你安排: nothing assigned (no section)', parameters: { msw: [states.json(plan, emptyPlan()), ...handlers] } };

export const PlanNotOffered: Story = {
  name: '为你安排: a backend without study plans (no section, no error)',
  parameters: { msw: [states.problem(plan, 404, 'Not Found'), ...handlers] },
};

export const PlanOff: Story = { name: '为你安排 turned off (plan="off")', render: () => html`<pb-course-catalog plan="off"></pb-course-catalog>` };

export const PlanLoading: Story = { name: '为你安排: loading', parameters: { msw: [states.loading(plan), ...handlers] } };

export const PlanError: Story = {
  name: '为你安排: error (server, with retry)',
  render: (args) => html`<pb-config .retry=${{ retries: 0 }}>${meta.render!(args, {} as never)}</pb-config>`,
  parameters: { msw: [states.problem(plan, 503, 'Service Unavailable'), ...handlers] },
};
