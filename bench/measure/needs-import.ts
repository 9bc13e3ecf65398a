import { randomUUID } from 'node:crypto';
import { loadAppConfig } from '@niaz/core';
import { Principal } from '@niaz/identity';
import { OutboxWriter } from '@niaz/jobs';
import { NeedsImportService, NeedsService } from '@niaz/needs';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';

/** Issue 19's figure: a 1,000-row need spreadsheet previewed and committed in ≤ 10 s. */
export const IMPORT_ROWS = 1000;
export const IMPORT_TARGET_MS = 10_000;

const HS_CODES = ['848210', '841391', '8483', '730890', '850440'];

/** The template's columns, and the cells of each row as people type them. */
export interface ImportSheet {
  header: string[];
  rows: Array<Array<string | number>>;
}

/** 1,000 needs with every common column filled, Persian digits and grouped numbers included. */
export function generateImportSheet(rows = IMPORT_ROWS): ImportSheet {
  const deadline = new Date(Date.now() + 40 * 86400_000).toISOString().slice(0, 10);
  return {
    header: [
      'title',
      'description',
      'hsCodes',
      'quantityPerYear',
      'unit',
      'annualImportValue',
      'currency',
      'bidDeadline',
      'country',
      'province',
    ],
    rows: Array.from({ length: rows }, (_, i) => [
      `قطعه یدکی شماره ${i + 1}`,
      `بلبرینگ و قطعات انتقال قدرت، نمونه ${i + 1}، طبق نقشه`,
      HS_CODES[i % HS_CODES.length],
      i % 2 ? (i + 1) * 10 : `${((i + 1) * 1000).toLocaleString('fa-IR')}`,
      'piece',
      `${(i + 1) * 1250}.50`,
      'EUR',
      deadline,
      'IR',
      'Qom',
    ]),
  };
}

export async function sheetXlsx(sheet: ImportSheet): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('needs');
  ws.addRow(sheet.header);
  for (const r of sheet.rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface NeedsImportMeasure {
  rows: number;
  previewMs: number;
  commitMs: number;
  /** Preview and commit: what the organiser waits for. */
  totalMs: number;
  /** The same rows in one multi-row INSERT, nothing read, checked or audited. */
  rawInsertMs: number;
  created: number;
  refused: number;
}

/**
 * Times `POST /needs/import` as the api runs it (read the XLSX, check every row as `POST
 * /needs` would, then write the drafts with their audit and events in one transaction):
 * once as the preview (`dryRun`), once as the commit, beside one bulk INSERT of the same rows.
 */
export async function measureNeedsImport(
  ds: DataSource,
  schema = 'public',
  rowCount = IMPORT_ROWS,
): Promise<NeedsImportMeasure> {
  const sheet = generateImportSheet(rowCount);
  const data = await sheetXlsx(sheet);
  const file = { field: 'file', filename: 'needs.xlsx', contentType: 'application/xlsx', data };
  const organizationId = randomUUID();
  const userId = randomUUID();
  const maker = new Principal(userId, 'bench-maker@niaz', 'Bench', 'fa', false, [
    { organizationId, role: 'owner', kinds: ['manufacturer'], verified: true },
  ]);
  const imports = new NeedsImportService(
    new NeedsService(ds, OutboxWriter.forSchema(schema), loadAppConfig(process.env)),
  );

  let t = performance.now();
  const preview = await imports.importFor(maker, organizationId, file, true, 'fa');
  const previewMs = performance.now() - t;
  t = performance.now();
  const done = await imports.importFor(maker, organizationId, file, false, 'fa');
  const commitMs = performance.now() - t;

  // Raw: the same rows as the preview read them, written in one statement for another organisation.
  const rawOrg = randomUUID();
  const rows = preview.preview;
  const source = (r: { row: number }) => sheet.rows[r.row - 2];
  t = performance.now();
  await ds.query(
    `INSERT INTO need (id, "organizationId", "createdById", title, description, language, "hsCodes",
       "quantityPerYear", unit, "annualImportValueAmount", "annualImportValueCurrency",
       "requiredCertifications", "bidDeadline", country, province)
     SELECT gen_random_uuid(), $1, $2, t, d, 'fa', ARRAY[h], q, 'piece', v, 'EUR', '{}', b, 'IR', 'Qom'
       FROM unnest($3::text[], $4::text[], $5::text[], $6::numeric[], $7::numeric[], $8::timestamptz[])
            AS x(t, d, h, q, v, b)`,
    [
      rawOrg,
      userId,
      rows.map((r) => r.title),
      rows.map((r) => String(source(r)[1])),
      rows.map((r) => r.hsCodes[0]),
      rows.map((r) => r.quantityPerYear ?? null),
      rows.map((r) => String(source(r)[5])),
      rows.map((r) => r.bidDeadline),
    ],
  );
  const rawInsertMs = performance.now() - t;

  return {
    rows: preview.rows,
    previewMs,
    commitMs,
    totalMs: previewMs + commitMs,
    rawInsertMs,
    created: done.created,
    refused: preview.errors.length,
  };
}
