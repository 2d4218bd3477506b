/**
 * A one-page PDF of lines of text, Chinese included, without embedding a font: the text is
 * set in Adobe's standard Chinese font STSong-Light through the predefined CMap
 * UniGB-UCS2-H (every PDF reader that shows Chinese has both: Acrobat, PDF.js, Chrome's and
 * the phones' viewers), and a ToUnicode map makes the text searchable, copyable and readable
 * back. So a receipt is a few kilobytes and its code well under one, where embedding even a
 * subset of a CJK font would cost hundreds of kilobytes in the page. Pure: lines in, bytes
 * out. Characters beyond the Basic Multilingual Plane (rare in names) are written as `?`.
 */

export interface PdfLine {
  text: string;
  /** Font size in points (default 11). */
  size?: number;
  /** Space before the line in points (default: half its size). */
  before?: number;
  /** Draws a thin rule under the line. */
  rule?: boolean;
}

const PAGE = { width: 595.28, height: 841.89, margin: 56 };

/** UTF-16 code units as hex, the codes of UniGB-UCS2-H (and of the ToUnicode map). */
function hex(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.length > 1 ? 0x3f : ch.charCodeAt(0);
    out += code.toString(16).toUpperCase().padStart(4, '0');
  }
  return out;
}

/** Identity from code to Unicode, one range per high byte the text uses (at most 100 ranges a block). */
function toUnicode(highBytes: number[]): string {
  const ranges = highBytes.map((h) => {
    const b = h.toString(16).toUpperCase().padStart(2, '0');
    return `<${b}00> <${b}FF> <${b}00>`;
  });
  const blocks: string[] = [];
  for (let i = 0; i < ranges.length; i += 100) {
    const part = ranges.slice(i, i + 100);
    blocks.push(`${part.length} beginbfrange\n${part.join('\n')}\nendbfrange`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

const num = (n: number) => (Math.round(n * 100) / 100).toString();

/** The page's drawing operators: each line at the left margin, top to bottom. */
function content(lines: readonly PdfLine[]): string {
  const ops: string[] = [];
  let y = PAGE.height - PAGE.margin;
  for (const line of lines) {
    const size = line.size ?? 11;
    y -= (line.before ?? size / 2) + size;
    ops.push(`BT /F1 ${num(size)} Tf ${num(PAGE.margin)} ${num(y)} Td <${hex(line.text)}> Tj ET`);
    if (line.rule) ops.push(`0.6 w ${num(PAGE.margin)} ${num(y - size * 0.5)} m ${num(PAGE.width - PAGE.margin)} ${num(y - size * 0.5)} l S`);
  }
  return ops.join('\n');
}

/**
 * The PDF's bytes: one A4 page with `lines`, `title` in its document information.
 *
 * @example
 * const bytes = textPdf([{ text: '党费收据', size: 20 }, { text: '金额：¥96.00' }], { title: '党费收据' });
 * new Blob([bytes], { type: 'application/pdf' });
 */
export function textPdf(lines: readonly PdfLine[], options: { title: string }): Uint8Array {
  const highBytes = [...new Set([...lines.map((l) => l.text), options.title].flatMap((t) => [...t].map((ch) => (ch.length > 1 ? 0 : ch.charCodeAt(0) >> 8))))].sort((a, b) => a - b);
  const stream = content(lines);
  const unicode = toUnicode(highBytes);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${num(PAGE.width)} ${num(PAGE.height)}] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>`,
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] /ToUnicode 8 0 R >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 /W [1 95 500] >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
    `<< /Length ${unicode.length} >>\nstream\n${unicode}\nendstream`,
    `<< /Title <FEFF${hex(options.title)}> /Producer (party-building-widgets) >>`,
  ];
  // Everything above is ASCII (text travels as hex), so characters are bytes.
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
