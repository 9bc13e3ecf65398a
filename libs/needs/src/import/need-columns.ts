import { parseLocalizedNumber, toAsciiDigits } from '@niaz/text';
import { countryTimeZone, isTimeZone } from '@niaz/core';

/**
 * The documented columns of the needs template (libs/needs/README.md). A header may be the
 * key itself or its Persian or Turkish name; case, spaces and `_` do not matter.
 */
export const NEED_COLUMNS = [
  { key: 'title', required: true, aliases: ['عنوان', 'başlık'] },
  { key: 'description', aliases: ['شرح', 'توضیحات', 'açıklama'] },
  { key: 'hsCodes', required: true, aliases: ['کد hs', 'کدهای hs', 'hs', 'hs kodu', 'gtip'] },
  { key: 'isic', aliases: ['آیسیک', 'isic kodu'] },
  { key: 'quantityPerYear', aliases: ['مقدار سالانه', 'yıllık miktar'] },
  { key: 'unit', aliases: ['واحد', 'birim'] },
  { key: 'annualImportValue', aliases: ['ارزش واردات سالانه', 'yıllık ithalat değeri'] },
  { key: 'targetPrice', aliases: ['قیمت هدف', 'hedef fiyat'] },
  { key: 'currency', aliases: ['ارز', 'para birimi'] },
  { key: 'importOrigin', aliases: ['مبدأ واردات', 'ithalat menşei'] },
  { key: 'bidDeadline', required: true, aliases: ['مهلت پیشنهاد', 'teklif son tarihi'] },
  { key: 'country', required: true, aliases: ['کشور', 'ülke'] },
  { key: 'province', aliases: ['استان', 'il'] },
  { key: 'timeZone', aliases: ['منطقه زمانی', 'saat dilimi'] },
  { key: 'deliveryLocation', aliases: ['محل تحویل', 'teslim yeri'] },
  { key: 'specification', aliases: ['مشخصات فنی', 'teknik şartname'] },
  { key: 'ndaRequired', aliases: ['تعهد محرمانگی', 'gizlilik sözleşmesi'] },
] as const;

export type NeedColumn = (typeof NEED_COLUMNS)[number]['key'];

function headerForm(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200c\u200f\u200e\s_-]+/g, '')
    .replace(/ي/g, 'ی')
    .replace(/ك/g, 'ک')
    .toLocaleLowerCase('tr')
    .replace(/i̇/g, 'i');
}

const BY_HEADER = new Map<string, NeedColumn>(
  NEED_COLUMNS.flatMap((c) =>
    [c.key, ...c.aliases].map((name) => [headerForm(name), c.key] as [string, NeedColumn]),
  ),
);
// Turkish lower-casing of `I` is `ı`: accept English keys typed in capitals too.
for (const c of NEED_COLUMNS) BY_HEADER.set(c.key.toLowerCase(), c.key);

/** The column a header names, or undefined. */
export function columnOf(header: string): NeedColumn | undefined {
  return (
    BY_HEADER.get(headerForm(header)) ?? BY_HEADER.get(header.replace(/[\s_-]+/g, '').toLowerCase())
  );
}

/** Spreadsheet letters of a 0-based column index (0 → A, 27 → AB). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const YES = new Set(['yes', 'true', '1', 'y', 'بله', 'آری', 'بلی', 'evet', 'e']);
const NO = new Set(['no', 'false', '0', 'n', 'خیر', 'نه', 'hayır', 'hayir', 'h']);

/** Milliseconds that `timeZone` is ahead of UTC at `utc`. */
function zoneOffset(utc: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utc));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second')) - utc;
}

/**
 * A deadline cell as ISO 8601: a date alone is 23:59 of that day and a date-time without an
 * offset is wall-clock time, both in the need's time zone; a full ISO date-time stays as is.
 */
export function deadlineOf(text: string, timeZone: string): string {
  const ascii = toAsciiDigits(text).trim().replace(/\//g, '-');
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(ascii);
  if (!m) return text;
  const [y, mo, d, h = '23', mi = '59'] = m.slice(1);
  const wall = Date.UTC(+y, +mo - 1, +d, +h, +mi);
  if (Number.isNaN(wall)) return text;
  let utc = wall - zoneOffset(wall, timeZone);
  utc = wall - zoneOffset(utc, timeZone);
  return new Date(utc).toISOString().replace('.000Z', 'Z');
}

function numberOf(text: string): number | string {
  const parsed = parseLocalizedNumber(text);
  return parsed === null ? text : Number(parsed);
}

function amountOf(text: string): string {
  return parseLocalizedNumber(text) ?? text;
}

/**
 * The `POST /needs` payload of one row: cells by column, Persian digits made ASCII, numbers
 * read as people write them (`۱۲٬۵۰۰`, `1.250.000,5`), HS codes split on spaces, commas or
 * `|` with their dots dropped (`8482.10` → `848210`). What cannot be read stays as written,
 * so that validation names it.
 */
export function payloadOf(cells: Partial<Record<NeedColumn, string>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const text = (k: NeedColumn) => {
    const v = cells[k]?.trim();
    return v ? v : undefined;
  };
  for (const k of ['title', 'description', 'unit', 'province', 'deliveryLocation'] as const)
    if (text(k) !== undefined) out[k] = text(k);
  if (text('specification') !== undefined) out.specification = text('specification');
  const hs = text('hsCodes');
  out.hsCodes = hs
    ? toAsciiDigits(hs)
        .split(/[\s,،;|]+/)
        .filter(Boolean)
        .map((c) => c.replace(/\./g, ''))
    : [];
  if (text('isic') !== undefined) out.isic = toAsciiDigits(text('isic')!);
  if (text('quantityPerYear') !== undefined)
    out.quantityPerYear = numberOf(text('quantityPerYear')!);
  const currency = text('currency')?.toUpperCase();
  for (const k of ['annualImportValue', 'targetPrice'] as const) {
    const v = text(k);
    if (v !== undefined) out[k] = { amount: amountOf(v), currency };
  }
  const country = text('country')?.toUpperCase();
  if (country !== undefined) out.country = country;
  if (text('importOrigin') !== undefined) out.importOrigin = text('importOrigin')!.toUpperCase();
  const zone = text('timeZone');
  if (zone !== undefined) out.timeZone = zone;
  const deadline = text('bidDeadline');
  if (deadline !== undefined) {
    const readIn = zone && isTimeZone(zone) ? zone : countryTimeZone(country ?? '');
    out.bidDeadline = deadlineOf(deadline, readIn);
  }
  const nda = text('ndaRequired');
  if (nda !== undefined) {
    const v = nda.toLocaleLowerCase('tr');
    out.ndaRequired = YES.has(v) ? true : NO.has(v) ? false : nda;
  }
  return out;
}

/** The column a validation field names (`annualImportValue.currency` → `currency`). */
export function columnOfField(field: string): NeedColumn | undefined {
  if (/\.currency$/.test(field)) return 'currency';
  const head = field.split(/[.[]/)[0];
  return NEED_COLUMNS.find((c) => c.key === head)?.key;
}
