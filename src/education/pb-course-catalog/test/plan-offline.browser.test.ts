import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../define/pb-config.js';
import '../../../define/pb-course-catalog.js';
import { memberPlan } from '../../../../fixtures/study-plans.js';
import { part, parts, text, untilPart } from '../../../../test/browser/support/parts.js';
import { waitUntil } from '../../../../test/browser/support/wait.js';

const page = { items: [], nextCursor: null, total: 0, categories: [] };

// A file of its own: its page must never have loaded 为你安排's chunk before.
describe('<pb-course-catalog>: 为你安排 when its code cannot be fetched (offline, first visit)', function () {
  this.timeout(20_000);
  it('says so with a retry that fetches again; the catalog keeps working', async () => {
    await executeServerCommand('fail-requests', '**/plan-section.lazy.ts*');
    let asked = 0;
    const backend = { listCourses: async () => page, getMyStudyPlan: async () => (asked++, memberPlan()) };
    const box = await fixture<HTMLElement>(html`<pb-config .backend=${backend} .retry=${{ retries: 0 }}><pb-course-catalog></pb-course-catalog></pb-config>`);
    const catalog = box.querySelector('pb-course-catalog')!;
    const error = await untilPart(catalog, 'error');
    expect(error.closest('.plan-error'), 'the error is the section’s').to.exist;
    expect(part(catalog, 'empty'), 'the catalog answered on its own').to.exist;
    expect(text(error)).not.to.contain('undefined');
    part<HTMLButtonElement>(catalog, 'retry')!.click();
    await waitUntil(() => asked === 2 && parts(catalog, 'error')[0] !== error, 'the retry did not ask again');
    expect(part(catalog, 'plan')).to.equal(null);
  });
});
