/**
 * Questionnaire results end to end on the demo: the real reference server (its own seeded
 * database), the demo's 问卷调查 page with the CDN bundle, Chromium. demo-secretary opens
 * the learning-needs survey's results for their branch and exports them; the workbook
 * downloaded reads back with the server's counts. demo-member sees no results panel and
 * the server refuses them the figures.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { signIn, watchErrors, withDemo, type Demo } from './support/demo';

interface Results {
  responded: number;
  expected: number;
  responses: number;
  questions: { questionId: string; options?: { label: string; count: number }[] }[];
}

/** The first sheet of a workbook as rows of cell texts (shared strings resolved). */
function readSheet(bytes: Uint8Array): string[][] {
  const files = unzipSync(bytes);
  const shared = [...strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array()).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
  return [...sheet.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map((row) =>
    [...row[1]!.matchAll(/<c([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map((c) => {
      const value = /<v>([\s\S]*?)<\/v>/.exec(c[2] ?? '')?.[1] ?? (c[2] ?? '').replace(/<[^>]+>/g, '');
      return /t="s"/.test(c[1]!) ? shared[Number(value)]! : value;
    }),
  );
}

describe('questionnaire results on the demo site', () => {
  let demo: Demo;
  let browser: Browser;

  withDemo((up) => {
    ({ demo, browser } = up);
  });

  it('demo-secretary opens the learning-needs survey’s results and exports them; the workbook has the server’s counts', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-secretary');
    const errors = watchErrors(page);
    await page.goto(`${demo.url}/survey.html?q=q-learning-needs`);
    const results = page.locator('pb-questionnaire-results');
    await results.locator('[part="questions"]').waitFor();
    const api = (await (await page.request.get(`${demo.url}/api/v1/questionnaires/q-learning-needs/results`)).json()) as Results;
    assert.ok(api.responses >= 5, 'the seed has answers in the secretary’s branch');
    assert.match(await results.locator('[part="overview"]').innerText(), new RegExp(`应参与 ${api.expected} 人，已参与 ${api.responded} 人`));
    const work = api.questions.find((q) => q.questionId === 'work')!;
    const firstRows = await results.locator('[part="question"]').first().locator('tbody tr').allInnerTexts();
    assert.deepEqual(
      firstRows.map((row) => row.split(/\s+/).slice(0, 2).join(' ')),
      work.options!.map((o) => `${o.label} ${o.count}`),
    );

    const [download] = await Promise.all([page.waitForEvent('download'), results.getByRole('button', { name: '导出 Excel' }).click()]);
    assert.equal(download.suggestedFilename(), '2026年党员学习需求调查-第一党支部.xlsx');
    const sheet = readSheet(new Uint8Array(await readFile((await download.path())!)));
    assert.deepEqual(sheet[0], ['部分', '题目', '项目', '数值', '占比']);
    for (const option of work.options!) {
      assert.equal(sheet.find((row) => row[0] === 'work' && row[2] === option.label)?.[3], String(option.count), option.label);
    }
    assert.equal(sheet.find((row) => row[2] === '统计答卷')?.[3], String(api.responses));
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('demo-member sees no results panel, and the server refuses them the figures', async () => {
    const { context, page } = await signIn(browser, demo, 'demo-member');
    await page.goto(`${demo.url}/survey.html?q=q-learning-needs`);
    await page.locator('pb-questionnaire').waitFor();
    assert.equal(await page.locator('#results').isHidden(), true);
    assert.equal((await page.request.get(`${demo.url}/api/v1/questionnaires/q-learning-needs/results`)).status(), 403);
    await context.close();
  });
});
