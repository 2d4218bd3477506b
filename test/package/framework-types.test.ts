/**
 * The React and Vue typings (src/frameworks/) are what custom-elements.json says: every
 * pb-* element with its writable properties, kebab-case attributes and pb-* events, and
 * the files on disk are current (`npm run analyze` regenerates them).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, it } from 'node:test';
import { elementsOf, reactTypes, vueTypes } from '../../scripts/gen-framework-types';

/** The manifest is generated (not committed): analyze again when a source file is newer. */
function freshManifest() {
  const sources = execFileSync('find', ['src', '-name', '*.ts'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  const newest = Math.max(...sources.map((file) => statSync(file).mtimeMs));
  if (!existsSync('custom-elements.json') || statSync('custom-elements.json').mtimeMs < newest) {
    execFileSync('npx', ['cem', 'analyze'], { stdio: 'ignore' });
  }
  return JSON.parse(readFileSync('custom-elements.json', 'utf8'));
}

const elements = elementsOf(freshManifest());

describe('framework typings from the manifest', () => {
  it('cover every element with its properties and events', () => {
    const tags = elements.map((e) => e.tag);
    for (const tag of ['pb-config', 'pb-course-catalog', 'pb-course-player', 'pb-questionnaire', 'pb-dues-status', 'pb-dues-summary', 'pb-leaderboard', 'pb-stat-chart']) {
      assert.ok(tags.includes(tag), `${tag} is missing`);
    }
    const questionnaire = elements.find((e) => e.tag === 'pb-questionnaire')!;
    assert.ok(questionnaire.properties.includes('definition'));
    assert.ok(questionnaire.attributes.includes('questionnaire-id'));
    assert.deepEqual(questionnaire.events, ['pb-questionnaire-change', 'pb-questionnaire-submit', 'pb-questionnaire-submitted']);
    const config = elements.find((e) => e.tag === 'pb-config')!;
    assert.ok(config.properties.includes('backend'));
    // Getters (settings, backend of a widget) are not settable from a template.
    assert.ok(!elements.find((e) => e.tag === 'pb-leaderboard')!.properties.includes('settings'));
  });

  it('are current on disk', () => {
    assert.equal(readFileSync('src/frameworks/react.ts', 'utf8'), reactTypes(elements), 'src/frameworks/react.ts is stale: run `npm run analyze`');
    assert.equal(readFileSync('src/frameworks/vue.ts', 'utf8'), vueTypes(elements), 'src/frameworks/vue.ts is stale: run `npm run analyze`');
  });
});
