/**
 * What the React and Vue host pages hand the widgets as objects: a questionnaire
 * definition the page owns (no backend needed: the page takes the answers from the
 * submit event) and a host-side `getStats` laid over the REST backend through
 * `<pb-config>.backend`, the way a site serves one operation from its own system.
 */
import type { Backend, Questionnaire, StatSeries } from 'party-building-widgets';

export const hostStats = {
  metric: 'dues-rate',
  unit: 'percent',
  groupBy: 'branch',
  labels: ['机关支部', '青山村支部', '流动党员支部'],
  series: [{ key: 'rate', label: '按时交纳率', values: [0.96, 0.83, 0.61] }],
} satisfies StatSeries;

/** Overrides only `getStats`; every other operation still goes to `api-base`. */
export const hostBackend: Partial<Backend> = {
  getStats: async () => structuredClone(hostStats),
};

export const signUpDefinition = {
  id: 'host-sign-up',
  title: '主题党日活动报名',
  description: '请在周五前报名，支部据此安排场地。',
  mode: 'survey',
  status: 'open',
  opensAt: null,
  closesAt: null,
  allowRetake: false,
  anonymous: false,
  showAnswers: false,
  timeLimitSeconds: null,
  passMark: null,
  totalPoints: null,
  mine: { submitted: false, canSubmit: true },
  pages: [
    {
      id: 'p1',
      title: null,
      questions: [
        {
          id: 'attend',
          type: 'single',
          title: '是否参加本次主题党日？',
          description: null,
          required: true,
          options: [
            { value: 'yes', label: '参加' },
            { value: 'no', label: '请假' },
          ],
        },
        {
          id: 'reason',
          type: 'text',
          title: '请假事由',
          description: null,
          required: true,
          visibleIf: { question: 'attend', equals: 'no' },
          maxLength: 100,
        },
      ],
    },
  ],
} satisfies Questionnaire;
