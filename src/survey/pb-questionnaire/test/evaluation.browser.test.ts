import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitUntil } from '../../../../test/browser/support/wait.js';
import type { PbQuestionnaire } from '../pb-questionnaire.js';
import { evaluation } from '../../../../fixtures/questionnaires.js';
import { $, $$, fakeBackend, questionnaire, shadowFocus, text } from './support.js';

const rows = (element: PbQuestionnaire) => $$(element, '[data-question="grades"] [part~="row"]');
const cell = (element: PbQuestionnaire, row: number, column: string) =>
  [...rows(element)[row]!.querySelectorAll<HTMLInputElement>('input')].find((input) => input.value === column)!;

async function rate(element: PbQuestionnaire, row: number, column: string) {
  cell(element, row, column).click();
  await element.updateComplete;
}

describe('<pb-questionnaire>: democratic evaluation (民主评议)', () => {
  it('a grid of the other members × four grades, anonymous, with the live 优秀 count; axe clean', async function () {
    // axe over 32 radio buttons takes a while on a busy machine.
    this.timeout(30_000);
    const element = await questionnaire(fakeBackend(evaluation));
    expect(rows(element)).to.have.length(8);
    expect(rows(element)[0]!.getAttribute('role')).to.equal('radiogroup');
    expect(text(rows(element)[0]!.querySelector('.row-label'))).to.equal('王红梅');
    const grid = text($(element, '[data-question="grades"]'));
    expect(grid).to.contain('匿名');
    expect(grid).to.contain('不含您本人');
    expect(text($(element, '[part~="counter"]'))).to.contain('“优秀”已评 0 人，最多 2 人');
    await expect(element).shadowDom.to.be.accessible();
  });

  it('respects the one-third limit: once two are 优秀 the others cannot be, and it says why', async () => {
    const element = await questionnaire(fakeBackend(evaluation), { locale: 'en' });
    await rate(element, 0, 'excellent');
    await rate(element, 1, 'excellent');
    expect(text($(element, '[part~="counter"]'))).to.contain('“优秀”: 2 of at most 2');
    const blocked = cell(element, 2, 'excellent');
    expect(blocked.disabled).to.equal(true);
    expect(blocked.getAttribute('aria-describedby')).to.equal($(element, '[part~="counter"]')!.id);
    expect(cell(element, 0, 'excellent').disabled).to.equal(false);
    await waitUntil(() => text($(element, '[aria-live]')).includes('No more “优秀” ratings are available'));
    // Moving one 优秀 elsewhere frees the place again.
    await rate(element, 1, 'qualified');
    expect(cell(element, 2, 'excellent').disabled).to.equal(false);
  });

  it('arrow keys stop at a row’s ends: with 优秀 full, ← from 合格 does not wrap round to 不合格', async () => {
    const element = await questionnaire(fakeBackend(evaluation));
    await rate(element, 0, 'excellent');
    await rate(element, 1, 'excellent');
    // Tab into an unrated row lands on its first enabled choice, 合格, without choosing it.
    cell(element, 2, 'qualified').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowUp' });
    await element.updateComplete;
    expect(rows(element)[2]!.hasAttribute('data-answered')).to.equal(false);
    expect(shadowFocus(element)).to.equal(cell(element, 2, 'qualified'));
    // Within the row the arrows still move and choose.
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(cell(element, 2, 'basic').checked).to.equal(true);
    cell(element, 3, 'unqualified').click();
    await element.updateComplete;
    cell(element, 3, 'unqualified').focus();
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(cell(element, 3, 'unqualified').checked).to.equal(true);
    expect(cell(element, 3, 'qualified').checked).to.equal(false);
  });

  it('every member must be rated: submit points at the first unrated row; "rate the rest" fills 合格', async () => {
    const fake = fakeBackend(evaluation);
    const element = await questionnaire(fake);
    await rate(element, 0, 'excellent');
    $(element, '[part~="submit"]')!.click();
    await element.updateComplete;
    expect(text($(element, '[data-question="grades"] [part~="message"]'))).to.equal('请为每一行作出选择');
    expect(shadowFocus(element)).to.equal(cell(element, 1, 'excellent'));
    $(element, '[part~="fill"]')!.click();
    await element.updateComplete;
    expect(rows(element).every((row) => row.hasAttribute('data-answered'))).to.equal(true);
    expect(cell(element, 0, 'excellent').checked).to.equal(true);
    $(element, '[part~="submit"]')!.click();
    await waitUntil(() => text($(element, '[part~="status"]')).includes('评议已提交'), 'not submitted');
    // The form is gone with the button that had focus: the confirmation takes it.
    await waitUntil(() => shadowFocus(element)?.matches('[part~="status"] .state-title'), 'focus did not follow to the confirmation');
    const grades = (fake.of('submitResponse')[0]!.args[1] as { answers: { grades: Record<string, string> } }).answers.grades;
    expect(Object.values(grades).filter((g) => g === 'excellent')).to.have.length(1);
    expect(Object.keys(grades)).to.have.length(8);
  });

  it('a restored grid over the limit (the limit was lowered) is flagged, not silently changed', async () => {
    const rowsOf = evaluation.pages[0]!.questions[0]! as { rows: { value: string }[] };
    const draft = { answers: { grades: Object.fromEntries(rowsOf.rows.map((r, i) => [r.value, i < 3 ? 'excellent' : 'qualified'])) }, pageIndex: 0, attemptId: null, updatedAt: new Date().toISOString() };
    const element = await questionnaire(fakeBackend(evaluation, { draft }));
    expect(text($(element, '[part~="counter"]'))).to.contain('超过 2 人的上限');
    $(element, '[part~="submit"]')!.click();
    await element.updateComplete;
    expect(text($(element, '[data-question="grades"] [part~="message"]'))).to.equal('“优秀”最多 2 项，请调整');
  });
});
