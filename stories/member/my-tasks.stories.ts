import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { handlers, states } from '../mocks/handlers.js';
import { taskList } from '../../fixtures/tasks.js';
import '../../src/define/pb-my-tasks.js';

interface Args {
  courseHref: string;
  questionnaireHref: string;
  duesHref: string;
  meetingHref: string;
}

/**
 * `<pb-my-tasks>`: one list of what is expected of the member now, from every area, by
 * urgency said in words (逾期 10 天, 还剩 14 天), each linking where it is done through a
 * template per kind. A reminder has 知道了; a meeting says what it waits for (a reply, a
 * refused leave, the check-in open now). `pb-tasks-change` carries the counts for a
 * badge. Switch locale and theme in the toolbar.
 */
const meta: Meta<Args> = {
  title: 'Member/My tasks',
  component: 'pb-my-tasks',
  args: { courseHref: '/study.html?course={id}', questionnaireHref: '/survey.html?id={id}', duesHref: '/dues.html?month={id}', meetingHref: '/meetings.html#{id}' },
  render: (args) =>
    html`<pb-my-tasks
      course-href=${args.courseHref}
      questionnaire-href=${args.questionnaireHref}
      dues-href=${args.duesHref}
      meeting-href=${args.meetingHref}
    ></pb-my-tasks>`,
};
export default meta;

type Story = StoryObj<Args>;
const path = '/me/tasks';

export const Tasks: Story = { name: 'Tasks of every kind and urgency' };

const meeting = taskList().items.find((t) => t.kind === 'meeting')!;
export const Meetings: Story = {
  name: 'Meetings: check-in open now, leave refused, a reply to give',
  parameters: {
    msw: [
      states.json(
        path,
        taskList({
          items: [
            { ...meeting, id: 'meeting:mt-now', targetId: 'mt-now', title: '党小组会：学习党章第一章', urgency: 'overdue', dueOn: '2026-09-15', daysLeft: 0, meeting: { ...meeting.meeting!, kind: 'group', need: 'check-in' } },
            { ...meeting, id: 'meeting:mt-refused', targetId: 'mt-refused', title: '主题党日：重温入党誓词', urgency: 'due-soon', dueOn: '2026-09-18', daysLeft: 3, meeting: { ...meeting.meeting!, kind: 'theme-day', need: 'leave-refused' } },
            meeting,
          ],
        }),
      ),
      ...handlers,
    ],
  },
};

export const OnlyLater: Story = {
  name: 'Nothing urgent',
  parameters: { msw: [states.json(path, taskList({ items: taskList().items.filter((t) => t.urgency === 'later') })), ...handlers] },
};

export const Loading: Story = { parameters: { msw: [states.loading(path), ...handlers] } };

export const Empty: Story = {
  name: 'Empty (nothing to do)',
  parameters: { msw: [states.json(path, taskList({ items: [], hours: null })), ...handlers] },
};

export const Error: Story = {
  name: 'Error, with retry',
  parameters: { msw: [states.problem(path, 503, 'Service Unavailable'), ...handlers] },
};

export const Offline: Story = { parameters: { msw: [states.offline(path), ...handlers] } };
