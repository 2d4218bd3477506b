import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../../../test/browser/support/wait.js';
import '../../../define/pb-my-tasks.js';
import type { PbMyTasks, TasksChangeDetail } from '../pb-my-tasks.js';
import { mockServer } from '../../../../test/browser/support/mock.js';
import { reminderFixture, taskList } from '../../../../fixtures/tasks.js';
import { failOnPageErrors, part, parts, styleAttributes, text, untilPart } from '../../../../test/browser/support/parts.js';
import { sendKeys } from '@web/test-runner-commands';
import { deepActive, focusBefore } from '../../../../test/support/a11y.js';

const links = { course: '/study.html?course={id}', questionnaire: '/survey.html?id={id}', dues: '/dues.html?month={id}', meeting: '/meetings.html#{id}' };
/** A meeting's start as the list shows it, in the browser's time zone as <pb-meetings> shows it. */
const when = (locale: string, at: string) => new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(at));
const meetingTask = (need: 'reply' | 'leave-refused' | 'check-in', urgency: 'overdue' | 'due-soon' | 'later', daysLeft: number) => {
  const base = taskList().items.find((t) => t.kind === 'meeting')!;
  return { ...base, urgency, daysLeft, meeting: { ...base.meeting!, need } };
};

async function tasksWith(body: unknown, options: { locale?: string; theme?: string; status?: number; width?: number } = {}) {
  const server = await mockServer({ 'GET /me/tasks': [{ status: options.status ?? 200, body }], 'GET /me': [{ body: { id: 'm0001', name: '李明', branchId: 'b01', branchName: '第一党支部', roles: ['member'], category: 'in-service', migrant: false } }] });
  const changes: TasksChangeDetail[] = [];
  const wrapper = await fixture<HTMLDivElement>(html`<div class="host" @pb-tasks-change=${(e: CustomEvent<TasksChangeDetail>) => changes.push(e.detail)}>
    <pb-my-tasks
      api-base=${server.base}
      locale=${options.locale ?? 'zh-CN'}
      theme=${options.theme ?? 'light'}
      course-href=${links.course}
      questionnaire-href=${links.questionnaire}
      dues-href=${links.dues}
      meeting-href=${links.meeting}
    ></pb-my-tasks>
  </div>`);
  wrapper.style.inlineSize = `${options.width ?? 1280}px`;
  const element = wrapper.querySelector<PbMyTasks>('pb-my-tasks')!;
  return { element, server, changes };
}

