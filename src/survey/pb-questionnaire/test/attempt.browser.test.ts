/**
 * A timed attempt already running when the quiz loads (started on another device, or on
 * this one before a reload): the member sees it, its time left and Continue before any
 * question, never a quiz that looks unstarted and then drops them into it.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { Draft } from '../../../api/types.js';
import type { LocalDraft } from '../internal/drafts.js';
import type { PbQuestionnaire } from '../pb-questionnaire.js';
import { quiz, quizResult } from '../../../../fixtures/questionnaires.js';
import { waitUntil } from '../../../../test/browser/support/wait.js';
import { $, choose, fakeBackend, questionnaire, shadowFocus, text, type FakeOptions } from './support.js';

// Element checks are booleans: chai describing a widget's node in a failure message can hang the page.
const panel = (element: PbQuestionnaire) => $(element, '[part~="resume"]');
const heading = (element: PbQuestionnaire) => text($(element, '#resume-heading'));
const timeLeft = (element: PbQuestionnaire) => text($(element, '[part~="time-left"] .resume-count'));
const lines = (note: Element | null) => [...note!.children].map((line) => text(line));
const seconds = (shown: string) => shown.split(':').reduce((total, part) => total * 60 + Number(part), 0);

/** A member whose attempt started on another device, `leftMs` before its deadline, with `answers` saved there. */
const startedElsewhere = (leftMs: number, options: FakeOptions & { answers?: Draft['answers'] } = {}) =>
  fakeBackend(quiz, { result: quizResult.result, ...options, running: { leftMs, ...(options.answers ? { answers: options.answers } : {}) } });

