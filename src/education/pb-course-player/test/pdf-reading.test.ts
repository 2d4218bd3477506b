import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clampPage, clampZoom, pdfCommand, stepZoom } from '../internal/pdf/pdf-pages.js';
import { enoughInView, ReadingClock } from '../internal/reading-clock.js';

const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, altKey: false, metaKey: false, ...extra });

describe('PDF viewer rules', () => {
  it('zooms in steps between half and three times the width, from wherever a pinch left it', () => {
    assert.equal(stepZoom(1, 1), 1.25);
    assert.equal(stepZoom(1, -1), 0.75);
    assert.equal(stepZoom(1.1, 1), 1.25);
    assert.equal(stepZoom(1.1, -1), 1);
    assert.equal(stepZoom(3, 1), 3);
    assert.equal(stepZoom(0.5, -1), 0.5);
    assert.equal(clampZoom(7), 3);
    assert.equal(clampZoom(0.1), 0.5);
    assert.equal(clampZoom(1.2345), 1.23);
    assert.equal(clampZoom(Number.NaN), 1);
  });

  it('keeps page numbers within the document, and a number that is not one where it was', () => {
    assert.equal(clampPage(0, 3), 1);
    assert.equal(clampPage(99, 3), 3);
    assert.equal(clampPage(2.4, 3), 2);
    assert.equal(clampPage(Number.NaN, 3, 2), 2);
    assert.equal(clampPage(1, 0), 1);
  });

  it('turns pages and zooms from the keyboard, leaving typing and the browser its own keys', () => {
    assert.deepEqual(['ArrowLeft', 'PageUp', 'ArrowRight', 'PageDown', 'Home', 'End', '+', '=', '-', '0'].map((k) => pdfCommand(key(k), false)), [
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
    assert.equal(pdfCommand(key('ArrowRight'), true), undefined);
    assert.equal(pdfCommand(key('+', { ctrlKey: true }), false), undefined);
    assert.equal(pdfCommand(key('-', { metaKey: true }), false), undefined);
    assert.equal(pdfCommand(key('ArrowDown'), false), undefined);
  });
});

describe('reading time', () => {
  it('counts a document on screen: a quarter of it, or of the screen when it is taller', () => {
    assert.equal(enoughInView(530, 530, 800), true);
    assert.equal(enoughInView(140, 530, 800), true);
    assert.equal(enoughInView(120, 530, 800), false);
    // A page zoomed to 1600 px on an 800 px screen: 200 px of it fills a quarter of the screen.
    assert.equal(enoughInView(200, 1600, 800), true);
    assert.equal(enoughInView(190, 1600, 800), false);
    assert.equal(enoughInView(0, 530, 800), false);
    assert.equal(enoughInView(0, 0, 800), false);
  });

  it('runs between the moments the conditions change, not by ticks', () => {
    const clock = new ReadingClock();
    clock.set(0, true);
    clock.set(2500, false); // tab hidden
    clock.set(60_000, false); // a timer of a hidden tab, once a minute
    clock.set(61_000, true); // visible again
    assert.equal(clock.take(62_000), 3.5);
    // Still running: what follows counts from the take on.
    assert.equal(clock.running, true);
    assert.equal(clock.take(62_500), 0.5);
  });

  it('stops when the member went idle, even when that is noticed later, never before it started', () => {
    const clock = new ReadingClock();
    clock.set(1000, true);
    clock.set(121_000, false); // idle since 121 s, noticed at 122 s
    assert.equal(clock.take(122_000), 120);
    clock.set(130_000, true);
    clock.set(125_000, false); // a stop dated before the start counts nothing
    assert.equal(clock.take(140_000), 0);
    assert.equal(clock.running, false);
  });
});
