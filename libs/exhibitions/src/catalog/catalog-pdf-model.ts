import { LANGUAGES } from '@niaz/core';
import { currencyName, isolateCodes, unitName } from '@niaz/text';
import type { ExhibitionLanguage } from '../exhibition.entity';
import { CATALOG_LABELS, CatalogLanguage, STATUS_LABELS } from './catalog-labels';
import { qrSvg } from './catalog-qr';
import type { Catalog, CatalogNeed } from './catalog.types';

/** A text with the language it is written in, so the PDF sets its direction (fa: right to left). */
export interface PdfText {
  text: string;
  lang: ExhibitionLanguage;
}
type Fact = [label: string, value: string];

export interface PdfNeed {
  title: PdfText;
  /** The title as its owner wrote it, when `title` is the owner's translation of it. */
  original: PdfText | null;
  description: PdfText | null;
  organization: string | null;
  featured: boolean;
  status: string | null;
  facts: Fact[];
  /** The need's public page, and its QR code (SVG) for the printed page. */
  url: string | null;
  qr: string | null;
}

/** Everything the Typst template shows, already worded and formatted: it only lays out. */
export interface PdfModel {
  lang: CatalogLanguage;
  /** Typst's numbering pattern for page numbers: Persian digits on a Persian catalog. */
  numbering: string;
  labels: Record<string, string>;
  cover: {
    title: PdfText;
    titles: PdfText[];
    facts: Fact[];
    description: PdfText | null;
  };
  footer: string;
  sections: Array<{ title: string; needs: PdfNeed[] }>;
}

const LOCALES: Record<CatalogLanguage, string> = { fa: 'fa-IR', tr: 'tr-TR', en: 'en-GB' };
const TIME_ZONES: Record<string, string> = { IR: 'Asia/Tehran', TR: 'Europe/Istanbul' };

/**
 * What people wrote (names, units, places) isolated between FSI and PDI: inside a line of the
 * other direction it keeps its own, so "Ltd. Şti." keeps its period and a part number its place.
 */
const isolate = (s: string) => (s ? `\u2068${s.replace(/[\u2066-\u2069]/g, '')}\u2069` : s);

/** Persian text with its part numbers isolated left to right (`۶۲۰۴-2RS` stays as typed). */
const codes = (t: PdfText): PdfText => (t.lang === 'fa' ? { ...t, text: isolateCodes(t.text) } : t);

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/**
 * Words and formats the catalog for the PDF in `lang`: the title and section names from the
 * translations when there are any, Persian dates (Jalali calendar) and digits for `fa`.
 */
