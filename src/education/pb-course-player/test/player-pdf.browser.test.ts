import { aTimeout, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mockServer } from '../../../../test/browser/support/mock.js';
import { wcagViolations } from '../../../../test/support/a11y.js';
import type { PbCoursePlayer } from '../pb-course-player.js';
import { $, $$, mountPlayer, realClick, text, until } from '../../test/helpers.js';
import { course, documentLesson, studyBackend } from '../../test/support.js';

/** Three A4 pages with text, each with a coloured band at the top (three-pages.pdf.mjs writes it). */
const PDF = '/src/education/test/media/three-pages.pdf';

const pdfLesson = (src = PDF) => documentLesson('l-doc', { document: { src, type: 'application/pdf' } });

/** A player on a document lesson, `width` CSS pixels wide, as on a phone or a desk. */
async function mountPdf(src = PDF, attrs: { width?: number; locale?: string; theme?: string } = {}) {
  const study = studyBackend(course([pdfLesson(src)]));
  const player = await mountPlayer(study, { locale: attrs.locale ?? 'zh-CN' });
  player.closest('pb-config')!.parentElement!.style.width = `${attrs.width ?? 375}px`;
  if (attrs.theme) player.setAttribute('theme', attrs.theme);
  return { player, study };
}

/** Waits until a page of the document is drawn and on screen. */
const shown = (player: PbCoursePlayer, page = 1) =>
  until(() => $(player, `.pdf-page:not([hidden])[aria-label*="${page}"]`) && $(player, '.pdf-frame[aria-busy="false"]') && $(player, '.pdf-text')!.textContent!.includes(`page ${page} of 3`), `page ${page} was not shown`, 15_000);

const canvasOf = (player: PbCoursePlayer) => $<HTMLCanvasElement>(player, '.pdf-page canvas')!;

/** The page's width once it is drawn fitted to the frame (the test narrowed the page after mounting). */
async function fittedWidth(player: PbCoursePlayer): Promise<number> {
  const width = () => canvasOf(player).getBoundingClientRect().width;
  await until(() => Math.abs(width() - $(player, '.pdf-frame')!.clientWidth) < 1, 'the page was not fitted to the width');
  return width();
}
const frameOf = (player: PbCoursePlayer) => $(player, '.pdf-frame')!;
/** A button of the viewer by the start of its name (its label, else its text). */
const button = (player: PbCoursePlayer, name: string, within = '.pdf-bar') =>
  $$<HTMLButtonElement>(player, `${within} button`).find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()).startsWith(name))!;

/** The colour of the canvas pixel at (x, y) as shares of its size. */
function pixel(canvas: HTMLCanvasElement, x: number, y: number): [number, number, number] {
  const [r, g, b] = canvas.getContext('2d')!.getImageData(Math.floor(canvas.width * x), Math.floor(canvas.height * y), 1, 1).data;
  return [r!, g!, b!];
}

/** The same PDF as text, for the mock API (the fixture is plain ASCII). */
const pdfText = () => fetch(PDF).then((r) => r.text());

