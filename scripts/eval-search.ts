import 'reflect-metadata';
import { runSearchEvaluation, SEARCH_EVAL_TARGET, SEARCH_SPEED_BEFORE } from './eval/search-eval';
import { runWithMeilisearch } from './eval/with-meilisearch';

/**
 * `npm run eval:search`: recall@10 of the public search per language pair (a need's title
 * as the query, its relevant capabilities as the answers) beside plain Meilisearch; exits 1
 * when a pair is below the target.
 */
runWithMeilisearch('search', async (meili) => {
  const report = await runSearchEvaluation({
    meiliUrl: meili.url,
    masterKey: meili.masterKey,
    log: (l) => console.log(`[eval] ${l}`),
  });
  const keys = Object.keys(report.niaz.recall).sort((a, b) =>
    a === 'all' ? 1 : b === 'all' ? -1 : a < b ? -1 : 1,
  );
  console.log(`\n${report.queries} queries (need titles) over the evaluation capabilities\n`);
  console.log(`${'recall@10'.padEnd(12)}${'Niaz'.padStart(8)}${'plain'.padStart(8)}  target`);
  for (const k of keys) {
    const r = report.niaz.recall[k];
    const verdict =
      k === 'all' ? '' : `  ≥ ${SEARCH_EVAL_TARGET} ${r >= SEARCH_EVAL_TARGET ? 'PASS' : 'FAIL'}`;
    console.log(
      `${k.padEnd(12)}${r.toFixed(3).padStart(8)}${(report.plain.recall[k] ?? 0).toFixed(3).padStart(8)}${verdict}`,
    );
  }
  console.log(
    `${'precision'.padEnd(12)}${report.niaz.precision.toFixed(3).padStart(8)}${report.plain.precision.toFixed(3).padStart(8)}  (no target)`,
  );
  console.log('\nqueries missing the most relevant capabilities:');
  for (const w of report.worst)
    console.log(`  ${w.need.padEnd(28)} ${w.missed}/${w.of}  ${w.query}`);
  const { niaz, plain } = report.timing;
  const ratio = niaz.p95 / plain.p95;
  console.log(
    `\nquery time (ms)  Niaz p50 ${niaz.p50.toFixed(1)} p95 ${niaz.p95.toFixed(1)}   plain p50 ${plain.p50.toFixed(1)} p95 ${plain.p95.toFixed(1)}`,
  );
  console.log(
    `speed: Niaz p95 / plain p95 = ${ratio.toFixed(2)} (before issue 21's changes: ${SEARCH_SPEED_BEFORE.p95Ratio.toFixed(2)}); limit +10 % → ${ratio <= SEARCH_SPEED_BEFORE.p95Ratio * 1.1 ? 'PASS' : 'FAIL'}`,
  );
  console.log(
    `\nall recall targets (recall@10 ≥ ${SEARCH_EVAL_TARGET} for every pair): ${report.meetsTarget ? 'PASS' : 'FAIL'}`,
  );
  return report.meetsTarget;
});
