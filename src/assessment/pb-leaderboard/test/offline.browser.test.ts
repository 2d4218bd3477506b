import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../define/pb-config.js';
import '../../../define/pb-leaderboard.js';
import type { PbLeaderboard } from '../pb-leaderboard.js';
import { rankingBackend } from '../../../../fixtures/rankings.js';
import { part, settled } from '../../test/support.js';

// A file of its own: its page must never have loaded the switchers' chunk before.
describe('<pb-leaderboard>: the switchers when their code could not be fetched once (offline)', function () {
  this.timeout(20_000);
  afterEach(() => executeServerCommand('fail-requests', null));

  it('shows the ranking without them, and fetches them again at the next update once the connection is back', async () => {
    await executeServerCommand('fail-requests', '**/controls.lazy.ts*');
    const { backend } = rankingBackend({ total: 6, meIndex: 2 });
    const config = await fixture<HTMLElement>(html`<pb-config .backend=${backend}></pb-config>`);
    config.innerHTML = '<pb-leaderboard controls></pb-leaderboard>';
    const first = config.querySelector<PbLeaderboard>('pb-leaderboard')!;
    await settled(first, 'table');
    await new Promise((done) => setTimeout(done, 100));
    expect(part(first, 'controls'), 'no switchers while their chunk cannot load').to.equal(null);

    await executeServerCommand('fail-requests', null);
    // Another leaderboard on the page asks for them: the failed fetch is not remembered.
    config.insertAdjacentHTML('beforeend', '<pb-leaderboard controls metric="study-hours"></pb-leaderboard>');
    const second = config.querySelectorAll<PbLeaderboard>('pb-leaderboard')[1]!;
    expect((await settled(second, 'controls')).querySelectorAll('select')).to.have.length.above(0);
    // The first one shows them at its own next update (here: another period).
    first.period = 'year';
    await settled(first, 'controls');
  });
});
