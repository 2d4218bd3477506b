import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { branchMembers, thisYear } from '../../../../fixtures/dues.js';
import { csvCell, duesCsv, type CsvWords } from '../internal/actions/csv.js';
import { zhCN as dues } from '../../shared/strings/zh-CN.js';

const words: CsvWords = {
  name: '姓名',
  category: '类别',
  monthly: '月交纳额（元）',
  paid: '已交（元）',
  owed: '逾期未交（元）',
  month: (m) => m,
  status: dues.status,
  categoryName: (c) => (c === 'in-service' ? '在职' : c),
};

describe("the dues summary's CSV export", () => {
  it('a cell that a spreadsheet would run as a formula is text; commas, quotes and line breaks are quoted', () => {
    assert.equal(csvCell('=SUM(A1)'), "'=SUM(A1)");
    assert.equal(csvCell('+1'), "'+1");
    assert.equal(csvCell('-1'), "'-1");
    assert.equal(csvCell('@x'), "'@x");
    assert.equal(csvCell('李明'), '李明');
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  });

  it('one row per member, a column per month with its status and amount, then paid and overdue, with a BOM for spreadsheets', () => {
    const csv = duesCsv(branchMembers(), words);
    assert.ok(csv.startsWith('\uFEFF'));
    const lines = csv.slice(1).trimEnd().split('\r\n');
    assert.equal(lines.length, 5);
    const head = lines[0]!.split(',');
    assert.deepEqual(head.slice(0, 4), ['姓名', '类别', '月交纳额（元）', `${thisYear}-01`]);
    assert.deepEqual(head.slice(-2), ['已交（元）', '逾期未交（元）']);
    assert.equal(head.length, 3 + 12 + 2);
    const qian = lines[3]!.split(',');
    assert.deepEqual(qian.slice(0, 3), ['钱五', '在职', '48.00']);
    const data = branchMembers().members[2]!;
    assert.equal(qian.filter((c) => c.startsWith('逾期未交 48.00')).length, data.months.filter((m) => m.status === 'unpaid').length);
    assert.deepEqual(qian.slice(-2), [(data.paidFen / 100).toFixed(2), (data.owedFen / 100).toFixed(2)]);
    assert.ok(lines[4]!.startsWith(`"'=HYPERLINK(""x"")"`));
  });
});
