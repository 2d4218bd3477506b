/**
 * Puts screenshots side by side into one PNG, to look at many states at once:
 *   npx tsx scripts/contact-sheet.ts <out.png> <columns> <image…>
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { chromium } from 'playwright-core';

const [outFile, columns, ...images] = process.argv.slice(2);
const cells = images
  .map((file) => `<figure><img src="data:image/png;base64,${readFileSync(file).toString('base64')}"><figcaption>${basename(file)}</figcaption></figure>`)
  .join('');
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1600, height: 800 } });
await page.setContent(`<style>body{margin:8px;display:grid;grid-template-columns:repeat(${columns},1fr);gap:8px;align-items:start;background:#888;font:11px sans-serif}
figure{margin:0;background:#fff}img{width:100%;display:block}figcaption{padding:2px 4px}</style>${cells}`);
await page.screenshot({ path: outFile!, fullPage: true });
await browser.close();
