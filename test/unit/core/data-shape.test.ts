import { expect } from '@open-wc/testing';
import { check, shape, shapeProblem } from '../../../src/contract/data-shape.js';
import { anyOf } from '../../../src/contract/builders/any-of.js';
import { oneOf } from '../../../src/contract/builders/one-of.js';
import { optional } from '../../../src/contract/builders/optional.js';
import { orNull } from '../../../src/contract/builders/or-null.js';
import { recordOf } from '../../../src/contract/builders/record-of.js';
import { variant } from '../../../src/contract/builders/variant.js';
import { ShapeError } from '../../../src/api/errors.js';
import { expectShape } from '../../../src/api/shape.js';

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
    expect(error).to.be.instanceOf(ShapeError);
    return (error as ShapeError).message.replace('GET /x returned data that does not match the contract at ', '');
  }
}

describe('plain-data shapes', () => {
  it('accepts data of the shape, with null where allowed and other keys beside', () => {
    expect(expectShape(lesson, good, 'GET /x')).to.equal(good);
    expect(problem({ ...good, durationSeconds: 60, media: null })).to.equal('');
  });

  it('names the JSON path and what was expected, as schema libraries word it', () => {
    expect(problem({ ...good, durationSeconds: '60' })).to.equal('$.durationSeconds: expected number, got "60"');
    expect(problem({ ...good, id: undefined })).to.equal('$.id: expected string, got undefined');
    expect(problem({ ...good, done: null })).to.equal('$.done: expected boolean, got null');
    expect(problem({ ...good, kind: 'pdf' })).to.equal('$.kind: expected "video" | "audio", got "pdf"');
    expect(problem({ ...good, 'odd-key': 'x' })).to.equal('$["odd-key"]: expected "string" | "number", got "x"');
    expect(problem({ ...good, media: { src: 'a', captions: [{ label: 'zh' }, { label: 3 }] } })).to.equal('$.media.captions[1].label: expected string, got 3');
    expect(problem({ ...good, media: { src: 'a', captions: {} } })).to.equal('$.media.captions: expected Array, got Object');
    expect(problem([good])).to.equal('$: expected Object, got Array');
    expect(problem('nope')).to.equal('$: expected Object, got "nope"');
  });

  it('knows whole numbers ≥ 0 and dates, each with its own words', () => {
    expect(shapeProblem({ fen: 'int', at: 'date?' }, { fen: 4800, at: null })).to.equal(null);
    expect(shapeProblem({ fen: 'int' }, { fen: 48.5 })).to.deep.equal({ path: '$.fen', message: 'expected a whole number ≥ 0, got 48.5' });
    expect(shapeProblem({ fen: 'int' }, { fen: -1 })).to.deep.equal({ path: '$.fen', message: 'expected a whole number ≥ 0, got -1' });
    expect(shapeProblem({ fen: 'int' }, { fen: '4800' })).to.deep.equal({ path: '$.fen', message: 'expected number, got "4800"' });
    expect(shapeProblem(['date'], ['2026-01-02T03:04:05Z', 'yesterday'])).to.deep.equal({ path: '$[1]', message: 'expected a date and time, got "yesterday"' });
  });

  it('refuses NaN as a number', () => {
    expect(problem({ ...good, durationSeconds: Number.NaN })).to.equal('$.durationSeconds: expected number, got NaN');
  });

  it('tells optional keys, records, alternatives and variants apart, naming the first wrong path', () => {
    const question = variant('type', {
      single: { id: 'string', options: [{ value: 'string' }], required: optional('boolean') },
      rating: { id: 'string', scale: 'int', labels: optional(recordOf('string')) },
    });
    const answer = anyOf(['string', 'number', ['string']]);
    expect(shapeProblem([question], [{ type: 'single', id: 'q1', options: [] }, { type: 'rating', id: 'q2', scale: 5, labels: { 1: 'low' } }])).to.equal(null);
    expect(shapeProblem(question, { type: 'single', id: 'q1', options: [], required: 'yes' })).to.deep.equal({ path: '$.required', message: 'expected boolean, got "yes"' });
    expect(shapeProblem(question, { type: 'slider', id: 'q1' })).to.deep.equal({ path: '$.type', message: 'expected "single" | "rating", got "slider"' });
    expect(shapeProblem(question, { type: 'rating', id: 'q2', scale: 5, labels: { 1: 'low', 'very high': 5 } })).to.deep.equal({
      path: '$.labels["very high"]',
      message: 'expected string, got 5',
    });
    expect(shapeProblem(question, { type: 'toString', id: 'q' })!.path).to.equal('$.type');
    expect(shapeProblem({ a: answer }, { a: ['x', 'y'] })).to.equal(null);
    expect(shapeProblem({ a: answer }, { a: true })).to.deep.equal({ path: '$.a', message: 'expected string | number | Array, got true' });
  });

  it('runs a check written as a function with the path it is at', () => {
    const even = check<number>((value, path) => (typeof value === 'number' && value % 2 === 0 ? null : { path, message: `${String(value)} is odd` }));
    expect(shapeProblem({ n: [even] }, { n: [2, 4, 7] })).to.deep.equal({ path: '$.n[2]', message: '7 is odd' });
  });
});
