import { expect } from '@open-wc/testing';
import * as library from '../index.js';

const tags = ['pb-config', 'pb-course-catalog', 'pb-course-player', 'pb-questionnaire', 'pb-dues-status', 'pb-dues-summary', 'pb-leaderboard', 'pb-stat-chart'];

describe('the package root', () => {
  it('gives the classes and configure() but registers no tag', () => {
    expect(library.configure).to.be.a('function');
    expect(library.PbConfig).to.be.a('function');
    expect(library.PbElement).to.be.a('function');
    for (const tag of tags) expect(customElements.get(tag), tag).to.equal(undefined);
  });
});
