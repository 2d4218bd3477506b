import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../../../test/browser/support/wait.js';
import type { Questionnaire } from '../../../api/types.js';
import type { PbQuestionnaire } from '../pb-questionnaire.js';
import { consoleErrors } from '../../../../test/browser/support/console.js';
import { mockServer } from '../../../../test/browser/support/mock.js';
import { quiz, quizResult, survey } from '../../../../fixtures/questionnaires.js';
import { $, fakeBackend, questionnaire, settled, text } from './support.js';
import '../../../define/pb-questionnaire.js';

const statusText = (element: PbQuestionnaire) => text($(element, '[part~="status"]'));

describe('<pb-questionnaire>: states', () => {
  let errors: string[] = [];
  const originalError = console.error;
  beforeEach(() => {
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
  });
  afterEach(() => (console.error = originalError));

  const member = () => ({ id: `m-${Math.random()}`, name: '李明', branchId: 'b01', branchName: '一支部', roles: ['member'], category: 'in-service', migrant: false });

  it('loading, then the questionnaire, over the REST contract (no draft yet: 200 with null)', async () => {
    const server = await mockServer({
      'GET /me': [{ body: member() }],
      'GET /questionnaires/q-learning-needs': [{ body: survey, delayMs: 300 }],
      'GET /questionnaires/q-learning-needs/draft': [{ status: 200, body: null }],
    });
    const element = await fixture<PbQuestionnaire>(html`<pb-questionnaire api-base=${server.base} questionnaire-id="q-learning-needs"></pb-questionnaire>`);
    expect($(element, '[part~="loading"]')).to.exist;
    await settled(element);
    expect(text($(element, '[part~="title"]'))).to.equal(survey.title);
    expect($(element, 'form')).to.exist;
    const log = await server.log();
    expect(log.map((r) => `${r.method} ${r.path}`)).to.include.members(['GET /questionnaires/q-learning-needs', 'GET /questionnaires/q-learning-needs/draft']);
    expect(errors).to.deep.equal([]);
  });

  it('a backend written against contract 1.0 answers "no draft" with a 404: still no draft, no error', async () => {
    const server = await mockServer({
      'GET /me': [{ body: member() }],
      'GET /questionnaires/q-learning-needs': [{ body: survey }],
      'GET /questionnaires/q-learning-needs/draft': [{ status: 404, headers: { 'content-type': 'application/problem+json' }, body: { type: '/problems/not-found', title: 'Draft not found', status: 404 } }],
    });
    const element = await fixture<PbQuestionnaire>(html`<pb-questionnaire api-base=${server.base} questionnaire-id="q-learning-needs"></pb-questionnaire>`);
    await settled(element);
    expect($(element, 'form')).to.exist;
    expect($(element, '[part~="error"]')).to.equal(null);
    expect(errors).to.deep.equal([]);
  });

  it('an error with a retry that loads again', async () => {
    const fake = fakeBackend(survey);
    let fail = true;
    const getQuestionnaire = fake.backend.getQuestionnaire!;
    fake.backend.getQuestionnaire = async (...args) => {
      if (fail) {
        fail = false;
        throw new (await import('../../../api/errors.js')).ProblemError({ status: 503, title: 'Service Unavailable' });
      }
      return getQuestionnaire(...args);
    };
    const element = await questionnaire(fake);
    expect(text($(element, '[part~="error"]'))).to.contain('服务器暂时无法处理请求');
    await expect(element).shadowDom.to.be.accessible();
    $(element, '[part~="retry"]')!.click();
    await waitUntil(() => $(element, 'form'));
  });

  it('empty: a questionnaire without questions', async () => {
    const element = await questionnaire(fakeBackend({ ...survey, pages: [{ id: 'p', title: null, questions: [] }] }));
    expect(text($(element, '[part~="empty"]'))).to.equal('这份问卷还没有题目。');
  });

  it('a wrong definition from the server names the endpoint and the path', async () => {
    const broken = structuredClone(survey) as unknown as { pages: { questions: Record<string, unknown>[] }[] };
    delete broken.pages[1]!.questions[0]!['options'];
    const element = await questionnaire(fakeBackend(broken as unknown as Questionnaire), { locale: 'en' });
    expect(text($(element, '[part~="error"]'))).to.contain('unexpected format');
    expect(text($(element, '.state-detail code'))).to.contain('$.pages[1].questions[0].options');
  });

  it('a wrong definition property names the setting and path for the webmaster, once in the console', async () => {
    const broken = structuredClone(survey) as unknown as { pages: { questions: Record<string, unknown>[] }[] };
    broken.pages[0]!.questions[3]!['visibleIf'] = { question: 'ghost', equals: 1 };
    const element = await fixture<PbQuestionnaire>(html`<pb-questionnaire .definition=${broken as unknown as Questionnaire}></pb-questionnaire>`);
    await settled(element);
    expect(text($(element, '[part~="error"]'))).to.contain('definition.pages[0].questions[3].visibleIf');
    expect(errors.filter((e) => e.includes('ghost'))).to.have.length(1);
  });

  it('a hidden questionnaire without an id (a panel some members never see) reports nothing until it is shown', async () => {
    let panel!: HTMLElement;
    const quiet = await consoleErrors(async () => {
      panel = await fixture<HTMLElement>(html`<section hidden><pb-config api-base="/nowhere"><pb-questionnaire></pb-questionnaire></pb-config></section>`);
      await new Promise((resolve) => setTimeout(resolve, 2500));
    });
    expect(quiet).to.deep.equal([]);
    const shown = await consoleErrors(async () => {
      panel.hidden = false;
      await waitUntil(() => $(panel.querySelector('pb-questionnaire')!, '[part~="error"]'), 'no error once shown', { timeout: 3000 });
    });
    expect(shown.filter((line) => line.includes('questionnaire-id'))).to.have.length(1);
  });

  it('not open yet, and closed, with their dates', async () => {
    let element = await questionnaire(fakeBackend({ ...survey, status: 'not-open', opensAt: '2026-10-01T01:00:00.000Z', mine: { submitted: false, canSubmit: false } }));
    expect(statusText(element)).to.contain('问卷尚未开始');
    expect(statusText(element)).to.contain('2026年10月1日');
    element = await questionnaire(fakeBackend({ ...survey, status: 'closed', mine: { submitted: false, canSubmit: false } }), { locale: 'en' });
    expect(statusText(element)).to.contain('Closed on December 31, 2026');
    await expect(element).shadowDom.to.be.accessible();
  });

  it('open, but not for this member: says so, shows no form and asks the server for no draft', async () => {
    const fake = fakeBackend({ ...survey, mine: { submitted: false, canSubmit: false } });
    const element = await questionnaire(fake, { locale: 'en' });
    expect(statusText(element)).to.contain('Not for you to answer');
    expect($(element, 'form')).to.equal(null);
    expect(fake.of('getDraft')).to.have.length(0);
  });

  it('already submitted: the date and the result the server kept; a retake when allowed', async () => {
    const fake = fakeBackend({ ...quiz, mine: { submitted: true, canSubmit: true } });
    fake.state.submissions.push({ body: { answers: {} }, submission: quizResult });
    const element = await questionnaire(fake);
    expect(statusText(element)).to.contain('您已提交');
    expect(statusText(element)).to.contain('提交时间');
    expect(text($(element, '[part~="score"]'))).to.equal('70 / 100');
    expect($(element, '[part~="retake"]')).to.exist;
    const closed = await questionnaire(fakeBackend({ ...survey, mine: { submitted: true, canSubmit: false } }));
    expect(statusText(closed)).to.contain('您已提交');
    expect($(closed, '[part~="retake"]')).to.equal(null);
  });

  it('hostile text in a definition is shown, never run; descriptions are sanitized, links limited', async () => {
    const marker = window as unknown as { pwned?: number };
    const hostile: Questionnaire = {
      ...survey,
      title: '<img src=x onerror="window.pwned=1">标题',
      description:
        '<p>请阅读<a href="https://www.12371.cn/" onclick="window.pwned=2">说明</a><a href="javascript:window.pwned=3">坏链接</a><script>window.pwned=4</script><img src=x onerror="window.pwned=5"></p>',
      pages: [{ ...survey.pages[0]!, questions: survey.pages[0]!.questions.map((q, i) => (i === 0 ? { ...q, options: [{ value: 'x', label: '<b onmouseover=alert(1)>粗</b>' }] } : q)) }],
    };
    const element = await questionnaire(fakeBackend(hostile));
    expect(text($(element, '[part~="title"]'))).to.equal('<img src=x onerror="window.pwned=1">标题');
    const description = $(element, '.header .description')!;
    const links = [...description.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://www.12371.cn/', null]);
    expect(links[0]!.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(description.querySelector('script, [onerror], [onclick]')).to.equal(null);
    expect(text($(element, '[data-question="work"] label'))).to.equal('<b onmouseover=alert(1)>粗</b>');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(marker.pwned).to.equal(undefined);
  });
});