describe('<pb-questionnaire>: a timed attempt already running', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('started on another device: the panel comes first, with the time left counting down and how many answers are saved; focus stays where it was', async () => {
    const fake = startedElsewhere(514_000);
    const element = await questionnaire(fake);
    expect(!!$(element, 'form'), 'no question before the member chooses').to.equal(false);
    expect(!!$(element, '[part~="intro"]'), 'not an unstarted quiz').to.equal(false);
    expect(heading(element)).to.equal('你已在其他设备开始本次测验');
    expect(seconds(timeLeft(element))).to.be.within(511, 514);
    expect(text($(element, '[part~="time-left"]'))).to.match(/^剩余时间 8:3\d$/);
    expect(text(panel(element))).to.contain('已保存 1 题的答案');
    expect(text($(element, '[part~="continue"]'))).to.equal('继续答题');
    expect(panel(element)!.dataset['state']).to.equal('normal');
    expect(!!shadowFocus(element), 'focus never moves on load').to.equal(false);
    const first = seconds(timeLeft(element));
    await waitUntil(() => seconds(timeLeft(element)) < first, 'the time left does not count down', { timeout: 3000 });
    expect(fake.of('startAttempt'), 'reading is enough: nothing is started').to.have.length(0);
    expect(fake.of('submitResponse')).to.have.length(0);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('Continue: the questions, the timer to the same deadline and the answers saved on the other device; focus on the questions; submitted once', async () => {
    const fake = startedElsewhere(514_000, { answers: { k1: 'a', k3: ['assembly'] } });
    const element = await questionnaire(fake);
    $(element, '[part~="continue"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(element, 'form'), 'Continue did not show the questions');
    await waitUntil(() => shadowFocus(element)?.id === 'step-heading', 'focus did not follow to the questions');
    expect(seconds(text($(element, '[part~="timer"] .timer-value')))).to.be.within(509, 514);
    expect($<HTMLInputElement>(element, '[data-question="k1"] input[value="a"]')!.checked).to.equal(true);
    expect($<HTMLInputElement>(element, '[data-question="k3"] input[value="assembly"]')!.checked).to.equal(true);
    await choose(element, 'k2', '正确');
    $(element, '[part~="submit"]')!.click();
    await waitUntil(() => $(element, '[part~="result"]'), 'no result');
    expect(fake.of('submitResponse')).to.have.length(1);
    expect(fake.of('submitResponse')[0]!.args[1]).to.deep.equal({ answers: { k1: 'a', k2: true, k3: ['assembly'] }, attemptId: 'att_phone' });
  });

  it('almost expired: under a minute left, the panel says so in the danger colour (English)', async () => {
    const element = await questionnaire(startedElsewhere(45_000), { locale: 'en' });
    expect(heading(element)).to.equal('You started this quiz on another device');
    expect(panel(element)!.dataset['state']).to.equal('critical');
    expect(text($(element, '[part~="time-left"]'))).to.match(/^Time left 0:4\d$/);
    expect(text(panel(element))).to.contain('1 answer is saved');
    expect(text($(element, '[part~="continue"]'))).to.equal('Continue');
    // The time and the panel's edge in the danger colour; the heading in the text colour.
    const value = getComputedStyle($(element, '[part~="time-left"] .resume-count')!).color;
    expect(value).to.equal(getComputedStyle(panel(element)!).borderInlineStartColor);
    expect(value).not.to.equal(getComputedStyle($(element, '#resume-heading')!).color);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('expired before the member came back: time is up, nothing was submitted, and the saved answers can be submitted once', async () => {
    const fake = startedElsewhere(-120_000, { answers: { k1: 'a', k2: true } });
    const element = await questionnaire(fake);
    expect(heading(element)).to.equal('本次测验的答题时间已到');
    expect(panel(element)!.dataset['state']).to.equal('expired');
    expect($(element, '[part~="time-left"]')!.hidden).to.equal(true);
    expect(lines($(element, '.resume-note'))).to.deep.equal(['答卷尚未提交：时间到时没有自动交卷。', '提交后按截止前保存的答案（2 题）计分。']);
    expect(fake.of('submitResponse'), 'the widget does not submit for the member on load').to.have.length(0);
    await expect(element).shadowDom.to.be.accessible();
    const button = $(element, '[part~="continue"]')!;
    expect(text(button)).to.equal('提交已保存的答案');
    button.click();
    button.click();
    await waitUntil(() => $(element, '[part~="result"]'), 'no result');
    await waitUntil(() => shadowFocus(element)?.matches('.state-title'), 'focus did not follow to the result');
    expect(fake.of('submitResponse')).to.have.length(1);
    expect(fake.of('submitResponse')[0]!.args[1]).to.deep.equal({ answers: { k1: 'a', k2: true }, attemptId: 'att_phone' });
  });

  it('time runs out while the panel is shown: it turns to "time is up" in its live note, without submitting and without taking focus', async () => {
    const fake = startedElsewhere(1200);
    const element = await questionnaire(fake, { locale: 'en' });
    const note = $(element, '.resume-note')!;
    expect(note.getAttribute('role')).to.equal('status');
    expect(text(note)).to.contain('cannot be paused');
    await waitUntil(() => heading(element) === 'Time is up for this quiz', 'the panel did not turn', { timeout: 5000 });
    expect($(element, '.resume-note'), 'the same live region, so the change is heard').to.equal(note);
    expect(lines(note)).to.deep.equal([
      'Your answers have not been submitted: nothing was submitted when time ran out.',
      'Submitted now, it is scored on the answers saved before the deadline (1 question).',
    ]);
    expect(text($(element, '[part~="continue"]'))).to.equal('Submit saved answers');
    expect(fake.of('submitResponse')).to.have.length(0);
    expect(!!shadowFocus(element)).to.equal(false);
  });

  it('Start finds an attempt started on another device after this page loaded: the panel, with focus on its heading, and that device’s answers', async () => {
    const fake = fakeBackend(quiz);
    const element = await questionnaire(fake);
    expect(!!$(element, '[part~="intro"]')).to.equal(true);
    // Meanwhile, on the phone: started a minute ago, two answers saved.
    const now = Date.now();
    fake.state.attempt = { id: 'att_phone', startedAt: new Date(now - 60_000).toISOString(), deadline: new Date(now + 540_000).toISOString() };
    fake.state.draft = { answers: { k1: 'b', k2: false }, pageIndex: 0, attemptId: 'att_phone', updatedAt: new Date(now - 2000).toISOString() };
    $(element, '[part~="start"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => panel(element), 'no panel after Start');
    expect(heading(element)).to.equal('你已在其他设备开始本次测验');
    await waitUntil(() => shadowFocus(element)?.id === 'resume-heading', 'focus did not go to the panel');
    expect(seconds(timeLeft(element))).to.be.within(536, 540);
    $(element, '[part~="continue"]')!.click();
    await waitUntil(() => $(element, 'form'));
    expect($<HTMLInputElement>(element, '[data-question="k1"] input[value="b"]')!.checked).to.equal(true);
    expect($<HTMLInputElement>(element, '[data-question="k2"] input[value="false"]')!.checked).to.equal(true);
  });

  it('started on this device before a reload: "you started this quiz", and the clock it had', async () => {
    const fake = fakeBackend(quiz);
    let element = await questionnaire(fake);
    $(element, '[part~="start"]')!.click();
    await waitUntil(() => $(element, '[part~="timer"]'));
    await choose(element, 'k1', '实现共产主义');
    // Kept on the device (a reload takes longer than that).
    const { openLocalStore } = await import('../../../storage/local-store.js');
    const local = () => openLocalStore<LocalDraft>('questionnaire-drafts').get(`custom|${fake.memberId}|${quiz.id}`);
    await waitUntil(async () => (await local())?.answers['k1'] === 'a', 'the answer was not kept on the device');
    element.closest('pb-config')!.remove();
    element = await questionnaire(fake);
    expect(heading(element)).to.equal('你已开始本次测验');
    expect(seconds(timeLeft(element))).to.be.within(595, 600);
    $(element, '[part~="continue"]')!.click();
    await waitUntil(() => $(element, 'form'));
    expect($<HTMLInputElement>(element, '[data-question="k1"] input[value="a"]')!.checked).to.equal(true);
  });

  it('switching the language mid-quiz keeps the questions and the timer: the panel is for arriving, not for the page’s own reload', async () => {
    const fake = startedElsewhere(514_000);
    const element = await questionnaire(fake);
    $(element, '[part~="continue"]')!.click();
    await waitUntil(() => $(element, 'form'));
    element.closest('pb-config')!.setAttribute('locale', 'en');
    // A new locale is new settings: the questionnaire loads again (the last view stays meanwhile).
    await waitUntil(() => fake.of('getDraft').length === 2, 'not loaded again');
    await aTimeout(500);
    await waitUntil(() => text($(element, '[part~="timer"]')).startsWith('Time left'), 'not in English');
    expect(!!panel(element)).to.equal(false);
    expect(!!$(element, 'form')).to.equal(true);
  });

  it('a device clock five minutes slow still shows the server’s time left (the offset comes from the read)', async () => {
    const element = await questionnaire(startedElsewhere(514_000, { serverAheadMs: 300_000 }));
    // Counting to the deadline on the device's own clock would show 13:34.
    expect(seconds(timeLeft(element))).to.be.within(511, 514);
  });

  it('an older backend without mine.attempt: the draft’s attempt is asked for with startAttempt, and the panel shows', async () => {
    const fake = startedElsewhere(300_000, { legacy: true });
    const element = await questionnaire(fake);
    expect(fake.of('startAttempt')).to.have.length(1);
    expect(heading(element)).to.equal('你已在其他设备开始本次测验');
    expect(seconds(timeLeft(element))).to.be.within(297, 300);
  });

  it('submitted on the other device first: Submit here says it was submitted (once), not that the answers are wrong', async () => {
    const fake = startedElsewhere(514_000);
    const element = await questionnaire(fake);
    $(element, '[part~="continue"]')!.click();
    await waitUntil(() => $(element, 'form'));
    await choose(element, 'k2', '正确');
    await choose(element, 'k3', '党小组会');
    // The phone submits first: its attempt closes (retakes are allowed, so the server answers 422 /attemptId).
    fake.state.submissions.push({ body: { answers: {}, attemptId: 'att_phone' }, submission: { ...quizResult, id: 'sub_phone' } });
    fake.state.attempt = undefined;
    $(element, '[part~="submit"]')!.click();
    await waitUntil(() => text($(element, '[part~="status"]')).includes('您已经提交过这份问卷'), 'not told it was submitted');
    expect(!!$(element, '.submit-error')).to.equal(false);
    expect(fake.state.submissions).to.have.length(1);
    expect(!!$(element, '[part~="retake"]'), 'retakes allowed: a new attempt can start').to.equal(true);
  });

  it('submitted on the other device while this one was closed: the answers kept here for that attempt are not offered again', async () => {
    const fake = startedElsewhere(514_000);
    let element = await questionnaire(fake);
    $(element, '[part~="continue"]')!.click();
    await waitUntil(() => $(element, 'form'));
    await choose(element, 'k2', '正确');
    element.closest('pb-config')!.remove();
    fake.state.submissions.push({ body: { answers: {}, attemptId: 'att_phone' }, submission: { ...quizResult, id: 'sub_phone' } });
    fake.state.attempt = undefined;
    fake.state.draft = null;
    element = await questionnaire(fake);
    expect(!!panel(element)).to.equal(false);
    expect(!!$(element, 'form')).to.equal(false);
    expect(text($(element, '[part~="status"]'))).to.contain('您已提交');
    expect(!!$(element, '[part~="result"]'), 'the phone’s result').to.equal(true);
  });

  it('at 375 px the panel fits the screen: nothing wider than the widget, the button a full touch target (--_target)', async () => {
    await setViewport({ width: 375, height: 720 });
    const element = await questionnaire(startedElsewhere(514_000));
    const box = element.getBoundingClientRect();
    for (const part of [panel(element)!, $(element, '#resume-heading')!, $(element, '.resume-note')!, $(element, '[part~="continue"]')!]) {
      const rect = part.getBoundingClientRect();
      expect(rect.right, part.className || part.getAttribute('part')!).to.be.at.most(box.right + 0.5);
      expect(part.scrollWidth).to.be.at.most(part.clientWidth + 1);
    }
    const target = parseFloat(getComputedStyle($(element, '[part~="continue"]')!).getPropertyValue('--_target'));
    expect($(element, '[part~="continue"]')!.getBoundingClientRect().height).to.be.at.least(target);
  });
});
