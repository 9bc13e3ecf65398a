import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One place where SQL in one unit (a lib or an app) names a table another unit owns. */
export interface CrossOwnerReference {
  unit: string;
  table: string;
  owner: string;
  file: string;
}

const SOURCE = /\.tsx?$/;
const TEST = /\.(spec|int-spec|e2e-spec|test)\.tsx?$/;
const ENTITY = /@Entity\(\s*['"]([a-z_]+)['"]/g;
const LITERAL = /`[^`]*`|'[^'\n]*'|"[^"\n]*"/g;
const TABLE_AFTER_KEYWORD = /\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+"?([a-z_]+)"?/gi;

function sourceFiles(dir: string, out: string[] = []): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (SOURCE.test(name) && !TEST.test(name)) out.push(path);
  }
  return out;
}

/**
 * Every SQL reference (FROM/JOIN/INTO/UPDATE/TABLE inside a string literal) from one unit to a
 * table whose `@Entity` lives in another unit. Test files are exempt: they may set up any table.
 */
export function crossOwnerReferences(root: string): CrossOwnerReference[] {
  // The same scope as the shared hook (../shared/hooks/cross-owner-sql.mjs), so both count
  // alike: libs/testing included (its setup writes through the owners' entities).
  const files = ['libs', 'apps/api', 'apps/worker'].flatMap((d) => sourceFiles(join(root, d)));
  const unitOf = (file: string) => relative(root, file).split('/').slice(0, 2).join('/');
  const owners = new Map<string, string>();
  const texts = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
  for (const [file, text] of texts)
    for (const m of text.matchAll(ENTITY)) owners.set(m[1], unitOf(file));
  const found: CrossOwnerReference[] = [];
  for (const [file, text] of texts) {
    const unit = unitOf(file);
    for (const literal of text.matchAll(LITERAL))
      for (const m of literal[0].matchAll(TABLE_AFTER_KEYWORD)) {
        const owner = owners.get(m[1]);
        if (owner && owner !== unit)
          found.push({ unit, table: m[1], owner, file: relative(root, file) });
      }
  }
  return found;
}

/** "libs/search → need (owned by libs/needs)" → count. */
export function countByPair(references: CrossOwnerReference[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of references) {
    const key = `${r.unit} → ${r.table} (owned by ${r.owner})`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Pairs whose count grew beyond the recorded baseline (a new pair has a baseline of 0): the
 * baseline only shrinks, as read ports replace the old cross-owner SQL.
 */
export function regressions(
  counts: Map<string, number>,
  baseline: Record<string, number>,
): string[] {
  return [...counts]
    .filter(([pair, n]) => n > (baseline[pair] ?? 0))
    .map(([pair, n]) => `${pair}: ${n} (allowed ${baseline[pair] ?? 0})`);
}
