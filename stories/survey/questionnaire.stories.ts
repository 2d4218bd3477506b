import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import type { Questionnaire } from '../../src/api/types.js';
import { handlers, states } from '../mocks/handlers.js';
import { submitOffline } from '../mocks/survey.js';
import { survey } from '../../fixtures/questionnaires.js';
import '../../src/define/pb-questionnaire.js';

interface Args {
  questionnaireId: string;
  oneAtATime: boolean;
}

/**
 * `<pb-questionnaire>`: surveys, quizzes and democratic evaluation (民主评议) from one
 * definition. Pages or one question at a time, conditional questions, messages beside
 * the fields, a countdown for timed quizzes, the server's result, drafts kept on the
 * device and the server, and one submission however often it is sent. Each story asks
 * the mocked backend for a questionnaire id that puts the widget in one state; switch
 * locale and theme in the toolbar.
 */
const meta: Meta<Args> = {
  title: 'Survey/Questionnaire',
  component: 'pb-questionnaire',
  args: { questionnaireId: 'q-learning-needs', oneAtATime: false },
  render: (args) => html`<pb-questionnaire questionnaire-id=${args.questionnaireId} ?one-at-a-time=${args.oneAtATime}></pb-questionnaire>`,
};
export default meta;

type Story = StoryObj<Args>;
const path = '/questionnaires/:id';

/** The widget in the story, once `selector` shows up inside it. */
async function widgetPart(canvas: HTMLElement, selector: string): Promise<HTMLElement> {
  const widget = canvas.querySelector('pb-questionnaire')!;
  for (let i = 0; i < 100; i++) {
    const found = widget.shadowRoot?.querySelector<HTMLElement>(selector);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no ${selector}`);
}

export const Survey: Story = { name: 'Survey (first page)' };

export const SurveyOneAtATime: Story = { name: 'Survey, one question at a time (phones)', args: { oneAtATime: true } };

export const SurveyRestored: Story = {
  name: 'Survey, draft restored on page two',
  args: { questionnaireId: 'q-restored' },
};

export const SurveyValidation: Story = {
  name: 'Survey, Next with missing answers',
  play: async ({ canvasElement }) => (await widgetPart(canvasElement, '[part~="next"]')).click(),
};

export const WaitingToSend: Story = {
  name: 'Submitted offline: waiting to send',
  args: { questionnaireId: 'q-short' },
  parameters: { msw: [submitOffline, ...handlers] },
  play: async ({ canvasElement }) => {
    (await widgetPart(canvasElement, '[data-question="satisfaction"] input[value="4"]')).click();
    (await widgetPart(canvasElement, '[part~="submit"]')).click();
  },
};

export const Submitted: Story = {
  name: 'Submitted now',
  args: { questionnaireId: 'q-short' },
  play: async ({ canvasElement }) => {
    (await widgetPart(canvasElement, '[data-question="satisfaction"] input[value="5"]')).click();
    (await widgetPart(canvasElement, '[part~="submit"]')).click();
  },
};

export const QuizIntro: Story = { name: 'Quiz, before the timer starts', args: { questionnaireId: 'q-dangzhang-quiz' } };

export const QuizRunning: Story = {
  name: 'Quiz in progress (timer)',
  args: { questionnaireId: 'q-quiz-running' },
  play: async ({ canvasElement }) => (await widgetPart(canvasElement, '[part~="continue"]')).click(),
};

export const QuizStartedElsewhere: Story = {
  name: 'Quiz started on another device: time left and Continue',
  args: { questionnaireId: 'q-quiz-elsewhere' },
};

export const QuizAlmostUp: Story = {
  name: 'Quiz started on another device, under a minute left',
  args: { questionnaireId: 'q-quiz-almost-up' },
};

export const QuizTimeUp: Story = {
  name: 'Quiz started on another device, time is up (nothing submitted)',
  args: { questionnaireId: 'q-quiz-time-up' },
};

export const QuizResult: Story = { name: 'Quiz, submitted earlier: result and retake', args: { questionnaireId: 'q-quiz-done' } };

export const QuizRetake: Story = {
  name: 'Quiz, retake started (a new attempt)',
  args: { questionnaireId: 'q-quiz-done' },
  play: async ({ canvasElement }) => (await widgetPart(canvasElement, '[part~="retake"]')).click(),
};

export const Evaluation: Story = { name: 'Democratic evaluation (民主评议)', args: { questionnaireId: 'q-evaluation-2026' } };

export const EvaluationLimit: Story = { name: 'Democratic evaluation, 优秀 limit reached', args: { questionnaireId: 'q-eval-full' } };

export const EvaluationVoted: Story = { name: 'Democratic evaluation, already taken part', args: { questionnaireId: 'q-voted' } };

export const NotOpen: Story = { name: 'Not open yet', args: { questionnaireId: 'q-not-open' } };

export const Closed: Story = { name: 'Closed', args: { questionnaireId: 'q-closed' } };

export const NotAllowed: Story = { name: 'Read-only: open, but not for this member', args: { questionnaireId: 'q-not-allowed' } };

export const AlreadySubmitted: Story = { name: 'Already submitted', args: { questionnaireId: 'q-submitted' } };

export const Loading: Story = { parameters: { msw: [states.loading(path), ...handlers] } };

export const LoadError: Story = {
  name: 'Error (server, with retry)',
  render: () => html`<pb-config .retry=${{ retries: 0 }}><pb-questionnaire questionnaire-id="q-learning-needs"></pb-questionnaire></pb-config>`,
  parameters: { msw: [states.problem(path, 503, 'Service Unavailable'), ...handlers] },
};

export const Empty: Story = {
  name: 'Empty (no questions)',
  parameters: { msw: [states.json(path, { ...survey, pages: [{ id: 'p1', title: null, questions: [] }] }), ...handlers] },
};

const broken = structuredClone(survey) as unknown as { pages: { questions: Record<string, unknown>[] }[] };
delete broken.pages[0]!.questions[0]!['options'];

export const WrongDefinition: Story = {
  name: 'Error (definition property does not match the format)',
  render: () => html`<pb-questionnaire .definition=${broken as unknown as Questionnaire}></pb-questionnaire>`,
};

export const HostileText: Story = {
  name: 'Hostile text (shown, never run)',
  args: { questionnaireId: 'q-hostile' },
};

export const WithoutBackend: Story = {
  name: 'Definition property, no backend (submit event only)',
  // An empty api-base overrides the Storybook <pb-config>: no backend at all.
  render: () => html`<pb-questionnaire api-base="" .definition=${{ ...survey, id: 'q-local' }} one-at-a-time></pb-questionnaire>`,
};
