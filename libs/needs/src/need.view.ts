import { MoneyView, wireTime } from '@niaz/core';
import type { NeedResponse } from './dto/need.response';
import type { Need } from './need.entity';

const money = (amount: string | null, currency: string | null): MoneyView | null =>
  amount !== null && currency ? { amount, currency } : null;

/** Until when questions are taken: as set, or two days before the bid deadline. */
export function clarificationsUntil(need: Need): Date {
  return need.clarificationsUntil ?? new Date(need.bidDeadline.getTime() - 2 * 86400_000);
}

/** Each translation's text under both names: `description` (ours) and `summary` (API.md's). */
function translationsView(translations: Need['translations'] | null) {
  return Object.fromEntries(
    Object.entries(translations ?? {}).map(([lang, t]) => [
      lang,
      t?.description !== undefined ? { ...t, summary: t.description } : t,
    ]),
  );
}

/** A need as the API shows it; `details` only when the caller may read them. */
export function needView(
  need: Need,
  opts: { details: boolean; detailsLocked?: boolean },
): NeedResponse {
  return {
    id: need.id,
    organizationId: need.organizationId,
    status: need.status,
    title: need.title,
    description: need.description,
    language: need.language,
    translations: translationsView(need.translations),
    hsCodes: need.hsCodes,
    isic: need.isic,
    quantityPerYear: need.quantityPerYear,
    unit: need.unit,
    importOrigin: need.importOrigin,
    annualImportValue: money(need.annualImportValueAmount, need.annualImportValueCurrency),
    targetPrice: money(need.targetPriceAmount, need.targetPriceCurrency),
    requiredCertifications: need.requiredCertifications,
    specification: need.specification,
    bidDeadline: wireTime(need.bidDeadline),
    country: need.country,
    province: need.province,
    timeZone: need.timeZone,
    deliveryLocation: need.deliveryLocation,
    ndaRequired: need.ndaRequired,
    bidsVisibleBeforeDeadline: need.bidsVisibleBeforeDeadline,
    minLocalContentPercent: need.minLocalContentPercent,
    bidCurrency: need.bidCurrency ?? null,
    awardCriteria: need.awardCriteria ?? null,
    publishedAt: wireTime(need.publishedAt),
    closedAt: wireTime(need.closedAt),
    closeReason: need.closeReason,
    amendmentCount: need.amendmentCount,
    clarificationsUntil: wireTime(clarificationsUntil(need)),
    createdAt: wireTime(need.createdAt),
    updatedAt: wireTime(need.updatedAt),
    ...(opts.details
      ? { details: need.details }
      : { detailsLocked: need.details !== null && need.details !== '' }),
  };
}
export type NeedView = NeedResponse;
