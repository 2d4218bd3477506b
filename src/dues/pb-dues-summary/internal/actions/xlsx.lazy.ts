/**
 * The year as an Excel workbook, fetched on the first Excel export only: write-excel-file
 * (which zips with fflate, about 20 kB) writes the rows the CSV has, amounts as numbers. The
 * writer keeps cell text as text: nothing in a name runs as a formula.
 */
import writeXlsxFile from 'write-excel-file/browser';
import type { Cell } from './csv.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function xlsxFile(rows: Cell[][], name: string): Promise<File> {
  const sheet = rows.map((row, i) => row.map((value) => ({ value, ...(i === 0 ? { fontWeight: 'bold' as const } : {}) })));
  const blob = await writeXlsxFile(sheet, { columns: rows[0]!.map((_, i) => ({ width: i === 0 ? 12 : 14 })) }).toBlob();
  return new File([blob], name, { type: XLSX_TYPE });
}
