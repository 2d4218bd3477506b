import { expect, fixture, html } from '@open-wc/testing';
import '../../../define/pb-config.js';
import '../../../define/pb-questionnaire.js';
import { evaluation, quiz } from '../../../../fixtures/questionnaires.js';
import { waitUntil } from '../../../../test/browser/support/wait.js';

// Its own file, so its page starts with no English loaded: the parts a definition needs
// (grids, quiz) bring their strings while the widget waits for other English tables.
describe('<pb-questionnaire> in English', () => {
  it('words the evaluation grid, a part loaded with the definition, in English', async () => {
    const page = await fixture<HTMLElement>(html`<pb-config locale="en"><pb-questionnaire .definition=${evaluation}></pb-questionnaire></pb-config>`);
    const element = page.querySelector('pb-questionnaire')!;
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="anonymous"]'), 'the grid did not render');
    expect(element.shadowRoot!.querySelector('[part~="anonymous"]')!.textContent).to.contain('This evaluation is anonymous');
  });

  it('words the quiz start screen, from the quiz part, in English', async () => {
    const page = await fixture<HTMLElement>(html`<pb-config locale="en"><pb-questionnaire .definition=${{ ...quiz, id: 'quiz-en' }}></pb-questionnaire></pb-config>`);
    const element = page.querySelector('pb-questionnaire')!;
    await waitUntil(() => element.shadowRoot!.querySelector('button'), 'nothing rendered');
    expect(element.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Start');
    expect(element.shadowRoot!.textContent).to.contain('pass mark 60');
  });
});
