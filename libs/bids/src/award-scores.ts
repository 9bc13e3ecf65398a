import { decimalCompare, decimalMulDiv } from '@niaz/core';
import type { AwardCriteria } from '@niaz/needs';

/** What a bid brings to its ranking group: its total (in the group's currency) and the rest. */
export interface Rankable {
  bidId: string;
  /** Decimal string; bids of one group are in one currency (as bid, or converted). */
  total: string;
  leadTimeDays: number;
  localContentPercent: number | null;
}

export interface AwardScore {
  price: number;
  localContent: number;
  leadTimeDays: number;
  total: number;
  rank: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Points per criterion within one group of comparable bids (README, "Award criteria"):
 * price: the lowest total gets the full weight, another weight × lowest / its total;
 * lead time: likewise with days; local content: weight × its percent / the highest percent
 * (none stated counts as 0). Each rounded to 2 decimals; the score is their sum, ranked
 * highest first, equal scores sharing a rank (1, 1, 3).
 */
export function awardScores(group: Rankable[], weights: AwardCriteria): Map<string, AwardScore> {
  const scores = new Map<string, AwardScore>();
  if (group.length === 0) return scores;
  const lowestTotal = group
    .map((b) => b.total)
    .reduce((min, t) => (decimalCompare(t, min) < 0 ? t : min));
  const shortest = Math.min(...group.map((b) => b.leadTimeDays));
  const highestLocal = Math.max(...group.map((b) => b.localContentPercent ?? 0));
  for (const b of group) {
    const price =
      decimalCompare(b.total, '0') === 0
        ? weights.price
        : Number(decimalMulDiv(weights.price, lowestTotal, b.total, 6));
    const leadTimeDays = (weights.leadTimeDays * shortest) / b.leadTimeDays;
    const localContent =
      highestLocal > 0 ? (weights.localContent * (b.localContentPercent ?? 0)) / highestLocal : 0;
    const points = {
      price: round2(price),
      localContent: round2(localContent),
      leadTimeDays: round2(leadTimeDays),
    };
    scores.set(b.bidId, {
      ...points,
      total: round2(points.price + points.localContent + points.leadTimeDays),
      rank: 0,
    });
  }
  const totals = [...scores.values()].map((s) => s.total);
  for (const s of scores.values()) s.rank = 1 + totals.filter((t) => t > s.total).length;
  return scores;
}