describe('<pb-my-tasks>: what a member is expected to do now', function () {
  this.timeout(20_000);
  failOnPageErrors();

  it('lists the tasks by urgency, each saying in words how urgent it is, with counts and the year’s hours', async () => {
    const { element } = await tasksWith(taskList());
    await untilPart(element, 'tasks');
    expect([...part(element, 'counts')!.querySelectorAll('li')].map((li) => text(li))).to.deep.equal(['已逾期3', '即将到期1', '稍后5']);
    expect(text(part(element, 'hours')!)).to.equal('本年度学时 12.5 / 24 落后进度 4.5 学时');
    const headings = [...element.shadowRoot!.querySelectorAll('h3')].map((h) => text(h));
    expect(headings).to.deep.equal(['已逾期 3 项', '即将到期 1 项', '稍后 5 项']);
    const rows = parts(element, 'task').map((t) => text(t));
    expect(rows).to.deep.equal([
      '党费 交纳 2026年7月—2026年9月 党费 逾期 46 天 3 个月，共 ¥144.00',
      '提醒 请于本月底前补交党费。 已逾期 王红梅 提醒 知道了',
      '课程 廉洁自律教育 逾期 10 天 已学 0%',
      '课程 党史专题 还剩 14 天 已学 0%',
      `组织生活 支部党员大会：审议发展党员事项 10 天后召开 请回复参加或请假 · ${when('zh-CN', '2026-09-25T01:00:00.000Z')} · 村委会二楼会议室`,
      '问卷 党员服务满意度调查 还剩 30 天',
      '民主评议 2026年度民主评议党员 10月25日截止',
      '课程 党章学习 11月29日截止 已学 25%',
      '课程 基层党务工作实务 不限期 已学 33%',
    ]);
    // Urgency is said in words and shown by a shape, not only by colour.
    expect(parts(element, 'task')[0]!.dataset['urgency']).to.equal('overdue');
    expect(parts(element, 'task')[0]!.querySelector('.badge svg')).to.exist;
    expect(styleAttributes(element)).to.deep.equal([]);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('links each task where it is done, from the page’s template for its kind; an evaluation opens where questionnaires do', async () => {
    const { element } = await tasksWith(taskList());
    await untilPart(element, 'tasks');
    const hrefs = parts(element, 'link').map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return url.pathname + url.search + url.hash;
    });
    expect(hrefs).to.deep.equal([
      '/dues.html?month=2026-07',
      '/study.html?course=c-lianzheng',
      '/study.html?course=c-dangshi',
      '/meetings.html#mt-b01-0049',
      '/survey.html?id=q-satisfaction',
      '/survey.html?id=q-evaluation-2026',
      '/study.html?course=c-dangzhang',
      '/study.html?course=c-dangwu',
    ]);
  });

  it('a meeting says what it waits for: a check-in open now is overdue and says so, a refused leave is due soon; without meeting-href it has no link', async () => {
    for (const locale of ['zh-CN', 'en']) {
      const items = [meetingTask('check-in', 'overdue', 0), { ...meetingTask('leave-refused', 'due-soon', 3), id: 'meeting:mt-2', targetId: 'mt-2', title: '主题党日：重温入党誓词' }];
      const server = await mockServer({ 'GET /me/tasks': [{ body: taskList({ items }) }] });
      const element = await fixture<PbMyTasks>(html`<pb-my-tasks api-base=${server.base} locale=${locale}></pb-my-tasks>`);
      await untilPart(element, 'tasks');
      const at = when(locale, '2026-09-25T01:00:00.000Z');
      expect(parts(element, 'task').map((t) => [t.dataset['urgency'], t.dataset['kind'], text(t)])).to.deep.equal(
        locale === 'en'
          ? [
              ['overdue', 'meeting', `Meeting 支部党员大会：审议发展党员事项 Check-in open Check in now · ${at} · 村委会二楼会议室`],
              ['due-soon', 'meeting', `Meeting 主题党日：重温入党誓词 In 3 days Leave not granted · ${at} · 村委会二楼会议室`],
            ]
          : [
              ['overdue', 'meeting', `组织生活 支部党员大会：审议发展党员事项 正在签到 请签到 · ${at} · 村委会二楼会议室`],
              ['due-soon', 'meeting', `组织生活 主题党日：重温入党誓词 3 天后召开 请假未获批准 · ${at} · 村委会二楼会议室`],
            ],
      );
      expect(parts(element, 'link')).to.deep.equal([]);
      await expect(element).shadowDom.to.be.accessible();
    }
  });

  it('a template that would give an unsafe link gives none', async () => {
    const { element } = await tasksWith(taskList());
    element.courseHref = 'javascript:alert({id})';
    await untilPart(element, 'tasks');
    await element.updateComplete;
    expect(parts(element, 'link').map((a) => text(a))).to.not.include('廉洁自律教育');
    expect(text(element)).to.contain('廉洁自律教育');
  });

  it('fires pb-tasks-change with the counts, and again when a reminder is marked read; the read is sent once through the outbox', async () => {
    const server = await mockServer({
      'GET /me/tasks': [{ body: taskList() }],
      'GET /me': [{ body: { id: 'm0001', name: '李明', branchId: 'b01', branchName: '第一党支部', roles: ['member'], category: 'in-service', migrant: false } }],
      'POST /me/reminders/rm_1/read': [{ body: { ...reminderFixture, read: true } }],
    });
    const changes: TasksChangeDetail[] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div @pb-tasks-change=${(e: CustomEvent<TasksChangeDetail>) => changes.push(e.detail)}><pb-my-tasks api-base=${server.base}></pb-my-tasks></div>`);
    const element = wrapper.querySelector<PbMyTasks>('pb-my-tasks')!;
    await untilPart(element, 'tasks');
    await waitUntil(() => changes.length === 1);
    expect(changes[0]!.counts).to.deep.equal({ overdue: 3, 'due-soon': 1, later: 5, total: 9 });
    const button = part<HTMLButtonElement>(element, 'mark-read')!;
    expect(button.getAttribute('aria-label')).to.equal('知道了：请于本月底前补交党费。');
    button.focus();
    button.click();
    await waitUntil(() => changes.length === 2);
    expect(changes[1]!.counts).to.deep.equal({ overdue: 2, 'due-soon': 1, later: 5, total: 8 });
    expect(part(element, 'mark-read')).to.equal(null);
    // Focus does not fall to the page: it stays in the widget, on its heading.
    expect(element.shadowRoot!.activeElement?.tagName).to.equal('H2');
    await waitUntil(async () => (await server.log()).some((r) => r.method === 'POST'));
    const posts = (await server.log()).filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.path)).to.deep.equal(['/me/reminders/rm_1/read']);
    expect(posts[0]!.headers['idempotency-key']).to.be.a('string');
  });

  it('reads in English', async () => {
    const { element } = await tasksWith(taskList(), { locale: 'en' });
    await untilPart(element, 'tasks');
    expect(text(element)).to.contain('My tasks');
    expect(parts(element, 'task').map((t) => text(t)).slice(0, 3)).to.deep.equal([
      'Dues Pay dues for Jul 2026 – Sep 2026 46 days overdue 3 months, CN¥144.00 in all',
      'Reminder 请于本月底前补交党费。 Overdue From 王红梅 Got it',
      'Course 廉洁自律教育 10 days overdue 0% studied',
    ]);
    expect(text(part(element, 'hours')!)).to.equal('Study hours this year: 12.5 / 24 4.5 hours behind the pace');
    await expect(element).shadowDom.to.be.accessible();
  });

  it('shows loading, then the tasks', async () => {
    const server = await mockServer({ 'GET /me/tasks': [{ body: taskList(), delayMs: 300 }] });
    const element = await fixture<PbMyTasks>(html`<pb-my-tasks api-base=${server.base}></pb-my-tasks>`);
    expect(part(element, 'loading')).to.exist;
    await untilPart(element, 'tasks');
  });

  it('says so when nothing is expected of the member', async () => {
    const { element, changes } = await tasksWith(taskList({ items: [], hours: null }));
    expect(text(await untilPart(element, 'empty'))).to.contain('暂无待办事项');
    await expect(element).shadowDom.to.be.accessible();
    // A badge the page shows goes to zero.
    await waitUntil(() => changes.length === 1);
    expect(changes[0]!.counts.total).to.equal(0);
  });

  it('shows an error with a retry that loads again', async () => {
    const server = await mockServer({ 'GET /me/tasks': [{ status: 404, body: { title: 'Not Found', status: 404 } }, { body: taskList() }] });
    const element = await fixture<PbMyTasks>(html`<pb-my-tasks api-base=${server.base}></pb-my-tasks>`);
    await untilPart(element, 'error');
    part<HTMLButtonElement>(element, 'retry')!.click();
    await untilPart(element, 'tasks');
  });

  it('shows hostile titles as text', async () => {
    const items = taskList().items.map((t, i) => (i === 2 ? { ...t, title: '<img src=x onerror=alert(1)>' } : t));
    const { element } = await tasksWith(taskList({ items }));
    await untilPart(element, 'tasks');
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(element)).to.contain('<img src=x onerror=alert(1)>');
  });

  it('works in the dark and large-text themes, at 375 and 1280 px', async () => {
    for (const theme of ['dark', 'large-text']) {
      for (const width of [375, 1280]) {
        const { element } = await tasksWith(taskList(), { theme, width });
        await untilPart(element, 'tasks');
        // Every row, the meeting's long line of reply, time and place among them.
        for (const row of parts(element, 'task')) expect(row.scrollWidth, `${theme} ${width} ${row.dataset['kind']}`).to.be.at.most(row.clientWidth + 1);
        await expect(element).shadowDom.to.be.accessible();
      }
    }
  });

  it('is used with the keyboard: Tab reaches the links in the list’s order and the reminder’s button, Enter marks it read and the focus stays in the widget', async () => {
    const server = await mockServer({
      'GET /me/tasks': [{ body: taskList() }],
      'GET /me': [{ body: { id: 'm0001', name: '李明', branchId: 'b01', branchName: '第一党支部', roles: ['member'], category: 'in-service', migrant: false } }],
      'POST /me/reminders/rm_1/read': [{ body: { ...reminderFixture, read: true } }],
    });
    const element = await fixture<PbMyTasks>(html`<pb-my-tasks api-base=${server.base} course-href=${links.course} questionnaire-href=${links.questionnaire} dues-href=${links.dues}></pb-my-tasks>`);
    await untilPart(element, 'tasks');
    focusBefore(element);
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      seen.push(text(deepActive()!));
    }
    expect(seen).to.deep.equal(['交纳 2026年7月—2026年9月 党费', '知道了', '廉洁自律教育']);
    await sendKeys({ press: 'Shift+Tab' });
    expect(text(deepActive()!)).to.equal('知道了');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(element, 'mark-read') === null);
    expect(deepActive()?.tagName).to.equal('H2');
    await sendKeys({ press: 'Tab' });
    expect(text(deepActive()!)).to.equal('交纳 2026年7月—2026年9月 党费');
    await waitUntil(async () => (await server.log()).some((r) => r.method === 'POST'));
  });
});
