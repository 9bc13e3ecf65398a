import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One line of the bench table: the project's figure beside the raw component's. */
export interface BenchRow {
  measure: string;
  unit: string;
  project: number;
  raw?: number;
  /** Human-readable target, e.g. "≥ 0.5× raw" or "≤ 300 ms". */
  target?: string;
  pass?: boolean;
  note?: string;
}

const fmt = (n: number | undefined) =>
  n === undefined || Number.isNaN(n) ? '—' : n >= 100 ? n.toFixed(0) : n.toFixed(1);

/** Prints the table (project, raw, ratio, target, pass/fail) to stdout. */
export function printReport(rows: BenchRow[]): void {
  const lines = rows.map((r) => [
    r.measure,
    `${fmt(r.project)} ${r.unit}`,
    r.raw === undefined ? '—' : `${fmt(r.raw)} ${r.unit}`,
    r.raw ? `${(r.project / r.raw).toFixed(2)}×` : '—',
    r.target ?? '—',
    r.pass === undefined ? '—' : r.pass ? 'PASS' : 'FAIL',
  ]);
  const header = ['measure', 'Niaz', 'raw', 'ratio', 'target', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => [...l[i]].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join(' │ ');
  console.log(`\n${line(header)}\n${widths.map((w) => '─'.repeat(w)).join('─┼─')}`);
  for (const l of lines) console.log(line(l));
  for (const r of rows.filter((r) => r.note)) console.log(`  · ${r.measure}: ${r.note}`);
}

/**
 * Writes `bench/results/latest.json` (a full run, the one kept in git) or `quick.json` (a
 * `--quick` run, ignored by git), and returns its path.
 */
export function saveReport(
  root: string,
  meta: Record<string, unknown>,
  rows: BenchRow[],
  name = 'latest.json',
): string {
  const dir = join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ ...meta, rows }, null, 2) + '\n');
  return file;
}
