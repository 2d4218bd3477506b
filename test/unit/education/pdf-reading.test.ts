import { expect } from '@open-wc/testing';
import { clampPage, clampZoom, pdfCommand, stepZoom } from '../../../src/education/pb-course-player/pdf-pages.js';
import { enoughInView, ReadingClock } from '../../../src/education/pb-course-player/reading-clock.js';

const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, altKey: false, metaKey: false, ...extra });

describe('PDF viewer rules', () => {
  it('zooms in steps between half and three times the width, from wherever a pinch left it', () => {
    expect(stepZoom(1, 1)).to.equal(1.25);
    expect(stepZoom(1, -1)).to.equal(0.75);
    expect(stepZoom(1.1, 1)).to.equal(1.25);
    expect(stepZoom(1.1, -1)).to.equal(1);
    expect(stepZoom(3, 1)).to.equal(3);
    expect(stepZoom(0.5, -1)).to.equal(0.5);
    expect(clampZoom(7)).to.equal(3);
    expect(clampZoom(0.1)).to.equal(0.5);
    expect(clampZoom(1.2345)).to.equal(1.23);
    expect(clampZoom(Number.NaN)).to.equal(1);
  });

  it('keeps page numbers within the document, and a number that is not one where it was', () => {
    expect(clampPage(0, 3)).to.equal(1);
    expect(clampPage(99, 3)).to.equal(3);
    expect(clampPage(2.4, 3)).to.equal(2);
    expect(clampPage(Number.NaN, 3, 2)).to.equal(2);
    expect(clampPage(1, 0)).to.equal(1);
  });

  it('turns pages and zooms from the keyboard, leaving typing and the browser its own keys', () => {
    expect(['ArrowLeft', 'PageUp', 'ArrowRight', 'PageDown', 'Home', 'End', '+', '=', '-', '0'].map((k) => pdfCommand(key(k), false))).to.deep.equal([
      'previous',
      'previous',
      'next',
      'next',
      'first',
      'last',
      'zoomIn',
      'zoomIn',
      'zoomOut',
      'fit',
    ]);
    expect(pdfCommand(key('ArrowRight'), true)).to.equal(undefined);
    expect(pdfCommand(key('+', { ctrlKey: true }), false)).to.equal(undefined);
    expect(pdfCommand(key('-', { metaKey: true }), false)).to.equal(undefined);
    expect(pdfCommand(key('ArrowDown'), false)).to.equal(undefined);
  });
});

describe('reading time', () => {
  it('counts a document on screen: a quarter of it, or of the screen when it is taller', () => {
    expect(enoughInView(530, 530, 800)).to.equal(true);
    expect(enoughInView(140, 530, 800)).to.equal(true);
    expect(enoughInView(120, 530, 800)).to.equal(false);
    // A page zoomed to 1600 px on an 800 px screen: 200 px of it fills a quarter of the screen.
    expect(enoughInView(200, 1600, 800)).to.equal(true);
    expect(enoughInView(190, 1600, 800)).to.equal(false);
    expect(enoughInView(0, 530, 800)).to.equal(false);
    expect(enoughInView(0, 0, 800)).to.equal(false);
  });

  it('runs between the moments the conditions change, not by ticks', () => {
    const clock = new ReadingClock();
    clock.set(0, true);
    clock.set(2500, false); // tab hidden
    clock.set(60_000, false); // a timer of a hidden tab, once a minute
    clock.set(61_000, true); // visible again
    expect(clock.take(62_000)).to.equal(3.5);
    // Still running: what follows counts from the take on.
    expect(clock.running).to.equal(true);
    expect(clock.take(62_500)).to.equal(0.5);
  });

  it('stops when the member went idle, even when that is noticed later, never before it started', () => {
    const clock = new ReadingClock();
    clock.set(1000, true);
    clock.set(121_000, false); // idle since 121 s, noticed at 122 s
    expect(clock.take(122_000)).to.equal(120);
    clock.set(130_000, true);
    clock.set(125_000, false); // a stop dated before the start counts nothing
    expect(clock.take(140_000)).to.equal(0);
    expect(clock.running).to.equal(false);
  });
});
