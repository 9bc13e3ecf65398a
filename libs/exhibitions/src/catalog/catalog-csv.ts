import { NEED_ASK_FIELDS } from '@niaz/needs';
import type { Catalog } from './catalog.types';
import type { CatalogLanguage } from './catalog-labels';

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
  ...NEED_ASK_FIELDS,
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

type Column = (typeof COLUMNS)[number];

/** Column headers for people, per `?lang=`; without it the headers are the JSON field names. */
export const CSV_HEADERS: Record<CatalogLanguage, Record<Column, string>> = {
  fa: {
    section: 'کلید بخش',
    sectionTitle: 'بخش',
    featured: 'ویژه',
    order: 'ترتیب',
    needId: 'شناسهٔ نیاز',
    title: 'عنوان',
    description: 'شرح',
    language: 'زبان',
    hsCodes: 'کدهای HS',
    isic: 'ISIC',
    quantityPerYear: 'مقدار سالانه',
    unit: 'واحد',
    importOrigin: 'مبدأ واردات',
    'annualImportValue.amount': 'ارزش واردات سالانه',
    'annualImportValue.currency': 'ارز ارزش واردات',
    'targetPrice.amount': 'قیمت هدف',
    'targetPrice.currency': 'ارز قیمت هدف',
    requiredCertifications: 'گواهی‌های لازم',
    minLocalContentPercent: 'حداقل ساخت داخل (٪)',
    bidDeadline: 'مهلت پیشنهاد (UTC)',
    country: 'کشور',
    province: 'استان',
    organization: 'سازمان',
    status: 'وضعیت',
  },
  tr: {
    section: 'Bölüm anahtarı',
    sectionTitle: 'Bölüm',
    featured: 'Öne çıkan',
    order: 'Sıra',
    needId: 'İhtiyaç kimliği',
    title: 'Başlık',
    description: 'Açıklama',
    language: 'Dil',
    hsCodes: 'GTİP (HS) kodları',
    isic: 'ISIC',
    quantityPerYear: 'Yıllık miktar',
    unit: 'Birim',
    importOrigin: 'İthalat kaynağı',
    'annualImportValue.amount': 'Yıllık ithalat değeri',
    'annualImportValue.currency': 'İthalat değeri para birimi',
    'targetPrice.amount': 'Hedef fiyat',
    'targetPrice.currency': 'Hedef fiyat para birimi',
    requiredCertifications: 'Gerekli belgeler',
    minLocalContentPercent: 'Asgari yerli katkı (%)',
    bidDeadline: 'Teklif son tarihi (UTC)',
    country: 'Ülke',
    province: 'İl',
    organization: 'Kuruluş',
    status: 'Durum',
  },
  en: {
    section: 'Section key',
    sectionTitle: 'Section',
    featured: 'Featured',
    order: 'Order',
    needId: 'Need id',
    title: 'Title',
    description: 'Description',
    language: 'Language',
    hsCodes: 'HS codes',
    isic: 'ISIC',
    quantityPerYear: 'Quantity per year',
    unit: 'Unit',
    importOrigin: 'Imported from',
    'annualImportValue.amount': 'Annual import value',
    'annualImportValue.currency': 'Import value currency',
    'targetPrice.amount': 'Target price',
    'targetPrice.currency': 'Target price currency',
    requiredCertifications: 'Required certifications',
    minLocalContentPercent: 'Minimum local content (%)',
    bidDeadline: 'Bid deadline (UTC)',
    country: 'Country',
    province: 'Province',
    organization: 'Organisation',
    status: 'Status',
  },
};

/** A country's name in `lang` ("DE" → آلمان, Almanya, Germany); the code when Intl has none. */
function countryName(code: string | null | undefined, lang: CatalogLanguage | undefined) {
  if (!code || !lang) return code;
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The catalog as CSV: UTF-8 with a byte-order mark (so that Excel reads Persian right), CRLF
 * line ends, one row per approved need in catalog order. Headers are the JSON field names, or
 * with `lang` words in that language and country names instead of codes; amounts are always
 * plain decimals ("3950.5000") and dates ISO 8601 in UTC, so spreadsheets read them as numbers.
 */
export function catalogCsv(catalog: Catalog, lang?: CatalogLanguage): string {
  const lines = [COLUMNS.map((c) => (lang ? CSV_HEADERS[lang][c] : c)).join(',')];
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
        [countryName(n.importOrigin, lang), !!lang],
        [n.annualImportValue?.amount, false],
        [n.annualImportValue?.currency, false],
        [n.targetPrice?.amount, false],
        [n.targetPrice?.currency, false],
        [n.requiredCertifications.join('; '), true],
        [n.minLocalContentPercent, false],
        [n.bidDeadline, false],
        [countryName(n.country, lang), !!lang],
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
