import type { TFunction } from 'i18next';
import { formatDateTime, formatMoney, formatNumber, formatPercent, joinList } from '../i18n/format';
import type { Lang } from '../i18n/languages';
import { TERM_FIELD } from '../api/enums';

/**
 * What a bid answers to, as the contract names them (the `TermField` enum): once a need is
 * published a change to one of these is an amendment, needs a rationale, and every bidder
 * re-confirms. The order is the order a diff is shown in.
 */
export const TERM_FIELDS = TERM_FIELD;

export interface Change {
  field: string;
  before: unknown;
  after: unknown;
  /** The values are confidential details this reader may not see. */
  confidential?: boolean;
}

/** `undefined`, `''` and `[]`-less nothing all mean "not stated". */
const norm = (v: unknown) => (v === undefined || v === '' ? null : v);

/** The terms that differ between two payloads, in TERM_FIELDS order (for the amendment preview). */
export function termChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Change[] {
  const out: Change[] = [];
  for (const field of TERM_FIELDS) {
    if (!(field in after) || after[field] === undefined) continue;
    const a = norm(before[field]);
    const b = norm(after[field]);
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ field, before: a, after: b });
  }
  return out;
}

/** An amendment's `changes` map as a list in TERM_FIELDS order (unknown fields last). */
export function changeList(
  changes: Record<string, { before: unknown; after: unknown; confidential?: boolean }>,
): Change[] {
  const rank = (f: string) => {
    const i = (TERM_FIELDS as readonly string[]).indexOf(f);
    return i < 0 ? TERM_FIELDS.length : i;
  };
  return Object.entries(changes)
    .map(([field, c]) => ({ field, ...c }))
    .sort((x, y) => rank(x.field) - rank(y.field));
}

const isMoney = (v: unknown): v is { amount: string; currency: string } =>
  typeof v === 'object' && v !== null && 'amount' in v && 'currency' in v;

/** A term's value as the reader reads it: money, dates, lists and yes/no in their language. */
export function termValueText(
  field: string,
  value: unknown,
  lang: Lang,
  t: TFunction,
  countryName: (code: string) => string = (c) => c,
): string {
  if (value === null || value === undefined || value === '') return t('common.none');
  if (isMoney(value)) return formatMoney(value, lang);
  // A tender document added or removed: its name, unless confidential (never sent then).
  if (field === 'files' && typeof value === 'object') {
    const file = value as { name?: string };
    return file.name ?? t('tender.confidentialFile');
  }
  if (typeof value === 'boolean') return value ? t('tender.yes') : t('tender.no');
  if (field === 'bidDeadline' && typeof value === 'string') return formatDateTime(value, lang);
  if (field === 'minLocalContentPercent' && typeof value === 'number')
    return formatPercent(value, lang);
  if (field === 'country' && typeof value === 'string') return countryName(value);
  if (typeof value === 'number') return formatNumber(value, lang);
  if (Array.isArray(value))
    return value.length ? joinList(value.map(String), lang) : t('common.none');
  if (typeof value === 'object') {
    // Award criteria: {price: 60, localContent: 30} → "price 60 · local content 30".
    return Object.entries(value as Record<string, unknown>)
      .map(
        ([k, v]) =>
          `${t(`tender.criteria.${k}`, { defaultValue: k })} ${formatNumber(v as number, lang)}`,
      )
      .join(' · ');
  }
  return String(value);
}

/** The i18n key of a term's label. */
export const termLabelKey = (field: string) => `tender.fields.${field}`;

/** Audit entry types the timeline words; anything newer reads as its raw type. */
export const AUDIT_TYPES = [
  'create',
  'publish',
  'amend',
  'question',
  'answer',
  'nda',
  'details.read',
  'bid.submit',
  'bid.revise',
  'bid.confirm',
  'bid.withdraw',
  'opening',
  'startEvaluation',
  'expire',
  'bid.shortlisted',
  'bid.rejected',
  'bid.awarded',
  'award',
  'close',
  'cancel',
  'repost',
] as const;

/** The i18n key for an audit entry's type (dots would nest keys, so they become dashes). */
export const auditTypeKey = (type: string) => `tender.audit.type.${type.replace(/\./g, '-')}`;
