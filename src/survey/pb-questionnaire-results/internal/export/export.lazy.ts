/**
 * Export of the results (loaded on first use): CSV, and XLSX written by write-excel-file
 * (which zips with fflate), both from the same rows. Gives a file for the element to
 * offer the page (`pb-results-export`) and then to download.
 */
import writeXlsxFile from 'write-excel-file/browser';
import type { QuestionnaireResults } from '../../../../api/types.js';
import type { ResultsStrings } from '../../strings/index.js';
import { resultRows, toCsv, type Cell } from './rows.js';

export type ExportFormat = 'csv' | 'xlsx';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function exportResults(results: QuestionnaireResults, s: ResultsStrings, format: ExportFormat): Promise<File> {
  const rows = resultRows(results, s);
  const name = `${results.title}${results.branchName ? `-${results.branchName}` : ''}.${format}`;
  if (format === 'csv') return new File([toCsv(rows)], name, { type: 'text/csv;charset=utf-8' });
  const sheet = rows.map((row, i) => row.map((cell: Cell) => (cell === null ? null : { value: cell, ...(i === 0 ? { fontWeight: 'bold' as const } : {}) })));
  const blob = await writeXlsxFile(sheet, { columns: [{ width: 14 }, { width: 40 }, { width: 28 }, { width: 10 }, { width: 10 }] }).toBlob();
  return new File([blob], name, { type: XLSX_TYPE });
}

/** Offers the file to the member as a download. */
export function download(file: File): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
