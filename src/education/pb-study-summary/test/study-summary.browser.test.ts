/**
 * `<pb-study-summary>` as a branch secretary uses it, over the real fetch of the scripted
 * mock API: the year's completion, each education group, every member most urgent first
 * with what they are behind by, their courses one by one, the members as a table, and
 * the states around them (loading, no members, nothing assigned, no permission, errors).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../define/pb-config.js';
import '../../../define/pb-study-summary.js';
import type { PbStudySummary } from '../pb-study-summary.js';
import { branchAssignments, branchSummary, memberlessSummary, planCourse, studySummary, summaryMember, unplannedSummary } from '../../../../fixtures/study-plans.js';
import { deepActive, focusBefore, tabTo } from '../../../../test/support/a11y.js';
import { consoleErrors } from '../../../../test/browser/support/console.js';
import { mockServer, type MockAnswer } from '../../../../test/browser/support/mock.js';
import { waitUntil } from '../../../../test/browser/support/wait.js';
import { failOnPageErrors, part, parts, styleAttributes, text, untilPart } from '../../../../test/browser/support/parts.js';

const route = 'GET /branches/b01/study-summary';

async function mount(answers: MockAnswer[], attrs: { locale?: string; theme?: string; view?: string; width?: number } = {}, assignments: MockAnswer[] = [{ body: branchAssignments() }]) {
  const server = await mockServer({ [route]: answers, 'GET /branches/b01/study-assignments': assignments });
  const box = await fixture<HTMLElement>(html`<div>
    <pb-config .retry=${{ retries: 0 }}>
      <pb-study-summary api-base=${server.base} branch-id="b01" locale=${attrs.locale ?? 'zh-CN'} theme=${attrs.theme ?? 'light'} view=${attrs.view ?? 'list'}></pb-study-summary>
    </pb-config>
  </div>`);
  if (attrs.width) box.style.inlineSize = `${attrs.width}px`;
  const element = box.querySelector('pb-study-summary')!;
  return { element, server };
}

const rows = (element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll(selector)].map((row) => text(row));

describe('<pb-study-summary>: a branch secretary’s view of study plans', function () {
  this.timeout(20_000);
  failOnPageErrors();

  it('shows the year’s completion, the items per status and each group with its bar', async () => {
    const { element } = await mount([{ body: branchSummary() }]);
    await untilPart(element, 'overview');
    expect(text(element)).to.contain('第一党支部学习计划完成情况');
    expect(text(part(element, 'overview')!)).to.contain('23.5% 学习计划完成率 党员 10 人，其中 8 人有学习安排');
    expect([...part(element, 'counts')!.querySelectorAll('li')].map((li) => text(li))).to.deep.equal(['已逾期2', '即将到期8', '按计划3', '已完成4']);
    expect(rows(element, '[part="groups"] tbody tr')).to.deep.equal([
      '在职干部 2 人 50% 2 / 4 0 57.5 / 64',
      '离退休返乡 1 人 0% 0 / 1 0 —',
      '有一技之长 2 人 0% 0 / 4 0 12 / 24',
      '普通岗位 6 人 18% 2 / 11 2 56.7 / 96',
      '流动党员 1 人 0% 0 / 1 0 —',
      '老党员 1 人 0% 0 / 1 0 —',
    ]);
    // Bars are sized through the CSSOM, never a style attribute (a strict CSP blocks those).
    const bar = part(element, 'groups')!.querySelector<HTMLElement>('[data-share="0.5"]')!;
    expect(bar.style.getPropertyValue('--_share')).to.equal('0.5');
    expect(styleAttributes(element).filter((s) => !s.includes('data-share'))).to.deep.equal([]);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('lists the members most urgent first, saying by how much each is behind', async () => {
    const { element } = await mount([{ body: branchSummary() }]);
    await untilPart(element, 'members');
    const members = parts(element, 'member');
    expect(members.map((m) => m.querySelector('.name')!.textContent)).to.deep.equal(['李明', '梁敏', '黄娜', '王建华', '赵秀英', '孙强', '周文', '陈国庆']);
    expect(members.map((m) => m.dataset['status'])).to.deep.equal(['overdue', 'overdue', 'due-soon', 'due-soon', 'on-track', 'on-track', 'done', 'done']);
    expect(text(members[0]!)).to.contain('李明 普通岗位 已逾期 逾期 10 天 · 还剩 14 天 · 学时落后 22.1 完成 0 / 3 项 · 0.3 / 24 学时');
    expect(text(members[3]!)).to.contain('王建华 在职干部 即将到期 学时落后 4.4');
    // Their status says it all: on track with nothing dated or behind, done.
    expect(text(members[4]!)).to.contain('赵秀英 离退休返乡、老党员 按计划 完成 0 / 1 项');
    expect(text(members[6]!)).to.contain('周文 在职干部 已完成 完成 2 / 2 项 · 33 / 32 学时');
  });

  it('keeps the server’s order, whatever it is (the server sorts by urgency)', async () => {
    const summary = branchSummary();
    summary.members.reverse();
    const { element } = await mount([{ body: summary }]);
    await untilPart(element, 'members');
    expect(parts(element, 'member').map((m) => m.querySelector('.name')!.textContent)[0]).to.equal('陈国庆');
  });

  it('opens a member’s courses from the keyboard: each with its status, due day, days left and progress', async () => {
    const { element } = await mount([{ body: branchSummary() }]);
    await untilPart(element, 'members');
    focusBefore(element);
    await tabTo((el) => el.matches('[part~="member-plan"] summary') && el.textContent!.includes('李明'), '李明’s plan');
    await sendKeys({ press: 'Enter' });
    const plan = parts<HTMLDetailsElement>(element, 'member-plan')[0]!;
    await waitUntil(() => plan.open, 'Enter did not open the plan');
    expect([...plan.querySelectorAll('.course')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '廉洁自律教育 11月27日截止 逾期 10 天 0%',
      '党史专题 12月21日截止 还剩 14 天 0%',
      '年度学时 0.3 / 24 学时 学时落后 22.1',
    ]);
    expect([...plan.querySelectorAll<HTMLElement>('.course')].map((li) => li.dataset['status'])).to.deep.equal(['overdue', 'due-soon', 'due-soon']);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('reads the members as a table, and back, from the keyboard; `view` reflects the choice', async () => {
    const { element } = await mount([{ body: branchSummary() }]);
    await untilPart(element, 'members');
    focusBefore(element);
    await tabTo((el) => el.matches('[part~="view-toggle"]'), 'the table toggle');
    await sendKeys({ press: 'Enter' });
    const table = await untilPart(element, 'member-table');
    expect(element.getAttribute('view')).to.equal('table');
    expect(deepActive()?.getAttribute('aria-pressed'), 'the focus stays on the pressed toggle').to.equal('true');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal(['党员', '党员类别', '状态', '紧迫程度', '已完成', '学时']);
    expect(rows(element, '[part="member-table"] tbody tr')[0]).to.equal('李明 普通岗位 已逾期 逾期 10 天 · 还剩 14 天 · 学时落后 22.1 0 / 3 0.3 / 24');
    expect(rows(element, '[part="member-table"] tbody tr')).to.have.length(8);
    await expect(element).shadowDom.to.be.accessible();
    await sendKeys({ press: 'Space' });
    await untilPart(element, 'members');
    expect(element.getAttribute('view')).to.equal('list');
  });

  it('starts as a table with view="table"; an unknown view is said once and the list shows', async () => {
    const { element } = await mount([{ body: branchSummary() }], { view: 'table' });
    await untilPart(element, 'member-table');
    const logged = await consoleErrors(async () => {
      const other = await mount([{ body: branchSummary() }], { view: 'chart' });
      await untilPart(other.element, 'members');
      expect(other.element.view).to.equal('list');
    });
    expect(logged.filter((line) => line.includes('view'))).to.have.length(1);
  });

  it('reads in English', async () => {
    const { element } = await mount([{ body: branchSummary() }], { locale: 'en' });
    await untilPart(element, 'members');
    expect(text(element)).to.contain('Study plans: 第一党支部');
    expect(text(part(element, 'overview')!)).to.contain('23.5% Plan items completed 10 members, 8 with a study plan');
    expect(rows(element, '[part="groups"] tbody tr')[0]).to.equal('Cadres in office 2 members 50% 2 / 4 0 57.5 / 64');
    expect(text(parts(element, 'member')[2]!)).to.contain('黄娜 In ordinary work, With a skill Due soon');
    expect(text(parts(element, 'member')[0]!)).to.contain('李明 In ordinary work Overdue 10 days overdue · 14 days left · 22.1 hours behind 0 of 3 done · 0.3 / 24 hours');
    expect(text(element)).to.contain('Members’ progress (8, most urgent first)');
    await expect(element).shadowDom.to.be.accessible();
  });

  it('shows a plain "no permission" state to a member who opens it', async () => {
    const { element } = await mount([{ status: 403, body: { type: '/problems/forbidden', title: 'Not allowed', status: 403, detail: 'Only the branch secretary can see or change its study summary' } }]);
    const forbidden = await untilPart(element, 'forbidden');
    expect(text(forbidden)).to.equal('无权查看 本支部的学习计划完成情况仅支部书记和管理员可以查看。');
    expect(part(element, 'retry')).to.equal(null);
    expect(text(element)).not.to.contain('403');
    await expect(element).shadowDom.to.be.accessible();
  });

  it('shows loading, then the summary', async () => {
    const { element } = await mount([{ body: branchSummary(), delayMs: 400 }]);
    expect(part(element, 'loading')).to.exist;
    await untilPart(element, 'overview');
  });

  it('says when the branch has no members, and when nothing is assigned for the year', async () => {
    const none = await mount([{ body: memberlessSummary() }]);
    expect(text(await untilPart(none.element, 'empty'))).to.contain('本支部暂无党员');
    const unplanned = await mount([{ body: unplannedSummary() }]);
    expect(text(await untilPart(unplanned.element, 'empty'))).to.contain('本年度还没有学习安排');
    await expect(unplanned.element).shadowDom.to.be.accessible();
  });

  it('shows an error with a retry that loads again', async () => {
    const { element } = await mount([{ status: 503, body: { title: 'Service Unavailable', status: 503 } }, { body: branchSummary() }]);
    await untilPart(element, 'error');
    part<HTMLButtonElement>(element, 'retry')!.click();
    await untilPart(element, 'overview');
  });

  it('names numbers that do not add up instead of showing them', async () => {
    const { element } = await mount([{ body: { ...branchSummary(), rate: 0.9 } }], { locale: 'en' });
    const error = await untilPart(element, 'error');
    expect(text(error)).to.contain('$.rate: 0.9 does not match 4 done of 17');
    expect(part(element, 'overview')).to.equal(null);
  });

  it('waits quietly for a branch-id set later, then loads it', async () => {
    const server = await mockServer({ [route]: [{ body: branchSummary() }] });
    const logged = await consoleErrors(async () => {
      const element = await fixture<PbStudySummary>(html`<pb-study-summary api-base=${server.base}></pb-study-summary>`);
      expect(text(part(element, 'empty')!)).to.contain('未指定党支部');
      expect(await server.log()).to.deep.equal([]);
      element.setAttribute('branch-id', 'b01');
      await untilPart(element, 'overview');
    });
    expect(logged).to.deep.equal([]);
  });

  it('switches to the previous year', async () => {
    const { element, server } = await mount([{ body: branchSummary() }]);
    await untilPart(element, 'overview');
    part(element, 'year')!.querySelector('button')!.click();
    await waitUntil(async () => (await server.log()).some((r) => r.query === 'year=2025'));
    expect(element.getAttribute('year')).to.equal('2025');
  });

  it('shows hostile names as text', async () => {
    const hostile = studySummary([summaryMember('m1', '<img src=x onerror=alert(1)>', ['ordinary'], [planCourse('c1', '<b>课</b>', -1)], null)], 3, { branchName: '<b>x</b>' });
    const { element } = await mount([{ body: hostile }]);
    await untilPart(element, 'members');
    parts<HTMLDetailsElement>(element, 'member-plan')[0]!.open = true;
    expect(element.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(text(element)).to.contain('<img src=x onerror=alert(1)>');
    expect(text(element)).to.contain('<b>课</b>');
  });

  it('shows what the branch assigned to whom when the secretary opens it, and asks for it only then', async () => {
    const { element, server } = await mount([{ body: branchSummary() }], { locale: 'zh-CN' });
    await untilPart(element, 'members');
    expect((await server.log()).map((r) => r.path)).to.deep.equal(['/branches/b01/study-summary']);
    focusBefore(element);
    await tabTo((el) => el.matches('[part~="assignments"] > summary'), 'the assignments');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => parts(element, 'assignment').length === 4, 'the assignments did not show');
    expect(parts(element, 'assignment').map((a) => text(a))).to.deep.equal([
      '廉洁自律教育补学 对象 李明、梁敏 课程 廉洁自律教育 11月27日前完成 · 2026年10月28日布置',
      '党史专题学习 对象 普通岗位、有一技之长 课程 党史专题 12月21日前完成 · 2026年10月23日布置',
      // A course no member's plan names reads as its id.
      '老党员：党史专题（可收听音频） 对象 老党员 课程 党史专题、c-new 每年 12 学时 · 2026年10月20日布置',
      '在职干部年度学习 对象 在职干部 每年 32 学时 · 2026年3月31日布置',
    ]);
    expect(text(part(element, 'assignments')!)).to.contain('共 4 项安排');
    await expect(element).shadowDom.to.be.accessible();
    // Closed and opened again: not asked twice.
    part<HTMLDetailsElement>(element, 'assignments')!.open = false;
    part<HTMLDetailsElement>(element, 'assignments')!.open = true;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await server.log()).filter((r) => r.path.endsWith('/study-assignments'))).to.have.length(1);
  });

  it('the assignments: in English, none yet, and an error with a retry', async () => {
    const english = await mount([{ body: branchSummary() }], { locale: 'en' });
    await untilPart(english.element, 'members');
    part<HTMLDetailsElement>(english.element, 'assignments')!.open = true;
    await waitUntil(() => parts(english.element, 'assignment').length === 4, 'the assignments did not show');
    expect(text(parts(english.element, 'assignment')[3]!)).to.equal('在职干部年度学习 For Cadres in office 32 hours a year · assigned Mar 31, 2026');
    const none = await mount([{ body: branchSummary() }], {}, [{ body: { branchId: 'b01', items: [] } }]);
    await untilPart(none.element, 'members');
    part<HTMLDetailsElement>(none.element, 'assignments')!.open = true;
    await waitUntil(() => text(part(none.element, 'assignments')!).includes('本支部还没有学习安排'), 'no word for none');
    const failing = await mount([{ body: branchSummary() }], {}, [{ status: 503, body: { title: 'Service Unavailable', status: 503 } }, { body: branchAssignments() }]);
    await untilPart(failing.element, 'members');
    part<HTMLDetailsElement>(failing.element, 'assignments')!.open = true;
    await waitUntil(() => part(failing.element, 'assignments')!.querySelector('[part~="retry"]'), 'no retry');
    part(failing.element, 'assignments')!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await waitUntil(() => parts(failing.element, 'assignment').length === 4, 'the retry did not load them');
  });

  it('is accessible in the dark and large-text themes', async () => {
    for (const theme of ['dark', 'large-text']) {
      const { element } = await mount([{ body: branchSummary() }], { theme });
      await untilPart(element, 'members');
      parts<HTMLDetailsElement>(element, 'member-plan')[0]!.open = true;
      await expect(element).shadowDom.to.be.accessible();
    }
  });

  it('lays out by its own width: one column of members on a phone, several at a desk, nothing wider than itself', async () => {
    for (const [width, columns] of [
      [375, 1],
      [1280, 3],
    ] as const) {
      const { element } = await mount([{ body: branchSummary() }], { width });
      await untilPart(element, 'members');
      const list = part(element, 'members')!;
      expect(getComputedStyle(list).gridTemplateColumns.split(' ').length, `${width} px`).to.equal(columns);
      const base = part(element, 'base')!;
      expect(base.scrollWidth, `nothing overflows at ${width} px`).to.be.at.most(base.clientWidth);
    }
  });
});
