import { aTimeout, expect } from '@open-wc/testing';
import { waitUntil } from '../../../../test/browser/support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { survey, surveyAnswers } from '../../../../fixtures/questionnaires.js';
import type { QuestionnaireChangeDetail, QuestionnaireSubmitDetail } from '../pb-questionnaire.js';
import { $, $$, choose, fakeBackend, next, question, questionnaire, shadowFocus, text, type } from './support.js';

describe('<pb-questionnaire>: questions, conditions, validation, pages', () => {
  it('renders the first page: title, progress, numbered questions with required marks; axe clean', async () => {
    const element = await questionnaire(fakeBackend(survey));
    expect(text($(element, '[part~="title"]'))).to.equal('2026年党员学习需求调查');
    expect(text($(element, '[part~="progress"]'))).to.contain('第 1 / 2 页');
    expect(text($(element, '#step-heading'))).to.equal('基本情况');
    const work = question(element, 'work')!;
    expect(work.localName).to.equal('fieldset');
    expect(text(work.querySelector('legend'))).to.contain('1. 您目前的工作类型');
    expect(text(work.querySelector('legend'))).to.contain('(必答)');
    // The conditional question is not shown until "yes".
    expect(question(element, 'migrantDifficulty')).to.equal(null);
    expect(text(question(element, 'age')!.querySelector('label'))).to.contain('3. 您的年龄');
    await expect(element).shadowDom.to.be.accessible();
  });

  it('shows and hides a conditional question, and never submits a hidden answer', async () => {
    const fake = fakeBackend(survey);
    const element = await questionnaire(fake);
    const changes: QuestionnaireChangeDetail[] = [];
    element.addEventListener('pb-questionnaire-change', (e) => changes.push(e.detail));
    // Hidden, it is in the page but not shown: showing it adds no form field (each added
    // field makes Chrome's autofill scan the whole form again, with a forced layout).
    // …even under a host page that restyles the part.
    const hostStyle = document.head.appendChild(document.createElement('style'));
    hostStyle.textContent = 'pb-questionnaire::part(question) { display: block }';
    const fields = $$(element, 'input, textarea');
    const hidden = $(element, '[data-question="migrantDifficulty"]')!;
    expect(hidden.hidden).to.equal(true);
    expect(hidden.getBoundingClientRect().height).to.equal(0);
    await choose(element, 'migrant', '是');
    expect($$(element, 'input, textarea')).to.deep.equal(fields);
    expect(hidden.getBoundingClientRect().height).to.be.greaterThan(0);
    hostStyle.remove();
    expect(changes).to.have.length(1);
    expect(changes[0]).to.deep.include({ questionnaireId: 'q-learning-needs', questionId: 'migrant', value: true });
    expect(question(element, 'migrantDifficulty')).to.exist;
    expect(text(question(element, 'age')!.querySelector('label'))).to.contain('4. 您的年龄');
    await choose(element, 'migrantDifficulty', '离支部太远');
    await choose(element, 'migrant', '否');
    expect(question(element, 'migrantDifficulty')).to.equal(null);
    expect($$(element, 'input, textarea')).to.deep.equal(fields);
    await choose(element, 'work', '农村');
    await type(element, 'age', '45');
    await next(element);
    await choose(element, 'topics', '党史');
    await choose(element, 'satisfaction', '4');
    const submitted = new Promise<QuestionnaireSubmitDetail>((resolve) => element.addEventListener('pb-questionnaire-submit', (e) => resolve(e.detail)));
    await next(element);
    const detail = await submitted;
    expect(detail.answers).to.deep.equal(surveyAnswers);
    await waitUntil(() => fake.of('submitResponse').length === 1, 'not submitted');
    expect((fake.of('submitResponse')[0]!.args[1] as { answers: object }).answers).to.not.have.property('migrantDifficulty');
  });

  it('Next on a page with problems: messages beside the fields, linked by aria-describedby, focus on the first', async () => {
    const element = await questionnaire(fakeBackend(survey));
    await type(element, 'phone', '12345');
    await type(element, 'age', '１５');
    await next(element);
    expect(text($(element, '#step-heading'))).to.equal('基本情况');
    const work = question(element, 'work')!;
    const message = work.querySelector('[part~="message"]')!;
    expect(text(message)).to.equal('此题为必答题');
    expect(work.getAttribute('aria-describedby')).to.contain(message.id);
    expect(shadowFocus(element)).to.equal(work.querySelector('input'));
    const age = question(element, 'age')!.querySelector('input')!;
    expect(text(question(element, 'age')!.querySelector('[part~="message"]'))).to.equal('不能小于 18');
    expect(age.getAttribute('aria-invalid')).to.equal('true');
    expect(age.getAttribute('aria-describedby')).to.contain(question(element, 'age')!.querySelector('[part~="message"]')!.id);
    expect(text(question(element, 'phone')!.querySelector('[part~="message"]'))).to.equal('请填写 11 位手机号码');
    await expect(element).shadowDom.to.be.accessible();
    // Fixing an answer clears its message at once.
    await choose(element, 'work', '企业');
    expect(question(element, 'work')!.querySelector('[part~="message"]')).to.equal(null);
    await type(element, 'age', '四十');
    expect(text(question(element, 'age')!.querySelector('[part~="message"]'))).to.equal('请填写数字');
  });

  it('every question type answered on page two reaches the backend as the contract says', async () => {
    const fake = fakeBackend(survey);
    const element = await questionnaire(fake, { locale: 'en' });
    await choose(element, 'work', '企业');
    await choose(element, 'migrant', '否');
    await type(element, 'age', '３８');
    await type(element, 'phone', '13800138000');
    await next(element);
    expect(text($(element, '[part~="progress"]'))).to.contain('Page 2 of 2');
    expect(shadowFocus(element)).to.equal($(element, '#step-heading'));
    // Multiple choice with a maximum: the rest are disabled once it is reached.
    await choose(element, 'topics', '党史');
    await choose(element, 'topics', '法律法规');
    const boxes = $$<HTMLInputElement>(element, '[data-question="topics"] input');
    expect(boxes.map((b) => b.disabled)).to.deep.equal([true, false, true, false]);
    expect(text(question(element, 'topics')!.querySelector('.hint'))).to.equal('Choose up to 2');
    // Rating, then the conditional "reason" it makes required.
    await choose(element, 'satisfaction', '2');
    expect(text(question(element, 'reason')!.querySelector('label'))).to.contain('(required)');
    await type(element, 'reason', '<b>内容</b>太少');
    // Ranking by button and by Alt+Arrow.
    const ranking = question(element, 'formats')!;
    ranking.querySelector<HTMLButtonElement>('li:nth-child(3) .move-up')!.click();
    await element.updateComplete;
    expect($$(element, '[data-question="formats"] .rank-label').map(text)).to.deep.equal(['视频课件', '图文材料', '音频广播', '现场教学']);
    expect(shadowFocus(element)).to.equal(ranking.querySelector('li:nth-child(2) .move-up'));
    await sendKeys({ press: 'Alt+ArrowUp' });
    await element.updateComplete;
    expect($$(element, '[data-question="formats"] .rank-label').map(text)).to.deep.equal(['图文材料', '视频课件', '音频广播', '现场教学']);
    // At the top the focus moves to the button that still works.
    expect(shadowFocus(element)).to.equal(ranking.querySelector('li:nth-child(1) .move-down'));
    await waitUntil(() => text($(element, '[aria-live]')).includes('moved to position 1 of 4'));
    // Matrix: one choice per row.
    await choose(element, 'frequency', '每月');
    question(element, 'frequency')!.querySelectorAll<HTMLInputElement>('.matrix-row')[1]!.querySelectorAll('input')[2]!.click();
    await type(element, 'suggestion', '多组织现场教学');
    await next(element);
    await waitUntil(() => fake.of('submitResponse').length === 1);
    expect((fake.of('submitResponse')[0]!.args[1] as { answers: object }).answers).to.deep.equal({
      work: 'enterprise',
      migrant: false,
      age: 38,
      phone: '13800138000',
      topics: ['history', 'law'],
      satisfaction: 2,
      reason: '<b>内容</b>太少',
      formats: ['article', 'video', 'audio', 'onsite'],
      frequency: { lecture: 'monthly', visit: 'yearly' },
      suggestion: '多组织现场教学',
    });
  });

  it('a ranking can be dragged with the pointer', async () => {
    const element = await questionnaire(fakeBackend(survey));
    await choose(element, 'work', '企业');
    await choose(element, 'migrant', '否');
    await type(element, 'age', '40');
    await next(element);
    question(element, 'formats')!.scrollIntoView({ block: 'center' });
    const items = $$(element, '[data-question="formats"] li');
    const handle = items[0]!.querySelector<HTMLElement>('.handle')!;
    const from = handle.getBoundingClientRect();
    const to = items[2]!.getBoundingClientRect();
    const { sendMouse } = await import('@web/test-runner-commands');
    await sendMouse({ type: 'move', position: [Math.round(from.left + from.width / 2), Math.round(from.top + from.height / 2)] });
    await sendMouse({ type: 'down' });
    for (let y = from.top; y <= to.bottom - 4; y += 8) await sendMouse({ type: 'move', position: [Math.round(from.left + from.width / 2), Math.round(y)] });
    await sendMouse({ type: 'up' });
    await element.updateComplete;
    expect($$(element, '[data-question="formats"] .rank-label').map(text)).to.deep.equal(['音频广播', '图文材料', '视频课件', '现场教学']);
  });

  it('one question at a time: "question 1 of N", Next and Previous, and the step kept in the draft', async () => {
    const fake = fakeBackend(survey);
    const element = await questionnaire(fake, { oneAtATime: true });
    expect(element.hasAttribute('one-at-a-time')).to.equal(true);
    expect($$(element, '[part~="question"]')).to.have.length(1);
    // Every visible question of both pages, one per screen.
    expect(text($(element, '[part~="progress"]'))).to.contain('第 1 / 9 题');
    await next(element);
    expect(text(question(element, 'work')!.querySelector('[part~="message"]'))).to.equal('此题为必答题');
    await choose(element, 'work', '农村');
    await next(element);
    expect(question(element, 'migrant')).to.exist;
    await choose(element, 'migrant', '是');
    expect(text($(element, '[part~="progress"]'))).to.contain('第 2 / 10 题');
    $(element, '[part~="previous"]')!.click();
    await element.updateComplete;
    expect(question(element, 'work')).to.exist;
    await waitUntil(() => fake.state.draft?.pageIndex === 0 && fake.state.draft.answers['migrant'] === true, 'draft not saved');
    element.oneAtATime = false;
    await element.updateComplete;
    expect($$(element, '[part~="question"]').length).to.equal(5);
  });

  it('attributes and properties match; the title’s heading level follows the page', async () => {
    const element = await questionnaire(fakeBackend(survey));
    expect(element.questionnaireId).to.equal('q-learning-needs');
    element.setAttribute('heading-level', '3');
    element.setAttribute('autosave-delay', '500');
    await element.updateComplete;
    expect(element.headingLevel).to.equal(3);
    expect(element.autosaveDelay).to.equal(500);
    expect($(element, '[part~="title"]')!.getAttribute('aria-level')).to.equal('3');
    expect($(element, '#step-heading')!.getAttribute('aria-level')).to.equal('4');
    element.oneAtATime = true;
    await element.updateComplete;
    expect(element.hasAttribute('one-at-a-time')).to.equal(true);
  });

  it('keeps typed text intact while re-rendering (caret, input methods)', async () => {
    const element = await questionnaire(fakeBackend(survey));
    const input = question(element, 'age')!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: '4' });
    await sendKeys({ type: '.' });
    await element.updateComplete;
    await aTimeout(20);
    expect(input.value).to.equal('4.');
    await sendKeys({ type: '5' });
    expect(input.value).to.equal('4.5');
  });
});
