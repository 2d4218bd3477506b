/** The receipt's PDF writer: a PDF reader (PDF.js, as browsers' viewers) reads the Chinese text back. */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { textPdf } from '../internal/receipt/text-pdf.js';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Every line of text on the PDF's first page, as a reader extracts it. */
async function pdfText(bytes: Uint8Array): Promise<{ lines: string[]; title: unknown; pages: number }> {
  const doc = await getDocument({ data: bytes.slice(), cMapUrl: join(pdfjsRoot, 'cmaps') + '/', cMapPacked: true, standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/', verbosity: 0 }).promise;
  const page = await doc.getPage(1);
  const content = await page.getTextContent();
  const lines = content.items.flatMap((item) => ('str' in item && item.str ? [item.str] : []));
  const { info } = await doc.getMetadata();
  const pages = doc.numPages;
  await doc.destroy();
  return { lines, title: (info as { Title?: unknown }).Title, pages };
}

describe('textPdf', () => {
  it('writes Chinese, digits and symbols that a PDF reader reads back, line by line, with its title', async () => {
    const lines = ['党费收据', '党员：张建国（第一党支部）', '月份：2026年7月、2026年8月', '金额：¥96.00', '依据：月基数 4,800.00 元 × 1%', '编号：PB-2026-000001'];
    const bytes = textPdf(lines.map((text, i) => ({ text, size: i ? 11 : 20, rule: i === 0 })), { title: '党费收据 PB-2026-000001' });
    assert.equal(new TextDecoder().decode(bytes.slice(0, 8)), '%PDF-1.4');
    const read = await pdfText(bytes);
    assert.deepEqual(read.lines, lines);
    assert.equal(read.title, '党费收据 PB-2026-000001');
    assert.equal(read.pages, 1);
    assert.ok(bytes.length < 8000, `${bytes.length} bytes`);
  });

  it('a character beyond the Basic Multilingual Plane becomes ?, the rest stays readable', async () => {
    const read = await pdfText(textPdf([{ text: '姓名：𠀀明' }], { title: 't' }));
    assert.deepEqual(read.lines, ['姓名：?明']);
  });
});

describe('the receipt as a PDF', () => {
  it('carries every fact of the receipt in Chinese, readable back: member, months, amount, basis, payment, times', async () => {
    const { receiptPdf } = await import('../internal/receipt/receipt-pdf.lazy.js');
    const { receipt } = await import('../../../../fixtures/dues.js');
    const read = await pdfText(receiptPdf('zh-CN', receipt()));
    assert.equal(read.lines[0], '党费收据');
    for (const line of ['收据编号：PB-2026-000042', '党员：张建国', '所在支部：第一党支部', '交纳月份：2026年7月和2026年8月', '金额：¥96.00', '计算依据：月基数 4,800.00 元 × 1%', '支付单号：pay_1']) {
      assert.ok(read.lines.includes(line), `${line} in ${JSON.stringify(read.lines)}`);
    }
    assert.ok(read.lines.some((l) => l.startsWith('交纳时间：2026年9月15日')), JSON.stringify(read.lines));
    assert.equal(read.title, '党费收据 PB-2026-000042');
  });
});
