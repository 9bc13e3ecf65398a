import 'reflect-metadata';
import { EVAL_K, EVAL_TARGET, runMatchingEvaluation } from './eval/matching-eval';
import { runWithMeilisearch } from './eval/with-meilisearch';

/**
 * `npm run eval:matching`: the matching evaluation (scripts/eval, its data in scripts/eval/fixtures) on throw-away
 * indexes, against MEILI_URL when it answers, else a Meilisearch started for the run.
 * Prints recall@10, nDCG@10, MRR and P@10 for the project's matcher beside plain
 * Meilisearch, each with PASS/FAIL against issue 21's targets; exits 1 when one fails.
 */
runWithMeilisearch('matching', async (meili) => {
  const started = Date.now();
  const report = await runMatchingEvaluation({
    meiliUrl: meili.url,
    masterKey: meili.masterKey,
    log: (l) => console.log(`[eval] ${l}`),
  });
  const row = (name: string, m: { recall: number; ndcg: number; mrr: number; precision: number }) =>
    `${name.padEnd(28)} ${m.recall.toFixed(3).padStart(10)} ${m.ndcg.toFixed(3).padStart(9)} ${m.mrr.toFixed(3).padStart(7)} ${m.precision.toFixed(3).padStart(8)}`;
  console.log(
    `\n${report.needs} needs, ${report.capabilities} capabilities, ${report.relevantPairs} relevant pairs (fa/tr/en)\n`,
  );
  console.log(
    `${''.padEnd(28)} ${`recall@${EVAL_K}`.padStart(10)} ${`nDCG@${EVAL_K}`.padStart(9)} ${'MRR'.padStart(7)} ${`P@${EVAL_K}`.padStart(8)}`,
  );
  console.log(row('Niaz matcher', report.matcher));
  console.log(row('plain Meilisearch (raw)', report.plain));
  const verdict = (name: string, value: number, target: number) =>
    console.log(
      `${name.padEnd(14)} ${value.toFixed(3)} (plain ${plainOf(name).toFixed(3)})  target ≥ ${target}  ${value >= target ? 'PASS' : 'FAIL'}`,
    );
  const plainOf = (name: string) =>
    name.startsWith('recall')
      ? report.plain.recall
      : name.startsWith('nDCG')
        ? report.plain.ndcg
        : report.plain.precision;
  console.log('');
  verdict(`recall@${EVAL_K}`, report.matcher.recall, EVAL_TARGET.recall);
  verdict(`nDCG@${EVAL_K}`, report.matcher.ndcg, EVAL_TARGET.ndcg);
  verdict(`P@${EVAL_K}`, report.matcher.precision, EVAL_TARGET.precision);
  console.log(`all targets: ${report.meetsTarget ? 'PASS' : 'FAIL'}`);
  const misses = Object.entries(report.misses);
  if (misses.length)
    console.log(
      `relevant outside the top ${EVAL_K}: ${misses.map(([n, c]) => `${n}: ${c.join(', ')}`).join('; ')}`,
    );
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return report.meetsTarget;
});
