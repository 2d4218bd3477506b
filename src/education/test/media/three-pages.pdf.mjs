/**
 * Writes three-pages.pdf, the player's PDF fixture: three A4 pages with text (Helvetica, a
 * standard font, so nothing is embedded) and a coloured band each, in plain ASCII, so a
 * test can also serve it as text through the mock API. Run: node three-pages.pdf.mjs
 */
import { writeFileSync } from 'node:fs';

const pages = 3;
const lines = (n) => [
  [72, 770, 20, `Study guide - page ${n} of ${pages}`],
  [72, 730, 12, 'The Party Constitution is the general charter of the Party.'],
  [72, 712, 12, `This is page ${n}: read it, then go on to the next one.`],
];

const objects = [];
const add = (body) => objects.push(body) && objects.length;
const catalog = add('');
const tree = add('');
const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
const kids = [];
for (let n = 1; n <= pages; n++) {
  const band = `${[0.78, 0.2, 0.1][n - 1]} 0.09 0.11 rg 0 800 595 42 re f`;
  const text = lines(n)
    .map(([x, y, size, s]) => `BT /F1 ${size} Tf ${x} ${y} Td (${s}) Tj ET`)
    .join('\n');
  const stream = `0 g\n${band}\n0 g\n${text}`;
  const content = add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  kids.push(add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
}
objects[catalog - 1] = `<< /Type /Catalog /Pages ${tree} 0 R >>`;
objects[tree - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${pages} >>`;

let pdf = '%PDF-1.4\n';
const offsets = objects.map((body, i) => {
  const at = pdf.length;
  pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  return at;
});
const xref = pdf.length;
pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
writeFileSync(new URL('./three-pages.pdf', import.meta.url), pdf, 'ascii');