export function catalogPdfModel(
  catalog: Catalog,
  lang: CatalogLanguage,
  now: Date,
  publicUrl = '',
): PdfModel {
  const e = catalog.exhibition;
  const L = CATALOG_LABELS[lang];
  const locale = LOCALES[lang];
  const timeZone = TIME_ZONES[e.country] ?? 'UTC';
  const date = (d: Date | string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(new Date(d));
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent' });
  const sep = lang === 'fa' ? '، ' : ', ';
  // Decimal strings are formatted exactly (Intl takes numeric strings), never through floats.
  const cents = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 4,
  });
  const amount = (m: { amount: string; currency: string }) => {
    const whole = /^\d+(\.0*)?$/.test(m.amount);
    return `${(whole ? num : cents).format(m.amount as unknown as number)} ${currencyName(m.currency, lang)}`;
  };
  const regions = new Intl.DisplayNames([lang], { type: 'region' });
  const country = (code: string | null) => {
    if (!code) return '';
    try {
      return regions.of(code) ?? code;
    } catch {
      return code;
    }
  };
  const base = publicUrl.replace(/\/+$/, '');

  const own: PdfText = { text: e.title, lang: e.language };
  const translated = e.translations[lang]?.title;
  const title: PdfText = translated ? { text: translated, lang } : own;
  const titles: PdfText[] = [
    own,
    ...LANGUAGES.map((l) => ({
      text: e.translations[l]?.title ?? '',
      lang: l,
    })),
  ].filter((t) => t.text && t.text !== title.text);

  const description = e.translations[lang]?.description
    ? { text: e.translations[lang]!.description!, lang }
    : e.description
      ? { text: e.description, lang: e.language }
      : null;

  const sectors = [
    e.hsChapters.length ? `HS ${e.hsChapters.join(sep)}` : '',
    e.isic.length ? `ISIC ${e.isic.join(sep)}` : '',
  ].filter(Boolean);
  const cover: Fact[] = [
    [L.organiser, isolate(e.organization?.name ?? '')],
    [
      L.place,
      [isolate(e.city), isolate(e.province ?? ''), country(e.country)].filter(Boolean).join(sep),
    ],
    [L.dates, `${date(e.startsAt)} – ${date(e.endsAt)}`],
    [L.deadline, date(e.submissionDeadline)],
    [L.sectors, sectors.join(' · ')],
    [L.needCount, num.format(catalog.total)],
    [L.generated, date(now)],
  ];

  const needOf = (n: CatalogNeed): PdfNeed => {
    const facts: Fact[] = [[L.hsCodes, n.hsCodes.join(sep)]];
    if (n.isic) facts.push([L.isic, n.isic]);
    if (n.quantityPerYear !== null)
      facts.push([
        L.quantity,
        [num.format(n.quantityPerYear), isolate(unitName(n.unit, lang))].join(' ').trim(),
      ]);
    if (n.annualImportValue) facts.push([L.importValue, amount(n.annualImportValue)]);
    if (n.importOrigin) facts.push([L.importOrigin, country(n.importOrigin)]);
    if (n.targetPrice) facts.push([L.targetPrice, amount(n.targetPrice)]);
    if (n.requiredCertifications.length)
      facts.push([L.certifications, n.requiredCertifications.map(isolate).join(sep)]);
    if (n.minLocalContentPercent !== null)
      facts.push([L.localContent, percent.format(n.minLocalContentPercent / 100)]);
    // The deadline as the need's own zone reads it.
    facts.push([
      L.bidDeadline,
      new Intl.DateTimeFormat(locale, {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: n.timeZone || timeZone,
      }).format(new Date(n.bidDeadline)),
    ]);
    facts.push([
      L.location,
      [isolate(n.province ?? ''), country(n.country)].filter(Boolean).join(sep),
    ]);
    // The owner's own words in the catalog's language when given, the original beside them.
    const own = n.language === lang ? undefined : n.translations?.[lang];
    const text = (s: string | undefined, fallback: string, l: ExhibitionLanguage): PdfText =>
      s ? { text: s, lang } : { text: fallback, lang: l };
    const url = base ? `${base}/needs/${n.id}` : null;
    return {
      title: codes(text(own?.title, n.title, n.language)),
      original: own?.title ? codes({ text: n.title, lang: n.language }) : null,
      description:
        n.description || own?.description
          ? (({ text: t, lang: l }) => codes({ text: clip(t, 700), lang: l }))(
              text(own?.description, n.description, n.language),
            )
          : null,
      organization: n.organization ? isolate(n.organization.name) : null,
      url,
      qr: url ? qrSvg(url) : null,
      featured: n.featured,
      status: STATUS_LABELS[lang][n.status] ?? null,
      facts,
    };
  };

  const onlyLoose = catalog.sections.every((s) => s.key === null);
  const sections = catalog.sections
    .filter((s) => s.needs.length > 0)
    .map((s) => ({
      title:
        s.key === null
          ? onlyLoose
            ? L.needs
            : L.otherNeeds
          : (s.translations?.[lang]?.title ?? s.title ?? ''),
      needs: s.needs.map(needOf),
    }));

  return {
    lang,
    numbering: lang === 'fa' ? '۱' : '1',
    labels: L,
    cover: {
      title,
      titles,
      facts: cover.filter(([, v]) => v),
      description: description && { ...description, text: clip(description.text, 1500) },
    },
    footer: `${title.text} — ${L.catalog}`,
    sections,
  };
}
