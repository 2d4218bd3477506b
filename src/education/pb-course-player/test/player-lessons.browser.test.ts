import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../../../test/browser/support/wait.js';
import { consoleErrors } from '../../../../test/browser/support/console.js';
import { $, $$, mountPlayer, realClick, text, until } from '../../test/helpers.js';
import { articleLesson, course, documentLesson, policy, studyBackend, videoLesson } from '../../test/support.js';
import { mockServer } from '../../../../test/browser/support/mock.js';
import type { PbCoursePlayer } from '../pb-course-player.js';

const hostile = [
  '<p>正文</p>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=2"><circle r="1"/></svg>',
  '<a href="javascript:window.__pwned=3">点我</a>',
  '<a href="https://www.12371.cn/">共产党员网</a>',
  '<a href="mailto:dangban@example.cn">联系党办</a>',
  '<math><mi><mglyph><style><img src=x onerror="window.__pwned=4"></style></mglyph></mi></math>',
  '<form action="https://evil.example"><input name="p"></form>',
  '<p style="position:fixed;inset:0">遮挡</p>',
  '<iframe src="javascript:window.__pwned=5"></iframe>',
].join('');

async function mountRest(routes: Parameters<typeof mockServer>[0], courseId = 'c1'): Promise<PbCoursePlayer> {
  const server = await mockServer(routes);
  const wrapper = await fixture<HTMLElement>(html`<pb-config api-base=${server.base} .retry=${{ retries: 0 }}><pb-course-player course-id=${courseId}></pb-course-player></pb-config>`);
  return wrapper.querySelector('pb-course-player')!;
}

