import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../../../test/browser/support/wait.js';
import { openLocalStore } from '../../../storage/local-store.js';
import type { LocalDraft } from '../internal/drafts.js';
import type { PbQuestionnaire, QuestionnaireSubmittedDetail } from '../pb-questionnaire.js';
import { survey, surveyAnswers } from '../../../../fixtures/questionnaires.js';
import { $, choose, fakeBackend, next, question, questionnaire, shadowFocus, text, type, type Fake } from './support.js';

/** Fills the survey's two pages validly and lands on the last one. */
async function fillSurvey(element: PbQuestionnaire) {
  await choose(element, 'work', '农村');
  await choose(element, 'migrant', '否');
  await type(element, 'age', '45');
  await next(element);
  await choose(element, 'topics', '党史');
  await choose(element, 'satisfaction', '4');
}

const submitButton = (element: PbQuestionnaire) => $<HTMLButtonElement>(element, '[part~="submit"]')!;
const statusText = (element: PbQuestionnaire) => text($(element, '[part~="status"]'));
const localDraft = (fake: Fake) => openLocalStore<LocalDraft>('questionnaire-drafts').get(`custom|${fake.memberId}|${survey.id}`);

/** The element removed and a new one added, as after a reload of the page. */
async function reload(element: PbQuestionnaire, fake: Fake): Promise<PbQuestionnaire> {
  element.closest('pb-config')!.remove();
  return questionnaire(fake);
}

