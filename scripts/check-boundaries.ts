import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countByPair, crossOwnerReferences, regressions } from './boundaries/sql-owners';
import { repoRoot } from './repo-root';

/**
 * CI guardrail (`node dist/scripts/check-boundaries.js`): fails when a lib's SQL names a table
 * another lib owns more often than the recorded baseline allows. `--update` rewrites the
 * baseline after read ports removed references (it refuses to grow it).
 */
function main(): void {
  const root = repoRoot(__dirname);
  const file = join(root, 'scripts', 'boundaries', 'baseline.json');
  const baseline = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>;
  const counts = countByPair(crossOwnerReferences(root));
  const total = [...counts.values()].reduce((s, n) => s + n, 0);
  const grown = regressions(counts, baseline);
  if (grown.length) {
    console.error(
      'SQL across domain boundaries grew; read through the owner’s exported query functions instead:',
    );
    for (const line of grown) console.error(`  ${line}`);
    process.exit(1);
  }
  if (process.argv.includes('--update'))
    writeFileSync(file, `${JSON.stringify(Object.fromEntries([...counts].sort()), null, 2)}\n`);
  console.log(
    `boundaries: ${total} SQL references to another lib's table remain (baseline ${Object.values(baseline).reduce((s, n) => s + n, 0)})`,
  );
}

main();
