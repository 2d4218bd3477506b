import { aTimeout, expect } from '@open-wc/testing';
import { waitUntil } from '../../../../test/browser/support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { PbQuestionnaire } from '../pb-questionnaire.js';
import { quiz, quizResult } from '../../../../fixtures/questionnaires.js';
import { $, $$, choose, fakeBackend, questionnaire, shadowFocus, text } from './support.js';

/** Presses Tab until `match` has the focus inside the widget. */
async function tabTo(element: PbQuestionnaire, match: (el: Element) => boolean, limit = 20) {
  for (let i = 0; i < limit; i++) {
    const focused = shadowFocus(element);
    if (focused && match(focused)) return focused;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`focus never reached the target; it is on ${shadowFocus(element)?.outerHTML}`);
}

describe('<pb-questionnaire>: quizzes', () => {
  it('before a timed quiz: the facts, that the clock cannot be paused, and Start', async () => {
    const element = await questionnaire(fakeBackend(quiz));
    const intro = text($(element, '[part~="intro"]'));
    for (const fact of ['共 3 题', '满分 100 分', '60 分及格', '限时 10分钟', '不能暂停']) expect(intro).to.contain(fact);
    expect($(element, 'form')).to.equal(null);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('keyboard only: start, answer every question, submit, and read the server’s score', async () => {
    const fake = fakeBackend(quiz, { result: quizResult.result });
    const element = await questionnaire(fake);
    await tabTo(element, (el) => el.matches('[part~="start"]'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(element, 'form'), 'did not start');
    // Start is gone: focus is on the first page's heading, not lost to the page's body.
    await waitUntil(() => shadowFocus(element)?.id === 'step-heading', 'focus did not follow to the questions');
    expect(text($(element, '[part~="timer"]'))).to.match(/剩余时间 (10:00|9:5\d)/);
    // Single choice: Tab into the group, arrows choose.
    await tabTo(element, (el) => el.matches('input[name="k1"]'));
    await sendKeys({ press: 'Space' });
    // Boolean: the next group.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    // Multiple: Space on two boxes.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await tabTo(element, (el) => el.matches('[part~="submit"]'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(element, '[part~="result"]'), 'no result');
    // On a phone the result starts far above the Submit button: focus and view go to it.
    await waitUntil(() => shadowFocus(element)?.matches('[part~="status"] .state-title'), 'focus did not follow to the result');
    expect(fake.of('submitResponse')[0]!.args[1]).to.deep.equal({ answers: { k1: 'a', k2: false, k3: ['assembly', 'committee'] }, attemptId: 'att_1' });
    expect(text($(element, '[part~="score"]'))).to.equal('70 / 100');
    expect(text($(element, '[part~="verdict"]'))).to.contain('合格');
    const items = $$(element, '[part~="result-item"]');
    const terms = (item: Element) => Object.fromEntries([...item.querySelectorAll('dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]));
    expect(terms(items[2]!)).to.deep.equal({
      您的答案: '支部党员大会、支部委员会',
      正确答案: '支部党员大会、支部委员会、党小组会',
      解析: '“三会”指支部党员大会、支部委员会和党小组会。',
    });
    expect(terms(items[0]!)['您的答案']).to.equal('实现共产主义');
    expect($(element, '[part~="timer"]')).to.equal(null);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('when time runs out, the answers so far are submitted without asking, and the result shown', async () => {
    const fake = fakeBackend(quiz, { timeLimitMs: 1500, result: { ...quizResult.result!, score: 40, passed: false } });
    const element = await questionnaire(fake, { locale: 'en' });
    $(element, '[part~="start"]')!.click();
    await waitUntil(() => $(element, '[part~="timer"]'));
    expect($(element, '[part~="timer"]')!.getAttribute('role')).to.equal('timer');
    expect($(element, '[part~="timer"]')!.dataset['urgency']).to.equal('critical');
    await choose(element, 'k1', '实现共产主义');
    await waitUntil(() => $(element, '[part~="result"]'), 'not submitted at zero');
    expect(fake.of('submitResponse')).to.have.length(1);
    expect((fake.of('submitResponse')[0]!.args[1] as { answers: object }).answers).to.deep.equal({ k1: 'a' });
    expect(text($(element, '[part~="verdict"]'))).to.contain('Not passed');
  });

  it('offline, Start says a timed quiz needs a connection (in English too), and starts once back online', async () => {
    const fake = fakeBackend(quiz);
    const element = await questionnaire(fake, { locale: 'en' });
    fake.state.offline = true;
    $(element, '[part~="start"]')!.click();
    await waitUntil(() => text($(element, '[part~="intro"]')).includes('Starting a timed quiz needs a connection'), 'no offline message');
    expect($(element, 'form')).to.equal(null);
    fake.state.offline = false;
    $(element, '[part~="start"]')!.click();
    await waitUntil(() => $(element, 'form'), 'did not start');
  });

  it('after a reload mid-quiz the timer continues from the server’s deadline, not from the start', async () => {
    const fake = fakeBackend(quiz, { timeLimitMs: 90_000 });
    let element = await questionnaire(fake);
    $(element, '[part~="start"]')!.click();
    await waitUntil(() => $(element, '[part~="timer"]'));
    await choose(element, 'k2', '正确');
    // The device lost its copy; only the server's draft (with the attempt) and deadline are left.
    const deadline = Date.now() + 42_000;
    fake.state.attempt!.deadline = new Date(deadline).toISOString();
    await waitUntil(() => fake.state.draft?.attemptId === 'att_1', 'draft without the attempt');
    element.closest('pb-config')!.remove();
    await aTimeout(100);
    const { openLocalStore } = await import('../../../storage/local-store.js');
    await openLocalStore('questionnaire-drafts').delete(`custom|${fake.memberId}|${quiz.id}`);
    element = await questionnaire(fake);
    // The running attempt comes first.
    expect(!!$(element, 'form')).to.equal(false);
    expect(text($(element, '[part~="resume"] [role="heading"]'))).to.equal('你已在其他设备开始本次测验');
    $(element, '[part~="continue"]')!.click();
    await waitUntil(() => $(element, '[part~="timer"]'), 'no timer after Continue');
    // The time left until the server's deadline (however long the remount took), not a fresh limit.
    const left = (deadline - Date.now()) / 1000;
    const shown = /^0:(\d\d)$/.exec(text($(element, '[part~="timer"]')).match(/\d+:\d\d/)?.[0] ?? '');
    expect(shown, 'timer shows under a minute').to.not.equal(null);
    expect(Number(shown![1])).to.be.within(Math.floor(left) - 1, Math.ceil(left) + 1);
    expect(question2(element)).to.equal(true);
  });

  it('a quiz that allows retakes offers one after the result, with a fresh start', async () => {
    const fake = fakeBackend({ ...quiz, timeLimitSeconds: null }, { result: quizResult.result });
    const element = await questionnaire(fake);
    await choose(element, 'k1', '实现共产主义');
    await choose(element, 'k2', '错误');
    await choose(element, 'k3', '支部党员大会');
    $(element, '[part~="submit"]')!.click();
    await waitUntil(() => $(element, '[part~="retake"]'), 'no retake');
    $(element, '[part~="retake"]')!.click();
    await element.updateComplete;
    expect($(element, 'form')).to.exist;
    expect($$<HTMLInputElement>(element, 'input:checked')).to.have.length(0);
    $(element, '[part~="submit"]')!.click();
    await element.updateComplete;
    expect(text($(element, '[data-question="k1"] [part~="message"]'))).to.equal('此题为必答题');
    await choose(element, 'k1', '实现小康社会');
    await choose(element, 'k2', '正确');
    await choose(element, 'k3', '党小组会');
    $(element, '[part~="submit"]')!.click();
    await waitUntil(() => fake.state.submissions.length === 2, 'retake not stored');
    const keys = fake.of('submitResponse').map((c) => c.key);
    expect(new Set(keys).size).to.equal(2);
  });
});

function question2(element: PbQuestionnaire): boolean {
  return element.shadowRoot!.querySelector<HTMLInputElement>('[data-question="k2"] input[value="true"]')!.checked;
}
