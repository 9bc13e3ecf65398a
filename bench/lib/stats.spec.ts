import { percentile, summarize } from './stats';

describe('bench statistics', () => {
  it('summarises a million samples without overflowing the stack', () => {
    const values = Array.from({ length: 1_000_000 }, (_, i) => (i * 7919) % 1_000_003);
    const summary = summarize(values);
    expect(summary.count).toBe(1_000_000);
    expect(summary.max).toBe(values.reduce((m, v) => (v > m ? v : m), -Infinity));
    expect(summary.p50).toBeLessThan(summary.p95);
    expect(summary.p95).toBeLessThanOrEqual(summary.p99);
  });

  it('takes the nearest rank, numerically (not as text)', () => {
    expect(percentile([10, 9, 100, 2], 50)).toBe(9);
    expect(percentile([10, 9, 100, 2], 100)).toBe(100);
    expect(summarize([]).max).toBeNaN();
    expect(summarize([3]).p99).toBe(3);
  });
});
