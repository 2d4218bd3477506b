import { expect } from '@open-wc/testing';
import { oneOf, orNull, shape, shapeProblem } from '../../../src/api/data-shape.js';
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

  it('names the JSON path and what was expected, as valibot words it', () => {
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
    expect(shapeProblem({ fen: 'int' }, { fen: 48.5 })).to.deep.equal({ path: '$.fen', message: '48.5 is not a whole number ≥ 0' });
    expect(shapeProblem({ fen: 'int' }, { fen: -1 })).to.deep.equal({ path: '$.fen', message: '-1 is not a whole number ≥ 0' });
    expect(shapeProblem({ fen: 'int' }, { fen: '4800' })).to.deep.equal({ path: '$.fen', message: 'expected number, got "4800"' });
    expect(shapeProblem(['date'], ['2026-01-02T03:04:05Z', 'yesterday'])).to.deep.equal({ path: '$[1]', message: '"yesterday" is not a date and time' });
  });

  it('refuses NaN as a number', () => {
    expect(problem({ ...good, durationSeconds: Number.NaN })).to.equal('$.durationSeconds: expected number, got NaN');
  });
});
