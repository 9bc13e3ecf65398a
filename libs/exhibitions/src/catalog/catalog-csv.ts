import type { Catalog } from './catalog.types';

const BOM = '\uFEFF';

/**
 * One field per RFC 4180: quoted when it holds a quote, comma or line break, quotes doubled.
 * Text that a spreadsheet would run as a formula (= + - @, tab, CR) gets a leading apostrophe
 * (OWASP's advice against CSV injection); numbers we format ourselves are left alone.
 */
export function csvField(value: unknown, { text = true } = {}): string {
  if (value === null || value === undefined) return '';
  let s = value instanceof Date ? value.toISOString() : String(value);
  if (text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const COLUMNS = [
  'section',
  'sectionTitle',
  'featured',
  'order',
  'needId',
  'title',
  'description',
  'language',
  'hsCodes',
  'isic',
  'quantityPerYear',
  'unit',
  'importOrigin',
  'annualImportValue.amount',
  'annualImportValue.currency',
  'targetPrice.amount',
  'targetPrice.currency',
  'requiredCertifications',
  'minLocalContentPercent',
  'bidDeadline',
  'country',
  'province',
  'organization',
  'status',
] as const;

/**
 * The catalog as CSV: UTF-8 with a byte-order mark (so that Excel reads Persian right), CRLF
 * line ends, one row per approved need in catalog order; headers are the JSON field names.
 */
export function catalogCsv(catalog: Catalog): string {
  const lines = [COLUMNS.join(',')];
  for (const section of catalog.sections) {
    for (const n of section.needs) {
      const row: Array<[unknown, boolean]> = [
        [section.key, true],
        [section.title, true],
        [n.featured, false],
        [n.order, false],
        [n.id, false],
        [n.title, true],
        [n.description, true],
        [n.language, false],
        [n.hsCodes.join(' '), false],
        [n.isic, false],
        [n.quantityPerYear, false],
        [n.unit, true],
        [n.importOrigin, false],
        [n.annualImportValue?.amount, false],
        [n.annualImportValue?.currency, false],
        [n.targetPrice?.amount, false],
        [n.targetPrice?.currency, false],
        [n.requiredCertifications.join('; '), true],
        [n.minLocalContentPercent, false],
        [n.bidDeadline, false],
        [n.country, false],
        [n.province, true],
        [n.organization?.name, true],
        [n.status, false],
      ];
      lines.push(row.map(([v, text]) => csvField(v, { text })).join(','));
    }
  }
  return BOM + lines.join('\r\n') + '\r\n';
}

/** An ASCII fallback name and the real (Persian) one, per RFC 6266 / 5987. */
export function contentDisposition(
  asciiName: string,
  utf8Name: string,
  type: 'attachment' | 'inline' = 'attachment',
): string {
  const fallback = asciiName.replace(/[^\w.-]/g, '_');
  const encoded = encodeURIComponent(utf8Name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
