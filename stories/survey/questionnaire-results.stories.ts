import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { unansweredResults } from '../../fixtures/questionnaire-results.js';
import { handlers, states } from '../mocks/handlers.js';
import '../../src/define/pb-questionnaire-results.js';

interface Args {
  questionnaireId: string;
}

/**
 * `<pb-questionnaire-results questionnaire-id>`: a questionnaire's results for a branch
 * secretary or an admin. The response rate against the members expected; each question
 * as a bar chart that is also its table; written answers searched on the server; the
 * 民主评议 tallies (withheld below the threshold of ballots); a quiz's scores; filters by
 * member category and date; export to CSV and Excel. Switch locale and theme in the toolbar.
 */
const meta: Meta<Args> = {
  title: 'Survey/Questionnaire results',
  component: 'pb-questionnaire-results',
  args: { questionnaireId: 'q-learning-needs' },
  render: (args) => html`<pb-questionnaire-results questionnaire-id=${args.questionnaireId}></pb-questionnaire-results>`,
};
export default meta;

type Story = StoryObj<Args>;
const path = '/questionnaires/:id/results';

export const Survey: Story = { name: 'A survey, every kind of question' };

export const Evaluation: Story = { name: '民主评议 tallies (one withheld)', args: { questionnaireId: 'q-evaluation-2026' } };

export const Quiz: Story = { name: 'A quiz: scores, pass rate, most missed', args: { questionnaireId: 'q-dangzhang-quiz' } };

export const Withheld: Story = { name: 'Anonymous, too few answers (withheld)', args: { questionnaireId: 'q-satisfaction' } };

export const Empty: Story = { name: 'Empty (no responses)', parameters: { msw: [states.json(path, unansweredResults()), ...handlers] } };

export const Loading: Story = { parameters: { msw: [states.loading(path), ...handlers] } };

export const Forbidden: Story = {
  name: 'No permission (a member)',
  parameters: { msw: [states.problem(path, 403, 'Not allowed', 'Only a branch secretary or an admin can see the results'), ...handlers] },
};

export const ServerError: Story = {
  name: 'Error (server, with retry)',
  render: (args) => html`<pb-config .retry=${{ retries: 0 }}>${meta.render!(args, {} as never)}</pb-config>`,
  parameters: { msw: [states.problem(path, 503, 'Service Unavailable'), ...handlers] },
};

export const NoQuestionnaire: Story = { name: 'No questionnaire-id yet', args: { questionnaireId: '' } };
