import { expect, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../../../test/browser/support/wait.js';
import { ProblemError } from '../../../api/errors.js';
import type { BranchCourseRequestQuery } from '../../../api/types.js';
import type { PbCourseRequests } from '../pb-course-requests.js';
import { chinaDay } from '../internal/request-status.js';
import { deepActive } from '../../../../test/support/a11y.js';
import { branchPage, dayFrom, fakeRequests } from '../../../../fixtures/course-requests.js';
import { failOnPageErrors, mount, part, parts, row, setValue, styleAttributes, text, titles, untilPart, untilText } from './support.js';

const branch = (attrs = 'branch-id="b01"') => () => (attrs.includes('branch-id') ? html`<pb-course-requests view="branch" branch-id="b01"></pb-course-requests>` : html`<pb-course-requests view="branch"></pb-course-requests>`);
const $ = <T extends HTMLElement>(root: Element, selector: string) => (root.shadowRoot ?? root).querySelector<T>(selector)!;

/** Opens the answer panel of the request titled `title` and chooses `kind`. */
async function answer(element: PbCourseRequests, title: string, kind: 'planned' | 'available' | 'declined' | 'merged') {
  part<HTMLButtonElement>(row(element, title), 'answer-button')!.click();
  const form = await untilPart(row(element, title), 'answer-form');
  $<HTMLInputElement>(form, `input[value="${kind}"]`).click();
  await element.updateComplete;
  return form;
}
const save = (element: PbCourseRequests, title: string) => $<HTMLButtonElement>(row(element, title), '[part~="answer-form"] button[type="submit"]').click();

describe('<pb-course-requests view="branch">: what a secretary sees and does', function () {
  this.timeout(20_000);
  failOnPageErrors();

  it('ranks the requests by demand with what it is made of, who asked (never for an anonymous one), and demand per topic', async () => {
    const { element } = await mount(fakeRequests().backend, branch());
    await untilPart(element, 'request');
    expect(titles(element)).to.deep.equal(branchPage().items.map((r) => r.title));
    expect(text(element)).to.contain('第一党支部点单需求');
    const first = row(element, '农村电商直播入门');
    expect(text(part(first, 'demand')!)).to.equal('10 需求热度 想学 6 人 · 问卷选择 4 人');
    expect(text(part(first, 'requester')!)).to.match(/^张建国 \d{4}年\d{1,2}月\d{1,2}日提出$/);
    expect(text(part(row(element, '家庭理财与防范电信诈骗'), 'requester')!)).to.match(/^匿名 \d{4}年/);
    // The member's own news is not the secretary's business.
    expect(part(element, 'news') === null).to.equal(true);
    const topics = part(element, 'topics')!;
    expect([...topics.querySelectorAll('tbody tr')].map((tr) => text(tr))).to.deep.equal(['实用技能 4 2', '党史学习教育 2 1', '党务知识 1 1', '乡村振兴 3 0']);
    // Bars through the CSSOM, never a style attribute.
    expect(topics.querySelector<HTMLElement>('[data-share]')!.style.getPropertyValue('--_share')).to.equal('1');
    expect(styleAttributes(element).filter((s) => !s.includes('data-share'))).to.deep.equal([]);
    // Answered for good: no more answers.
    for (const title of ['法律常识：土地承包与婚姻家庭', '组织外出参观红色教育基地', '教老党员用智能手机']) expect(part(row(element, title), 'answer-button') === null, title).to.equal(true);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('filters by member group, dues category and status on the server', async () => {
    const fake = fakeRequests();
    const queries: BranchCourseRequestQuery[] = [];
    const get = fake.backend.getBranchCourseRequests!;
    const { element } = await mount({ ...fake.backend, getBranchCourseRequests: (id, query, options) => (queries.push(query), get(id, query, options)) }, branch());
    await untilPart(element, 'request');
    const [status, group, category] = [...element.shadowRoot!.querySelectorAll<HTMLSelectElement>('[part~="toolbar"] select')];
    setValue(group!, 'migrant');
    await waitUntil(() => queries.some((q) => q.group === 'migrant'), 'the group was not asked for');
    setValue(category!, 'retired');
    setValue(status!, 'received');
    await waitUntil(() => queries.some((q) => q.category === 'retired' && q.status === 'received'), 'the filters were not asked for');
    expect(queries.at(-1)).to.deep.include({ group: 'migrant', category: 'retired', status: 'received', limit: 20 });
    expect(element.getAttribute('group')).to.equal('migrant');
    expect(element.getAttribute('category')).to.equal('retired');
  });

  it('plans a request for a day: the row waits, then shows the day, and pb-request-answer tells the page', async () => {
    const fake = fakeRequests();
    const { element } = await mount(fake.backend, branch());
    await untilPart(element, 'request');
    const form = await answer(element, '红色家风故事分享', 'planned');
    expect(form.getAttribute('aria-label')).to.equal('处理：红色家风故事分享');
    const day = dayFrom(14);
    setValue($<HTMLInputElement>(form, 'input[type="date"]'), day);
    const answered = oneEvent(element, 'pb-request-answer');
    save(element, '红色家风故事分享');
    const { detail } = await answered;
    expect(detail.change).to.deep.equal({ status: 'planned', plannedOn: day });
    expect(detail.request.status).to.equal('planned');
    await waitUntil(() => text(part(row(element, '红色家风故事分享'), 'status')!) === '已排期', 'the row did not show the plan');
    expect(text(part(row(element, '红色家风故事分享'), 'status-line')!)).to.contain('开课');
    expect(part(row(element, '红色家风故事分享'), 'answer-form') === null).to.equal(true);
    expect(deepActive() === part(row(element, '红色家风故事分享'), 'answer-button'), 'the focus').to.equal(true);
    expect(fake.writes.filter((w) => w.operation === 'setCourseRequestStatus').map((w) => w.args)).to.deep.equal([['cr-family', { status: 'planned', plannedOn: day }]]);
  });

  it('says what is missing from an answer before sending it: a day (not past), a course, a reason, a request to merge into', async () => {
    const fake = fakeRequests();
    const { element } = await mount(fake.backend, branch());
    await untilPart(element, 'request');
    const form = await answer(element, '红色家风故事分享', 'planned');
    save(element, '红色家风故事分享');
    expect(text(await untilPart(form, 'field-error'))).to.equal('请选择开课日期。');
    expect(deepActive()?.getAttribute('type')).to.equal('date');
    setValue($<HTMLInputElement>(form, 'input[type="date"]'), dayFrom(-1));
    await element.updateComplete;
    expect(text(part(form, 'field-error')!)).to.equal('开课日期不能早于今天。');
    expect($<HTMLInputElement>(form, 'input[type="date"]').min).to.equal(chinaDay());
    $<HTMLInputElement>(form, 'input[value="declined"]').click();
    save(element, '红色家风故事分享');
    await waitUntil(() => part(form, 'field-error')?.textContent === '请写明理由，至少 2 个字。', 'no reason asked for');
    $<HTMLInputElement>(form, 'input[value="merged"]').click();
    save(element, '红色家风故事分享');
    await waitUntil(() => part(form, 'field-error')?.textContent === '请选择要并入的需求。', 'no merge target asked for');
    // Only open and available requests take a duplicate, never the request itself.
    const targets = branchPage().items.filter((r) => r.id !== 'cr-family' && ['received', 'planned', 'available'].includes(r.status)).map((r) => r.title);
    expect(targets).to.have.length(5);
    expect([...$<HTMLSelectElement>(form, '#answer-field').options].map((o) => o.textContent)).to.deep.equal(['请选择需求', ...targets]);
    expect(fake.writes.filter((w) => w.operation === 'setCourseRequestStatus')).to.deep.equal([]);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('links a course chosen from the catalog (the request’s category first), with a new topic', async () => {
    const fake = fakeRequests();
    const { element } = await mount(fake.backend, branch());
    await untilPart(element, 'request');
    const form = await answer(element, '农村电商直播入门', 'available');
    const select = () => $<HTMLSelectElement>(form, '#answer-field');
    await waitUntil(() => select().options.length > 1, 'the catalog never came');
    expect([...select().options].slice(1, 3).map((o) => o.value)).to.deep.equal(['c-nongye', 'c-anquan']);
    setValue(select(), 'c-nongye');
    setValue($<HTMLInputElement>(form, '#answer-topic'), '农村电商');
    save(element, '农村电商直播入门');
    await waitUntil(() => part(row(element, '农村电商直播入门'), 'course-link'), 'the course link did not show');
    expect(text(part(row(element, '农村电商直播入门'), 'status-line')!)).to.equal('课程已上线：现代农业实用技术 去学习');
    expect(fake.writes.find((w) => w.operation === 'setCourseRequestStatus')!.args).to.deep.equal(['cr-ecommerce', { status: 'available', courseId: 'c-nongye', topic: '农村电商' }]);
  });

  it('declines with the reason, and merges a duplicate (the list loads again: its voices moved)', async () => {
    const fake = fakeRequests();
    let loads = 0;
    const get = fake.backend.getBranchCourseRequests!;
    const { element } = await mount({ ...fake.backend, getBranchCourseRequests: (id, query, options) => (loads++, get(id, query, options)) }, branch());
    await untilPart(element, 'request');
    let form = await answer(element, '家庭理财与防范电信诈骗', 'declined');
    setValue($<HTMLTextAreaElement>(form, 'textarea'), '县里下月有专题讲座，请报名参加。');
    save(element, '家庭理财与防范电信诈骗');
    await waitUntil(() => text(part(row(element, '家庭理财与防范电信诈骗'), 'status-line')!) === '未采纳：县里下月有专题讲座，请报名参加。', 'the reason did not show');
    form = await answer(element, '如何在手机上参加网上党支部活动', 'merged');
    setValue($<HTMLSelectElement>(form, '#answer-field'), 'cr-phone');
    const before = loads;
    save(element, '如何在手机上参加网上党支部活动');
    await waitUntil(() => loads > before, 'the list was not loaded again after the merge');
    await waitUntil(() => text(part(row(element, '如何在手机上参加网上党支部活动'), 'status')!) === '已合并', 'the merge did not show');
    expect(text(part(row(element, '智能手机常用功能培训'), 'demand')!)).to.contain('想学 8 人');
  });

  it('an answer the backend refuses (the request moved on) says so on its row, which then shows where it is', async () => {
    const fake = fakeRequests();
    const { element } = await mount(fake.backend, branch());
    await untilPart(element, 'request');
    // Another secretary (or an admin) declined it meanwhile.
    Object.assign(fake.requests.find((r) => r.id === 'cr-family')!, { status: 'declined', revision: 1, declineReason: '已列入明年计划。' });
    const form = await answer(element, '红色家风故事分享', 'planned');
    setValue($<HTMLInputElement>(form, 'input[type="date"]'), dayFrom(3));
    save(element, '红色家风故事分享');
    expect(text(await untilPart(row(element, '红色家风故事分享'), 'refusal'))).to.equal('未能完成：这项需求已有结果，不能再更改。');
    // The list loads again: the row shows where the request is now, and takes no more answers.
    await waitUntil(() => text(part(row(element, '红色家风故事分享'), 'status')!) === '未采纳', 'the row did not show the answer');
    expect(part(row(element, '红色家风故事分享'), 'answer-button') === null).to.equal(true);
  });

  it('shows a plain “no permission” to a member who is not the secretary', async () => {
    const { element } = await mount(
      {
        getBranchCourseRequests: async () => {
          throw new ProblemError({ status: 403, title: 'Forbidden', detail: 'Only the branch secretary may see this' });
        },
      },
      branch(),
    );
    const forbidden = await untilPart(element, 'forbidden');
    expect(text(forbidden)).to.equal('无权查看 本支部的点单需求汇总仅支部书记和管理员可以查看。');
    expect(part(element, 'retry') === null).to.equal(true);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('waits for a branch-id set later, saying which setting is missing meanwhile', async () => {
    const fake = fakeRequests();
    const { element } = await mount(fake.backend, branch(''));
    expect(text(await untilPart(element, 'empty'))).to.contain('未指定党支部');
    element.branchId = 'b01';
    await untilPart(element, 'request');
  });

  it('a branch without requests shows the survey demand and says how to learn what members want; filters that match nothing can be cleared', async () => {
    const fake = fakeRequests([]);
    const { element } = await mount(fake.backend, branch());
    const empty = await untilPart(element, 'empty');
    expect(text(empty)).to.contain('还没有党员点单');
    expect(part(element, 'topics')).to.exist;
    element.group = 'veteran';
    await untilText(element, '清除筛选');
    element.shadowRoot!.querySelector<HTMLButtonElement>('[data-act="clear"]')!.click();
    await waitUntil(() => element.group === '', 'the filter stayed');
    await expect(element).shadowDom.to.be.accessible();
  });

  it('reads in English', async () => {
    const { element } = await mount(fakeRequests().backend, branch(), 'en');
    await untilPart(element, 'request');
    expect(text(element)).to.contain('Course requests: 第一党支部');
    expect(text(part(row(element, '农村电商直播入门'), 'demand')!)).to.equal('10 Demand 6 want it · 4 chose it in surveys');
    expect(text(part(row(element, '家庭理财与防范电信诈骗'), 'requester')!)).to.match(/^Asked anonymously on /);
    const form = await answer(element, '红色家风故事分享', 'planned');
    expect(text(form)).to.contain('Day the course starts');
    expect(parts(form, 'field-error')).to.deep.equal([]);
    await expect(element).shadowDom.to.be.accessible();
  });
});
