import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** A spreadsheet read as text: the header cells and each data row with its sheet row number. */
export interface SheetGrid {
  header: string[];
  rows: Array<{ row: number; cells: string[] }>;
}

/** Why a file cannot be read as a sheet at all (a code the clients word). */
export class SheetUnreadable extends Error {
  constructor(
    readonly code: 'fileUnreadable' | 'fileEmpty' | 'fileTooManyRows',
    message: string,
  ) {
    super(message);
  }
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** XLSX files are ZIP archives; anything else is read as CSV. */
export function isXlsx(data: Buffer): boolean {
  return data.subarray(0, 4).equals(ZIP_MAGIC);
}

/** The text of an XLSX cell value: dates as ISO 8601, rich text joined, formulas by result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  // Excel dates have no zone (exceljs reads them as UTC): give the wall-clock date and time.
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

async function readXlsx(data: Buffer, maxRows: number): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new SheetUnreadable('fileUnreadable', 'The file is not a readable XLSX workbook.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SheetUnreadable('fileEmpty', 'The workbook has no sheet.');
  if (sheet.actualRowCount > maxRows + 1) throw tooMany(maxRows);
  const out: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => (cells[col - 1] = cellText(cell.value)));
    out[number - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(out, (r) => r ?? []);
}

/** UTF-8 (with or without BOM); a file that is not valid UTF-8 is Turkish Excel's Windows-1254. */
function decodeCsv(data: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    return new TextDecoder('windows-1254').decode(data);
  }
}

/** The delimiter of the header line: Turkish and Persian Excel save with `;`, others `,` or tab. */
function delimiterOf(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (d: string) => first.split(d).length - 1;
  return [';', '\t', ','].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

function readCsv(data: Buffer): string[][] {
  const text = decodeCsv(data);
  try {
    return parse(text, {
      delimiter: delimiterOf(text),
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    throw new SheetUnreadable(
      'fileUnreadable',
      `The CSV file cannot be read: ${(error as Error).message}`,
    );
  }
}

function tooMany(maxRows: number) {
  return new SheetUnreadable(
    'fileTooManyRows',
    `A file may have at most ${maxRows} rows of needs.`,
  );
}

/** Reads the first sheet of an XLSX file, or a CSV file, into trimmed text cells. */
export async function readSheet(data: Buffer, maxRows: number): Promise<SheetGrid> {
  const grid = isXlsx(data) ? await readXlsx(data, maxRows) : readCsv(data);
  const [header = [], ...body] = grid.map((cells) => cells.map((c) => c.trim()));
  const rows = body
    .map((cells, i) => ({ row: i + 2, cells }))
    .filter((r) => r.cells.some((c) => c !== ''));
  if (!header.some((h) => h !== '') || !rows.length)
    throw new SheetUnreadable('fileEmpty', 'The file has no header or no row of needs.');
  if (rows.length > maxRows) throw tooMany(maxRows);
  return { header, rows };
}