describe('<pb-questionnaire>: never lose an answer, never submit twice', () => {
  it('each change is on the device at once; the server draft follows once, with the latest answers', async function () {
    this.timeout(20_000);
    const fake = fakeBackend(survey);
    const element = await questionnaire(fake, { delay: 4000 });
    await choose(element, 'work', '农村');
    await type(element, 'age', '4');
    await type(element, 'age', '45');
    await waitUntil(async () => (await localDraft(fake))?.answers['age'] === 45, 'not on the device');
    expect(fake.of('saveDraft')).to.have.length(0);
    await waitUntil(() => fake.of('saveDraft').length === 1, 'no server draft', { timeout: 10_000 });
    await aTimeout(500);
    expect(fake.of('saveDraft')).to.have.length(1);
    expect(fake.state.draft!.answers).to.deep.equal({ work: 'rural', age: 45 });
    await waitUntil(async () => (await localDraft(fake))?.dirty === false, 'not marked as saved');
    expect(text($(element, '[part~="saved"]'))).to.match(/已自动保存 \d/);
  });

  it('after a reload every answer and the page are back', async () => {
    const fake = fakeBackend(survey);
    let element = await questionnaire(fake);
    await fillSurvey(element);
    await type(element, 'suggestion', '多组织现场教学');
    await waitUntil(async () => (await localDraft(fake))?.answers['suggestion'] === '多组织现场教学');
    element = await reload(element, fake);
    expect(text($(element, '#step-heading'))).to.equal('学习需求');
    expect(question(element, 'suggestion')!.querySelector('textarea')!.value).to.equal('多组织现场教学');
    expect(question(element, 'satisfaction')!.querySelector<HTMLInputElement>('input[value="4"]')!.checked).to.equal(true);
    $(element, '[part~="previous"]')!.click();
    await element.updateComplete;
    expect(question(element, 'age')!.querySelector('input')!.value).to.equal('45');
  });

  it('restores a newer server draft (another device) over an older device copy', async () => {
    const fake = fakeBackend(survey);
    let element = await questionnaire(fake);
    await choose(element, 'work', '农村');
    await waitUntil(async () => (await localDraft(fake))?.dirty === false && fake.of('saveDraft').length > 0);
    fake.state.draft = { answers: { work: 'enterprise', migrant: true }, pageIndex: 0, attemptId: null, updatedAt: new Date(Date.now() + 5000).toISOString() };
    element = await reload(element, fake);
    expect(question(element, 'work')!.querySelector<HTMLInputElement>('input[value="enterprise"]')!.checked).to.equal(true);
    expect(question(element, 'migrantDifficulty')).to.exist;
  });

  it('a double click submits once, with one idempotency key, and confirms with the server’s answer', async () => {
    const fake = fakeBackend(survey);
    const element = await questionnaire(fake);
    await fillSurvey(element);
    const stored = new Promise<QuestionnaireSubmittedDetail>((resolve) => element.addEventListener('pb-questionnaire-submitted', (e) => resolve(e.detail)));
    submitButton(element).click();
    submitButton(element)?.click();
    const detail = await stored;
    expect(detail.submission.id).to.equal('sub_1');
    expect(fake.of('submitResponse')).to.have.length(1);
    expect(fake.state.submissions).to.have.length(1);
    expect(statusText(element)).to.contain('提交成功');
    expect(await localDraft(fake)).to.equal(undefined);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('offline: says the answers will be sent, sends them with the same key when back, and confirms', async () => {
    const fake = fakeBackend(survey);
    const element = await questionnaire(fake);
    await fillSurvey(element);
    fake.state.offline = true;
    submitButton(element).click();
    await waitUntil(() => statusText(element).includes('答卷已保存，等待发送'), 'no offline note');
    expect(statusText(element)).to.contain('网络恢复后将自动提交');
    const key = fake.of('submitResponse')[0]?.key ?? (await localDraft(fake))!.submitKey;
    expect((await localDraft(fake))!.pending!.answers).to.deep.equal(surveyAnswers);
    fake.state.offline = false;
    dispatchEvent(new Event('online'));
    await waitUntil(() => statusText(element).includes('网络已恢复，答卷已成功提交'), 'not confirmed', { timeout: 8000 });
    const sent = fake.of('submitResponse');
    expect(new Set(sent.map((c) => c.key))).to.deep.equal(new Set([key]));
    expect(fake.state.submissions).to.have.length(1);
  });

  it('a submission waiting on the device is sent again after a reload, with the same key, and stored once', async () => {
    const fake = fakeBackend(survey);
    let element = await questionnaire(fake);
    await fillSurvey(element);
    fake.state.offline = true;
    submitButton(element).click();
    await waitUntil(async () => (await localDraft(fake))?.pending);
    const { submitKey } = (await localDraft(fake))!;
    // The request reached the server, but the answer was lost with the connection.
    fake.state.offline = false;
    await fake.backend.submitResponse!(survey.id, (await localDraft(fake))!.pending!, { idempotencyKey: submitKey });
    element = await reload(element, fake);
    // This test page kept its outbox (a real reload starts a new one that sends at once):
    // the connection coming back makes it send now rather than at its next retry.
    dispatchEvent(new Event('online'));
    await waitUntil(() => statusText(element).includes('提交成功'), 'not confirmed after reload', { timeout: 8000 });
    // Not the member's action on this page: the page's focus stays where it was.
    expect(shadowFocus(element)).to.equal(null);
    expect(fake.state.submissions).to.have.length(1);
    expect(fake.of('submitResponse').every((c) => c.key === submitKey)).to.equal(true);
  });

  it('answers the server refuses (422) are marked on their questions, and a resubmit works, with a new key', async () => {
    const refuse: Record<string, string> = { satisfaction: 'must be a whole number from 1 to 5' };
    const fake = fakeBackend(survey, { refuse });
    const element = await questionnaire(fake);
    await fillSurvey(element);
    submitButton(element).click();
    await waitUntil(() => question(element, 'satisfaction')?.querySelector('[part~="message"]'), 'no server message');
    expect(text(question(element, 'satisfaction')!.querySelector('[part~="message"]'))).to.equal('must be a whole number from 1 to 5');
    expect((await localDraft(fake))!.pending).to.equal(null);
    await choose(element, 'satisfaction', '5');
    expect(question(element, 'satisfaction')!.querySelector('[part~="message"]')).to.equal(null);
    // The server keeps a refused request under its key: the corrected one is a new request.
    delete refuse['satisfaction'];
    submitButton(element).click();
    await waitUntil(() => fake.state.submissions.length === 1, 'the corrected answers were not stored');
    const [refused, accepted] = fake.of('submitResponse');
    expect(accepted!.key).to.not.equal(refused!.key);
    await waitUntil(() => statusText(element).length > 0, 'no confirmation');
  });

  it('submitted elsewhere already (409): says so, without losing the page', async () => {
    const fake = fakeBackend(survey);
    const element = await questionnaire(fake);
    await fillSurvey(element);
    fake.state.submissions.push({ body: { answers: {} }, submission: { id: 'sub_0', submittedAt: '2026-09-01T08:00:00.000Z', late: false, result: null } });
    submitButton(element).click();
    await waitUntil(() => statusText(element).includes('您已提交'), 'no submitted state');
    expect(statusText(element)).to.contain('不能重复提交');
  });

  it('a definition given by the page still submits to the backend when there is one', async () => {
    const fake = fakeBackend(survey);
    const config = await fixture<HTMLElement>(html`<pb-config .backend=${fake.backend}><pb-questionnaire .definition=${survey}></pb-questionnaire></pb-config>`);
    const element = config.querySelector('pb-questionnaire')!;
    await waitUntil(() => $(element, 'form'));
    expect(fake.of('getQuestionnaire')).to.have.length(0);
    await fillSurvey(element);
    submitButton(element).click();
    await waitUntil(() => fake.state.submissions.length === 1, 'not sent');
    expect(fake.state.submissions[0]!.body.answers).to.deep.equal(surveyAnswers);
  });

  it('without a backend: the submit event carries the answers and nothing is sent', async () => {
    const config = await fixture<HTMLElement>(html`<pb-config><pb-questionnaire .definition=${survey}></pb-questionnaire></pb-config>`);
    const element = config.querySelector('pb-questionnaire')!;
    await waitUntil(() => $(element, 'form'));
    await fillSurvey(element);
    const submitted = new Promise<CustomEvent>((resolve) => element.addEventListener('pb-questionnaire-submit', (e) => resolve(e)));
    submitButton(element).click();
    const event = await submitted;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ questionnaireId: survey.id, answers: surveyAnswers, attemptId: null });
    await waitUntil(() => statusText(element).includes('提交成功'));
  });
});
