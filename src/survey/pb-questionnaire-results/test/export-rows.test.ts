/**
 * The rows the CSV and XLSX exports are written from, and the CSV text: every figure the
 * results show, withheld tallies left withheld, and cells a spreadsheet would run as a
 * formula written as text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluationResults, learningNeedsResults, quizResults } from '../../../../fixtures/questionnaire-results.js';
import { resultRows, toCsv } from '../internal/export/rows.js';
import { zhCN } from '../strings/zh-CN.js';

const find = (rows: ReturnType<typeof resultRows>, question: string, item: string) => rows.find((r) => r[0] === question && r[2] === item);

describe('the results as export rows', () => {
  it('a survey: the overview, one row per option with its count and share, means, cross-table cells and ranking places', () => {
    const rows = resultRows(learningNeedsResults(), zhCN);
    assert.deepEqual(rows[0], ['部分', '题目', '项目', '数值', '占比']);
    assert.deepEqual(rows.slice(1, 5).map((r) => [r[2], r[3]]), [['应参与人数', 20], ['已参与人数', 12], ['参与率', 0.6], ['统计答卷', 12]]);
    assert.deepEqual(find(rows, 'work', '企业'), ['work', '您目前的工作类型', '企业', 4, 4 / 12]);
    assert.deepEqual(find(rows, 'satisfaction', '平均')?.[3], 4.25);
    assert.deepEqual([find(rows, 'hours', '最小')?.[3], find(rows, 'hours', '最大')?.[3]], [1, 6.5]);
    assert.deepEqual(find(rows, 'grid', '学习地点 / 一般')?.slice(3), [5, 0.5]);
    assert.equal(find(rows, 'formats', '视频课件 · 平均名次')?.[3], 1.75);
    assert.equal(find(rows, 'suggestion', '作答')?.[3], 4, 'a text question: how many answered, not the answers');
  });

  it('民主评议: a row per grade, and a withheld tally as withheld (no counts at all)', () => {
    const rows = resultRows(evaluationResults(), zhCN).filter((r) => r[0] === '民主评议结果');
    assert.deepEqual(rows.filter((r) => r[1] === '李明').map((r) => [r[2], r[3]]), [['优秀', 3], ['合格', 4], ['基本合格', 0], ['不合格', 0]]);
    assert.deepEqual(rows.filter((r) => r[1] === '孙丽'), [['民主评议结果', '孙丽', '不足票数，不显示', null, null]]);
  });

  it('a quiz: submissions, pass rate, bands and the most missed', () => {
    const rows = resultRows(quizResults(), zhCN);
    assert.equal(rows.find((r) => r[2] === '及格率')?.[3], 10 / 13);
    assert.deepEqual(rows.filter((r) => r[0] === '分数分布').map((r) => r[3]), [0, 0, 0, 1, 1, 1, 2, 3, 3, 2]);
    assert.deepEqual(rows.find((r) => r[0] === '错误最多的题目')?.slice(3), [6, 6 / 13]);
  });

  it('CSV: a byte-order mark, CRLF lines, quotes where needed, and formulas kept as text', () => {
    const csv = toCsv([
      ['a', 'b, c', 'say "hi"', 3, null],
      ['=HYPERLINK("x")', '+1', '-2', '@me', -2],
    ]);
    assert.equal(csv, '\uFEFFa,"b, c","say ""hi""",3,\r\n"\'=HYPERLINK(""x"")",\'+1,\'-2,\'@me,-2\r\n');
  });
});
