import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, shape, shapeProblem } from '../data-shape.js';
import { anyOf } from '../builders/any-of.js';
import { oneOf } from '../builders/one-of.js';
import { optional } from '../builders/optional.js';
import { orNull } from '../builders/or-null.js';
import { recordOf } from '../builders/record-of.js';
import { variant } from '../builders/variant.js';
import { ShapeError } from '../../api/errors.js';
import { expectShape } from '../../api/shape.js';

const lesson = shape({
  id: 'string',
  kind: oneOf(['video', 'audio']),
  durationSeconds: 'number?',
  done: 'boolean',
  media: orNull({ src: 'string', captions: [{ label: 'string' }] }),
  'odd-key': 'string|number',
});
const good = { id: 'l1', kind: 'video', durationSeconds: null, done: false, media: { src: 'a.mp4', captions: [] }, 'odd-key': 'number', extra: 1 };

/** The ShapeError detail for `data`, or '' when it passes. */
function problem(data: unknown): string {
  try {
    expectShape(lesson, data, 'GET /x');
    return '';
  } catch (error) {
    assert.ok(error instanceof ShapeError);
    return (error as ShapeError).message.replace('GET /x returned data that does not match the contract at ', '');
  }
}

describe('plain-data shapes', () => {
  it('accepts data of the shape, with null where allowed and other keys beside', () => {
    assert.equal(expectShape(lesson, good, 'GET /x'), good);
    assert.equal(problem({ ...good, durationSeconds: 60, media: null }), '');
  });

  it('names the JSON path and what was expected, as schema libraries word it', () => {
    assert.equal(problem({ ...good, durationSeconds: '60' }), '$.durationSeconds: expected number, got "60"');
    assert.equal(problem({ ...good, id: undefined }), '$.id: expected string, got undefined');
    assert.equal(problem({ ...good, done: null }), '$.done: expected boolean, got null');
    assert.equal(problem({ ...good, kind: 'pdf' }), '$.kind: expected "video" | "audio", got "pdf"');
    assert.equal(problem({ ...good, 'odd-key': 'x' }), '$["odd-key"]: expected "string" | "number", got "x"');
    assert.equal(problem({ ...good, media: { src: 'a', captions: [{ label: 'zh' }, { label: 3 }] } }), '$.media.captions[1].label: expected string, got 3');
    assert.equal(problem({ ...good, media: { src: 'a', captions: {} } }), '$.media.captions: expected Array, got Object');
    assert.equal(problem([good]), '$: expected Object, got Array');
    assert.equal(problem('nope'), '$: expected Object, got "nope"');
  });

  it('knows whole numbers ≥ 0 and dates, each with its own words', () => {
    assert.equal(shapeProblem({ fen: 'int', at: 'date?' }, { fen: 4800, at: null }), null);
    assert.deepEqual(shapeProblem({ fen: 'int' }, { fen: 48.5 }), { path: '$.fen', message: 'expected a whole number ≥ 0, got 48.5' });
    assert.deepEqual(shapeProblem({ fen: 'int' }, { fen: -1 }), { path: '$.fen', message: 'expected a whole number ≥ 0, got -1' });
    assert.deepEqual(shapeProblem({ fen: 'int' }, { fen: '4800' }), { path: '$.fen', message: 'expected number, got "4800"' });
    assert.deepEqual(shapeProblem(['date'], ['2026-01-02T03:04:05Z', 'yesterday']), { path: '$[1]', message: 'expected a date and time, got "yesterday"' });
  });

  it('refuses NaN as a number', () => {
    assert.equal(problem({ ...good, durationSeconds: Number.NaN }), '$.durationSeconds: expected number, got NaN');
  });

  it('tells optional keys, records, alternatives and variants apart, naming the first wrong path', () => {
    const question = variant('type', {
      single: { id: 'string', options: [{ value: 'string' }], required: optional('boolean') },
      rating: { id: 'string', scale: 'int', labels: optional(recordOf('string')) },
    });
    const answer = anyOf(['string', 'number', ['string']]);
    assert.equal(shapeProblem([question], [{ type: 'single', id: 'q1', options: [] }, { type: 'rating', id: 'q2', scale: 5, labels: { 1: 'low' } }]), null);
    assert.deepEqual(shapeProblem(question, { type: 'single', id: 'q1', options: [], required: 'yes' }), { path: '$.required', message: 'expected boolean, got "yes"' });
    assert.deepEqual(shapeProblem(question, { type: 'slider', id: 'q1' }), { path: '$.type', message: 'expected "single" | "rating", got "slider"' });
    assert.deepEqual(shapeProblem(question, { type: 'rating', id: 'q2', scale: 5, labels: { 1: 'low', 'very high': 5 } }), {
      path: '$.labels["very high"]',
      message: 'expected string, got 5',
    });
    assert.equal(shapeProblem(question, { type: 'toString', id: 'q' })!.path, '$.type');
    assert.equal(shapeProblem({ a: answer }, { a: ['x', 'y'] }), null);
    assert.deepEqual(shapeProblem({ a: answer }, { a: true }), { path: '$.a', message: 'expected string | number | Array, got true' });
  });

  it('runs a check written as a function with the path it is at', () => {
    const even = check<number>((value, path) => (typeof value === 'number' && value % 2 === 0 ? null : { path, message: `${String(value)} is odd` }));
    assert.deepEqual(shapeProblem({ n: [even] }, { n: [2, 4, 7] }), { path: '$.n[2]', message: '7 is odd' });
  });
});
