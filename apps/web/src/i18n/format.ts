import { currencyName } from '@niaz/text';
import type { Lang } from './languages';

/**
 * Locale tags for Intl: Persian pages show the Solar Hijri calendar with Persian digits;
 * Turkish and English the Gregorian calendar.
 */
const LOCALES: Record<Lang, string> = {
  fa: 'fa-IR-u-ca-persian-nu-arabext',
  tr: 'tr-TR',
  en: 'en-GB',
};

export const localeOf = (lang: Lang) => LOCALES[lang];

export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium' }).format(date);
}

export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

export function formatNumber(value: number | string | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || value === '') return '';
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return String(value);
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 3 }).format(n);
}

/** An exchange rate: six significant digits, so that 0.000001 does not read as 0. */
export function formatRate(value: string, lang: Lang): string {
  const n = Number(value);
  if (!Number.isFinite(n)) return value;
  return new Intl.NumberFormat(LOCALES[lang], { maximumSignificantDigits: 6 }).format(n);
}

export function formatPercent(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(value / 100);
}

export interface Money {
  amount: string;
  currency: string;
}

/** Money from its decimal string; the currency shown the locale's way (ریال, €, ₺ …). */
export function formatMoney(
  money: Money | null | undefined,
  lang: Lang,
  /** Unit prices keep up to 4 decimals; totals and converted amounts read in cents. */
  maxDecimals = 4,
): string {
  if (!money) return '';
  const n = Number(money.amount);
  if (!Number.isFinite(n)) return `${money.amount} ${money.currency}`;
  try {
    const base = { style: 'currency', currency: money.currency } as const;
    // The currency's own decimals (0 for IRR, 3 for KWD), never more than asked for.
    const own = new Intl.NumberFormat(LOCALES[lang], base).resolvedOptions().minimumFractionDigits;
    return new Intl.NumberFormat(LOCALES[lang], {
      ...base,
      minimumFractionDigits: Math.min(own ?? 2, maxDecimals),
      maximumFractionDigits: maxDecimals,
    }).format(n);
  } catch {
    return `${formatNumber(n, lang)} ${money.currency}`;
  }
}

/** A 0–1 score as a whole percentage. */
export function formatScore(score: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(score);
}

/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits to ASCII, for what a user types. */
export function toAsciiDigits(s: string): string {
  return s
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[٫]/g, '.')
    .replace(/[٬,]/g, '');
}

/** A list the locale's way: «قم، تهران» in Persian, "Qom, Tehran" otherwise. */
export function joinList(items: Array<string | null | undefined>, lang: Lang): string {
  return items.filter(Boolean).join(lang === 'fa' ? '، ' : ', ');
}

/** A decimal string from the API ("11.8000") as a person would type it ("11.80"). */
export function editableAmount(amount: string | null | undefined): string {
  if (!amount) return '';
  const [whole, fraction = ''] = amount.split('.');
  const kept = fraction.replace(/0+$/, '');
  return kept ? `${whole}.${kept.length === 1 ? `${kept}0` : kept}` : whole;
}

/** Where a need's deadline is read by default: its country's zone (Iran, Türkiye), else the browser's. */
export function zoneOfCountry(country: string | null | undefined): string | undefined {
  if (country === 'IR') return 'Asia/Tehran';
  if (country === 'TR') return 'Europe/Istanbul';
  return undefined;
}

/** The instant when the clock in `timeZone` shows `hour`:00 on the calendar day of `near` there. */
export function atHourIn(near: Date, hour: number, timeZone?: string): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    })
      .formatToParts(near)
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  // The zone's offset at that moment: its wall clock read as UTC, minus the instant itself.
  const wallAsUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
  const offset = wallAsUtc - Math.floor(near.getTime() / 60_000) * 60_000;
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day, hour) - offset);
}

/** The reader's own IANA zone, as the browser knows it. */
export const readerTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** An instant written in one zone, with the zone's name in the reader's language. */
export interface ZonedTime {
  timeZone: string;
  text: string;
  zoneName: string;
}

function zoned(date: Date, timeZone: string, lang: Lang): ZonedTime {
  const text = new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(date);
  const zoneName =
    new Intl.DateTimeFormat(LOCALES[lang], { timeZone, timeZoneName: 'long' })
      .formatToParts(date)
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  return { timeZone, text, zoneName };
}

/**
 * A deadline as its need's zone reads it, then as the reader's zone does when the wall clock
 * there differs at that instant (Tehran 17:00 is 16:30 in Istanbul); each labelled by its zone.
 */
export function formatInZones(
  iso: string | null | undefined,
  needZone: string | null | undefined,
  readerZone: string,
  lang: Lang,
): ZonedTime[] {
  if (!iso) return [];
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return [];
  const own = zoned(date, needZone || readerZone, lang);
  const reader = zoned(date, readerZone, lang);
  return own.text === reader.text ? [own] : [own, reader];
}

/** A deadline for a list row: date and time in the need's own zone, with that zone's short name. */
export function formatDeadlineShort(
  iso: string | null | undefined,
  timeZone: string | null | undefined,
  lang: Lang,
): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const zone = timeZone || undefined;
  const text = new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: zone,
  }).format(date);
  return `${text} (${zoneLabel(date, zone, lang)})`;
}

/** "Iran Time", "TSİ", "وقت ایران": the generic short name, or the offset where there is none. */
export function zoneLabel(date: Date, timeZone: string | undefined, lang: Lang): string {
  const name = (style: 'shortGeneric' | 'shortOffset') =>
    new Intl.DateTimeFormat(LOCALES[lang], { timeZone, timeZoneName: style })
      .formatToParts(date)
      .find((p) => p.type === 'timeZoneName')?.value;
  return name('shortGeneric') ?? name('shortOffset') ?? timeZone ?? '';
}

/** The zones a need may carry: Iran's and Türkiye's first, the reader's next, then every other. */
export function timeZoneChoices(current: string | undefined): { first: string[]; rest: string[] } {
  const first = [
    ...new Set(['Asia/Tehran', 'Europe/Istanbul', current, readerTimeZone(), 'UTC']),
  ].filter((z): z is string => Boolean(z));
  const all =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return { first, rest: all.filter((z) => !first.includes(z)) };
}

/**
 * An amount with its currency's name in the reader's language ("۲٬۴۵۰٬۰۰۰ یورو", "5.000
 * İran riyali"): for catalogs, read by people who may not know the ISO code. The number is
 * formatted from the decimal string's digits, never through a float's rounding of cents.
 */
export function formatMoneyNamed(money: Money | null | undefined, lang: Lang): string {
  if (!money) return '';
  const whole = /^-?\d+(\.0*)?$/.test(money.amount);
  const number = new Intl.NumberFormat(LOCALES[lang], {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 4,
  }).format(money.amount as unknown as number);
  return `${number} ${currencyName(money.currency, lang)}`;
}