describe('<pb-course-player>: lessons, states and bad input', function () {
  // Several lessons and an accessibility check each, on a machine that may be busy.
  this.timeout(30_000);
  it('lists lessons with kind, length, done marks and locks, and opens the first open lesson not done', async () => {
    const c = course([videoLesson('l1'), articleLesson('l2'), documentLesson('l3'), videoLesson('l4', { title: '第四讲' })], { policy: policy({ sequential: true }) });
    const player = await mountPlayer(studyBackend(c, { l1: { completed: true, furthestSeconds: 24, creditedSeconds: 24 } }));
    const items = $$(player, '[part="lesson"]');
    // Reading lessons at their estimated reading time, as the course's duration counts them.
    expect(items.map((i) => i.querySelector('.info')!.textContent!.trim())).to.deep.equal(['视频 · 24秒', '图文 · 10分钟', '文档 · 20分钟', '视频 · 24秒']);
    expect(items[0]!.textContent).to.contain('已完成');
    expect(items[1]!.getAttribute('aria-current')).to.equal('true');
    expect(items[2]!.getAttribute('aria-disabled')).to.equal('true');
    expect(items[2]!.textContent).to.contain('请先完成前面各讲');
    expect(items[3]!.getAttribute('aria-disabled')).to.equal('true');

    // A locked lesson does not open; the member is told why.
    items[3]!.click();
    await player.updateComplete;
    expect(items[1]!.getAttribute('aria-current')).to.equal('true');
    expect($(player, '.notice')!.textContent).to.contain('请先完成前面各讲');
    // An open one does.
    items[0]!.click();
    await until(() => $(player, 'video'), 'the first lesson did not open');
    expect(player.lessonId).to.equal('l1');
    expect(player.getAttribute('lesson-id')).to.equal('l1');
    await expect(player).shadowDom.to.be.accessible();
  });

  it('keeps what its parts ask of it inside: the page sees the lesson open and the help shown, and no request event', async () => {
    const seen: string[] = [];
    const note = (event: Event) => seen.push(event.type);
    for (const target of [document, window]) target.addEventListener('player-ask', note, true);
    try {
      const player = await mountPlayer(studyBackend(course([videoLesson('l1'), videoLesson('l2', { title: '第二讲' })])));
      $$(player, '[part="lesson"]')[1]!.click();
      await until(() => player.lessonId === 'l2' && $(player, 'video'), 'the second lesson did not open');
      await until(() => $(player, '.keys-help'), 'no keyboard help button');
      $(player, '.keys-help')!.click();
      await until(() => $<HTMLDialogElement>(player, 'dialog')?.open, 'the keyboard help did not open');
      expect(seen).to.deep.equal([]);
    } finally {
      for (const target of [document, window]) target.removeEventListener('player-ask', note, true);
    }
  });

  it('opens the lesson the page asks for with lesson-id, and follows changes of it', async () => {
    const c = course([videoLesson('l1'), articleLesson('l2'), documentLesson('l3')]);
    const player = await mountPlayer(studyBackend(c), { lessonId: 'l3' });
    expect($(player, '.stage h3')!.textContent).to.equal('第三讲 党章学习辅导材料');
    await until(() => $(player, '[part="document"] .pdf-frame'), 'the document viewer did not open');
    expect($(player, '[part="document"] .pdf-frame')!.getAttribute('aria-label')).to.equal('第三讲 党章学习辅导材料');
    expect($<HTMLAnchorElement>(player, '[part="document"] a[download]')!.href).to.contain('dangzhang-study-guide.pdf');
    player.lessonId = 'l2';
    await until(() => $(player, '[part="article"] h3'), 'the article did not open');
    expect($(player, '[part="article"]')!.textContent).to.contain('党章是立党、治党、管党的总章程');
  });

  it('shows the articles of hostile HTML without running any of it', async () => {
    const c = course([articleLesson('l1', hostile, { title: '<img src=x onerror="window.__pwned=9">标题' })], {
      title: '<svg onload="window.__pwned=8">课程',
    });
    const player = await mountPlayer(studyBackend(c));
    await until(() => $(player, '[part="article"] p'), 'the article did not render');
    const article = $(player, '[part="article"]')!;
    expect(article.textContent).to.contain('正文');
    expect(article.querySelector('img[onerror], svg, math, form, input, iframe, [style], script')).to.equal(null);
    const links = [...article.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([null, 'https://www.12371.cn/', 'mailto:dangban@example.cn']);
    expect(links[1]!.target).to.equal('_blank');
    expect(links[1]!.rel).to.contain('noopener');
    expect($(player, 'h2')!.textContent).to.equal('<svg onload="window.__pwned=8">课程');
    expect($(player, '.stage h3')!.textContent).to.contain('<img src=x');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
  });

  it('lists training materials with name, type and size, to download; unsafe links are left out', async () => {
    const lesson = videoLesson('l1', {
      attachments: [
        { id: 'a1', name: '党章学习辅导材料.pdf', url: '/demo/assets/media/dangzhang-study-guide.pdf', type: 'application/pdf', sizeBytes: 158652 },
        { id: 'a2', name: '学习计划.docx', url: '/files/plan.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', sizeBytes: 2_400_000 },
        { id: 'a3', name: '恶意.pdf', url: 'javascript:alert(1)', type: 'application/pdf', sizeBytes: 10 },
      ],
    });
    const player = await mountPlayer(studyBackend(course([lesson])), { locale: 'en' });
    const links = $$<HTMLAnchorElement>(player, '[part="attachment"]');
    expect(links.map((a) => a.download)).to.deep.equal(['党章学习辅导材料.pdf', '学习计划.docx']);
    expect(text(player)).to.contain('PDF · 159 KB');
    expect(text(player)).to.contain('Word · 2.4 MB');
    expect(text(player)).to.not.contain('恶意');
  });

  it('shows loading, then the course, from the REST contract', async () => {
    const c = course([videoLesson('l1')], { id: 'c1' });
    const progress = { courseId: 'c1', percent: 0, creditedSeconds: 0, completed: false, lessons: [] };
    const player = await mountRest({ 'GET /me': [{ body: { id: 'm-rest' } }], 'GET /courses/c1': [{ body: c, delayMs: 300 }], 'GET /courses/c1/progress': [{ body: progress }] });
    expect($(player, '[part="loading"]')).to.exist;
    await waitUntil(() => $(player, 'h2'), 'the course did not load');
    expect($(player, 'h2')!.textContent).to.equal('党章学习');
  });

  it('says the course does not exist, and retries', async () => {
    const c = course([videoLesson('l1')], { id: 'c1' });
    const progress = { courseId: 'c1', percent: 0, creditedSeconds: 0, completed: false, lessons: [] };
    const player = await mountRest({
      'GET /courses/c1': [{ status: 404, body: { type: 'about:blank', title: 'Not Found', status: 404 } }, { body: c }],
      'GET /courses/c1/progress': [{ body: progress }],
    });
    await waitUntil(() => $(player, '[part="error"]'), 'no error');
    expect(text(player)).to.contain('未找到该内容');
    await realClick($(player, '[part="retry"]')!);
    await waitUntil(() => $(player, 'h2'), 'retry did not load the course');
  });

  it("says why, plainly, when the member may not take the course (403): no retry, no technical line", async () => {
    const player = await mountRest({
      'GET /courses/c1': [{ status: 403, body: { type: 'about:blank', title: 'Forbidden', status: 403, detail: '该课程仅对本支部党员开放。' } }],
      'GET /courses/c1/progress': [{ status: 403, body: { type: 'about:blank', title: 'Forbidden', status: 403 } }],
    });
    await waitUntil(() => $(player, '[part="forbidden"]'), 'no "no permission" state');
    expect($(player, '[part="forbidden"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('无权查看 该课程仅对本支部党员开放。');
    expect($(player, '[part="retry"]'), 'a retry cannot help').to.equal(null);
    expect(text(player)).not.to.contain('403');
    await expect(player).shadowDom.to.be.accessible();
  });

  it('names the field when the backend sends a lesson of the wrong shape', async () => {
    const c = course([videoLesson('l1')], { id: 'c1' }) as unknown as { lessons: Array<Record<string, unknown>> };
    c.lessons[0]!['kind'] = 'flash';
    const player = await mountRest({ 'GET /courses/c1': [{ body: c }], 'GET /courses/c1/progress': [{ body: { courseId: 'c1', percent: 0, creditedSeconds: 0, completed: false, lessons: [] } }] });
    await waitUntil(() => $(player, '[part="error"]'), 'no error');
    expect($(player, '.state-detail code')!.textContent).to.contain('$.lessons[0].kind');
  });

  it('asks nothing until the page sets course-id, then loads that course', async () => {
    const server = await mockServer({
      'GET /me': [{ body: { id: 'm-late' } }],
      'GET /courses/c1': [{ body: course([videoLesson('l1')], { id: 'c1' }) }],
      'GET /courses/c1/progress': [{ body: { courseId: 'c1', percent: 0, creditedSeconds: 0, completed: false, lessons: [] } }],
    });
    const wrapper = await fixture<HTMLElement>(html`<pb-config api-base=${server.base}><pb-course-player></pb-course-player></pb-config>`);
    const player = wrapper.querySelector('pb-course-player')!;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await server.log()).filter((r) => r.path.startsWith('/courses'))).to.deep.equal([]);
    expect($(player, '[part="loading"]')).to.exist;
    player.courseId = 'c1';
    await waitUntil(() => $(player, 'h2'), 'the course did not load');
    expect((await server.log()).filter((r) => r.path.startsWith('/courses')).map((r) => r.path).sort()).to.deep.equal(['/courses/c1', '/courses/c1/progress']);
  });

  it('a course-id never set is, a second after the page loaded, an error naming it (once in the console)', async () => {
    const logged = await consoleErrors(async () => {
      const wrapper = await fixture<HTMLElement>(html`<pb-config api-base="/nowhere"><pb-course-player></pb-course-player></pb-config>`);
      const player = wrapper.querySelector('pb-course-player')!;
      expect($(player, '[part="loading"]')).to.exist;
      await waitUntil(() => $(player, '[part="error"]'), 'still loading without a course-id', { timeout: 3000 });
      expect(text(player)).to.contain('course-id');
    });
    expect(logged.filter((line) => line.includes('course-id'))).to.have.length(1);
  });

  it('a hidden player without a course-id (a panel some members never see) reports nothing until it is shown', async () => {
    let panel!: HTMLElement;
    const quiet = await consoleErrors(async () => {
      panel = await fixture<HTMLElement>(html`<section hidden><pb-config api-base="/nowhere"><pb-course-player></pb-course-player></pb-config></section>`);
      await new Promise((resolve) => setTimeout(resolve, 2500));
    });
    expect(quiet).to.deep.equal([]);
    const shown = await consoleErrors(async () => {
      panel.hidden = false;
      await waitUntil(() => $(panel.querySelector('pb-course-player')!, '[part="error"]'), 'no error once shown', { timeout: 3000 });
    });
    expect(shown.filter((line) => line.includes('course-id'))).to.have.length(1);
  });

  it('shows the empty state for a course without lessons', async () => {
    const player = await mountPlayer(studyBackend(course([])), { wait: false });
    await waitUntil(() => $(player, '[part="empty"]'), 'no empty state');
    expect(text(player)).to.contain('本课程暂无课件');
  });

  it('a media lesson without media says what is missing instead of breaking', async () => {
    const player = await mountPlayer(studyBackend(course([videoLesson('l1', { media: null })])), { locale: 'en' });
    expect(text(player)).to.contain('The lesson data is incomplete: media is missing.');
  });

  it('shows the completed course', async () => {
    const c = course([videoLesson('l1'), articleLesson('l2')]);
    const player = await mountPlayer(studyBackend(c, { l1: { completed: true, furthestSeconds: 24, creditedSeconds: 24 }, l2: { completed: true, creditedSeconds: 45 } }), { locale: 'en' });
    expect(text(player)).to.contain('Well done: you completed this course and earned 2 credit hours.');
    expect(text(player)).to.contain('100%');
    await expect(player).shadowDom.to.be.accessible();
  });
});
