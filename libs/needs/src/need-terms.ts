import type { FieldChange } from './need-amendment.entity';
import type { Need } from './need.entity';
import { normalizeAwardCriteria } from './award-criteria';

/**
 * What a need asks for, named as its fields: the head of the exhibition catalog's columns and
 * of what a repost copies.
 */
export const NEED_ASK_FIELDS = [
  'title',
  'description',
  'language',
  'hsCodes',
  'isic',
  'quantityPerYear',
  'unit',
  'importOrigin',
] as const satisfies ReadonlyArray<keyof Need>;

/**
 * What a bid answers to. Once a need is published a change to any of these is an amendment:
 * it needs a rationale, is recorded and makes every live bid wait for re-confirmation. The order
 * is the order a change is shown in; the contract publishes it as the `TermField` enum.
 */
export const TERM_FIELDS = [
  'title',
  'description',
  'specification',
  'details',
  'hsCodes',
  'quantityPerYear',
  'unit',
  'requiredCertifications',
  'minLocalContentPercent',
  'targetPrice',
  'bidCurrency',
  'awardCriteria',
  'country',
  'province',
  'deliveryLocation',
  'bidDeadline',
  'ndaRequired',
] as const;
export type TermField = (typeof TERM_FIELDS)[number];

/** "12.5000" and "12.50" are the same amount. */
function decimal(value: string): string {
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}

/** The need's terms as plain JSON values (money `{amount, currency}`, dates ISO strings). */
export function termsOf(need: Need): Record<TermField, unknown> {
  return {
    title: need.title,
    description: need.description,
    specification: need.specification ?? null,
    details: need.details ?? null,
    hsCodes: [...(need.hsCodes ?? [])],
    quantityPerYear: need.quantityPerYear ?? null,
    unit: need.unit ?? null,
    requiredCertifications: [...(need.requiredCertifications ?? [])],
    minLocalContentPercent: need.minLocalContentPercent ?? null,
    targetPrice:
      need.targetPriceAmount !== null && need.targetPriceCurrency
        ? { amount: decimal(need.targetPriceAmount), currency: need.targetPriceCurrency }
        : null,
    country: need.country,
    province: need.province ?? null,
    deliveryLocation: need.deliveryLocation ?? null,
    bidDeadline: need.bidDeadline.toISOString(),
    ndaRequired: need.ndaRequired,
    bidCurrency: need.bidCurrency ?? null,
    awardCriteria: need.awardCriteria ? normalizeAwardCriteria(need.awardCriteria) : null,
  };
}

/** The fields whose value differs, each with its value before and after. */
export function diffTerms(
  before: Record<TermField, unknown>,
  after: Record<TermField, unknown>,
): Partial<Record<TermField, FieldChange>> {
  const changes: Partial<Record<TermField, FieldChange>> = {};
  for (const field of TERM_FIELDS) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field]))
      changes[field] = { before: before[field], after: after[field] };
  }
  return changes;
}