describe('<pb-course-player>: PDF lessons readable on a phone', function () {
  this.timeout(40_000);
  const ratio = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  afterEach(() => {
    if (ratio) Object.defineProperty(window, 'devicePixelRatio', ratio);
  });

  it('draws the page fitted to the width of a 375 px phone, sharp at its pixel ratio, with its text and a name', async () => {
    Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => 3 });
    const { player } = await mountPdf();
    await shown(player);
    await fittedWidth(player);
    const canvas = canvasOf(player);
    const frame = frameOf(player);
    const box = canvas.getBoundingClientRect();
    // Fitted to the width (the frame inside its border), the page's own proportions.
    expect(box.width).to.be.closeTo(frame.clientWidth, 1);
    expect(frame.clientWidth).to.be.within(300, 375);
    expect(box.height / box.width).to.be.closeTo(842 / 595, 0.01);
    // Three canvas pixels for every CSS pixel: sharp on the phone's screen.
    expect(canvas.width / box.width).to.be.closeTo(3, 0.02);
    // Drawn: the red band at the top, white paper below.
    const [r, g] = pixel(canvas, 0.5, 0.02);
    expect(r).to.be.above(150);
    expect(g).to.be.below(60);
    expect(pixel(canvas, 0.5, 0.6)).to.deep.equal([255, 255, 255]);
    // The text layer carries the page's text (selectable, read by screen readers), in place.
    expect($(player, '.pdf-text')!.textContent).to.contain('Study guide - page 1 of 3');
    const title = [...$(player, '.pdf-text')!.querySelectorAll('span')].find((span) => span.textContent!.startsWith('Study guide'))!;
    const titleBox = title.getBoundingClientRect();
    expect(titleBox.left - box.left).to.be.closeTo((72 / 595) * box.width, 3);
    expect(titleBox.width).to.be.within(box.width * 0.3, box.width * 0.6);
    // Each page has a name; the canvas itself is decoration for assistive technology.
    expect($(player, '.pdf-page')!.getAttribute('role')).to.equal('group');
    expect($(player, '.pdf-page')!.getAttribute('aria-label')).to.equal('第 1 页，共 3 页');
    expect(canvas.getAttribute('aria-hidden')).to.equal('true');
    // The original is always one tap away.
    expect($<HTMLAnchorElement>(player, '[part="document"] a[download]')!.href).to.contain('three-pages.pdf');
    expect($<HTMLAnchorElement>(player, '[part="document"] a[target="_blank"]')!.href).to.contain('three-pages.pdf');
  });

  it('turns pages with previous/next, the page number and the pager below, and says where the member is', async () => {
    const { player } = await mountPdf();
    await shown(player);
    const previous = button(player, '上一页');
    expect(previous.getAttribute('aria-disabled')).to.equal('true');
    await realClick(previous);
    await aTimeout(100);
    expect($(player, '.pdf-page')!.getAttribute('aria-label')).to.equal('第 1 页，共 3 页');

    await realClick(button(player, '下一页'));
    await shown(player, 2);
    expect(text(player)).to.contain('第 2 页，共 3 页');
    expect($(player, '.pdf-pager')!.textContent).to.contain('2 / 3');

    const number = $<HTMLInputElement>(player, '.page-number input')!;
    expect(number.getAttribute('aria-label')).to.equal('页码（共 3 页）');
    number.focus();
    number.select();
    await sendKeys({ type: '3' });
    await sendKeys({ press: 'Enter' });
    number.blur();
    await shown(player, 3);
    expect(button(player, '下一页').getAttribute('aria-disabled')).to.equal('true');

    // A page that does not exist is the nearest one that does.
    number.value = '99';
    number.dispatchEvent(new Event('change'));
    await aTimeout(100);
    expect(number.value).to.equal('3');

    await realClick(button(player, '上一页', '.pdf-pager'));
    await shown(player, 2);
    // Drawn again for the new page: the band of page 2 is darker than page 1's.
    expect(pixel(canvasOf(player), 0.5, 0.02)[0]).to.be.below(100);
  });

  it('works from the keyboard: arrows and Page Up/Down turn pages, Home/End, + − 0 zoom', async () => {
    const { player } = await mountPdf();
    await shown(player);
    const frame = frameOf(player);
    frame.focus();
    expect(frame.getAttribute('tabindex')).to.equal('0');
    expect(frame.getAttribute('aria-label')).to.equal('第三讲 党章学习辅导材料');
    const width = () => canvasOf(player).getBoundingClientRect().width;
    const fitted = await fittedWidth(player);

    await sendKeys({ press: 'ArrowRight' });
    await shown(player, 2);
    await sendKeys({ press: 'End' });
    await shown(player, 3);
    await sendKeys({ press: 'PageUp' });
    await shown(player, 2);
    await sendKeys({ press: 'Home' });
    await shown(player, 1);
    await sendKeys({ press: 'PageDown' });
    await shown(player, 2);
    await sendKeys({ press: 'ArrowLeft' });
    await shown(player, 1);

    await sendKeys({ press: '+' });
    await until(() => Math.abs(width() - fitted * 1.25) < 2, 'the + key did not zoom in');
    expect(button(player, '适合宽度').textContent).to.contain('125%');
    await sendKeys({ press: '-' });
    await sendKeys({ press: '-' });
    await until(() => Math.abs(width() - fitted * 0.75) < 2, 'the - key did not zoom out');
    await sendKeys({ press: '0' });
    await until(() => Math.abs(width() - fitted) < 2, 'the 0 key did not fit the width');
    // Keys typed into the page number are the member's typing, not commands.
    const number = $<HTMLInputElement>(player, '.page-number input')!;
    number.focus();
    await sendKeys({ press: 'End' });
    await aTimeout(200);
    expect($(player, '.pdf-page')!.getAttribute('aria-label')).to.equal('第 1 页，共 3 页');
  });

  it('zooms with the buttons and a pinch: a wider page scrolls sideways in its frame, sharp again at its new size', async () => {
    Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => 2 });
    const { player } = await mountPdf();
    await shown(player);
    const frame = frameOf(player);
    const canvas = canvasOf(player);
    const fitted = await fittedWidth(player);

    await realClick(button(player, '放大'));
    await realClick(button(player, '放大'));
    await until(() => Math.abs(canvas.getBoundingClientRect().width - fitted * 1.5) < 2, 'did not zoom to 150 %');
    expect(frame.scrollWidth).to.be.above(frame.clientWidth + 50);
    await until(() => Math.abs(canvas.width - fitted * 1.5 * 2) < 4, 'not drawn again at the new size');
    // The page stays inside the widget: the frame scrolls, the host page does not.
    expect(player.getBoundingClientRect().width).to.be.at.most(375);

    for (let i = 0; i < 6; i++) await realClick(button(player, '放大'));
    expect(button(player, '放大').getAttribute('aria-disabled')).to.equal('true');
    expect(button(player, '适合宽度').textContent).to.contain('300%');
    await realClick(button(player, '适合宽度'));
    await until(() => Math.abs(canvas.getBoundingClientRect().width - fitted) < 2, 'fit did not come back to the width');

    // Two fingers moving apart on the page.
    const box = frame.getBoundingClientRect();
    const y = box.top + 100;
    const touch = (type: string, pointerId: number, x: number) => frame.dispatchEvent(new PointerEvent(type, { pointerId, pointerType: 'touch', clientX: x, clientY: y, bubbles: true }));
    touch('pointerdown', 11, box.left + 140);
    touch('pointerdown', 12, box.left + 180);
    touch('pointermove', 11, box.left + 100);
    touch('pointermove', 12, box.left + 220);
    expect(getComputedStyle($(player, '.pdf-page')!).scale).to.equal('3');
    touch('pointerup', 11, box.left + 100);
    touch('pointerup', 12, box.left + 220);
    await until(() => Math.abs(canvas.getBoundingClientRect().width - fitted * 3) < 3, 'the pinch did not zoom');
    expect(getComputedStyle($(player, '.pdf-page')!).scale).to.equal('1');
  });

  it('shows the document loading, then an error with a retry that works, in the words of a member', async () => {
    // Slow, then failing; the retry gets the document.
    const mock = await mockServer({
      'GET /guide': [
        { status: 503, delayMs: 1200, text: 'busy' },
        { status: 200, text: await pdfText(), headers: { 'content-type': 'application/pdf' } },
      ],
    });
    // (No .pdf at the end: the test server answers a second request for such a path from its cache.)
    const { player } = await mountPdf(`${mock.base}/guide`);
    await until(() => $(player, '.pdf-state[role="status"]'), 'no loading state');
    expect(text(player)).to.contain('正在加载文档…');
    expect(frameOf(player).getAttribute('aria-busy')).to.equal('true');
    expect(await wcagViolations(player)).to.deep.equal([]);

    await until(() => $(player, '.pdf-state[role="alert"]'), 'no error state', 10_000);
    expect(text(player)).to.contain('文档无法加载：文件不存在或网络中断。');
    expect(frameOf(player).getAttribute('aria-busy')).to.equal('false');
    expect($(player, '[part="document"] a[download]')).to.exist;
    expect(await wcagViolations(player)).to.deep.equal([]);

    await realClick($(player, '.pdf-state button')!);
    await shown(player);
    expect($(player, '.pdf-state')).to.equal(null);
  });

  it('says a file that is not a PDF cannot be shown, with no retry, and keeps the download', async () => {
    const mock = await mockServer({ 'GET /broken': [{ status: 200, text: 'This is not a PDF.', headers: { 'content-type': 'application/pdf' } }] });
    const { player } = await mountPdf(`${mock.base}/broken`, { locale: 'en' });
    await until(() => $(player, '.pdf-state[role="alert"]'), 'no error state', 10_000);
    expect(text(player)).to.contain('This document cannot be shown here');
    expect($(player, '.pdf-state button')).to.equal(null);
    expect($(player, '[part="document"] a[download]')!.textContent).to.contain('Download');
  });

  it('reads in English: toolbar, page names and the loading words', async () => {
    const { player } = await mountPdf(PDF, { locale: 'en' });
    await shown(player);
    expect($(player, '.pdf-page')!.getAttribute('aria-label')).to.equal('Page 1 of 3');
    expect($(player, '.pdf-bar')!.getAttribute('aria-label')).to.equal('Document tools');
    expect(button(player, 'Next page')).to.exist;
    expect(button(player, 'Fit to width').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Fit to width; zoom now 100%');
    expect($<HTMLInputElement>(player, '.page-number input')!.getAttribute('aria-label')).to.equal('Page number (of 3)');
    expect(text(player)).to.contain('Keys: ← → turn pages');
  });

  for (const theme of ['light', 'dark', 'large-text']) {
    it(`is axe clean with a page shown, ${theme} theme`, async () => {
      const { player } = await mountPdf(PDF, { theme, width: 1280 });
      await shown(player);
      if (theme !== 'light') document.body.style.background = theme === 'dark' ? '#121113' : '#fff';
      expect(await wcagViolations(player)).to.deep.equal([]);
      document.body.style.background = '';
    });
  }

  it('lets the document go when the member opens another lesson', async () => {
    const c = course([pdfLesson(), documentLesson('l-doc-2', { title: '第二份材料', document: { src: PDF, type: 'application/pdf' } })]);
    const player = await mountPlayer(studyBackend(c));
    await shown(player);
    await realClick(button(player, '下一页'));
    await shown(player, 2);
    player.lessonId = 'l-doc-2';
    await until(() => $(player, '.pdf-frame')?.getAttribute('aria-label') === '第二份材料', 'the second lesson did not open');
    await shown(player, 1);
  });
});
