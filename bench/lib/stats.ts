/** The p-th percentile (nearest rank) of an ascending list; NaN for an empty list. */
function rankOf(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** The p-th percentile (nearest rank) of a list of numbers; NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  return rankOf(Float64Array.from(values).sort() as unknown as number[], p);
}

export interface LatencySummary {
  count: number;
  min: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/**
 * Count, percentiles and maximum of any number of samples: one typed-array sort, no spread
 * (`Math.max(...values)` overflows the stack past ~100,000 samples).
 */
export function summarize(values: readonly number[]): LatencySummary {
  const sorted = Float64Array.from(values).sort() as unknown as number[];
  return {
    count: sorted.length,
    min: sorted.length ? sorted[0] : Number.NaN,
    p50: rankOf(sorted, 50),
    p95: rankOf(sorted, 95),
    p99: rankOf(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : Number.NaN,
  };
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
