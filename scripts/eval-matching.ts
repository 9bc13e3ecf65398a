import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVAL_K, EVAL_TARGET, runMatchingEvaluation } from '@niaz/matching';
import { ensureMeilisearch } from './stack';

/**
 * `npm run eval:matching`: the matching evaluation (libs/matching/src/eval) on throw-away
 * indexes, against MEILI_URL when it answers, else a Meilisearch started for the run.
 * Prints recall@10, nDCG@10 and MRR for the project's matcher beside plain Meilisearch;
 * exits 1 when the target (recall@10 ≥ 0.9 and ≥ 0.2 above plain) is missed.
 */
async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'niaz-eval-'));
  const meili = await ensureMeilisearch({
    dataDir,
    port: 0,
    log: (l) => console.log(`[eval] ${l}`),
  });
  try {
    const started = Date.now();
    const report = await runMatchingEvaluation({
      meiliUrl: meili.url,
      masterKey: meili.masterKey || undefined,
      log: (l) => console.log(`[eval] ${l}`),
    });
    const row = (
      name: string,
      m: { recall: number; ndcg: number; mrr: number; precision: number },
    ) =>
      `${name.padEnd(28)} ${m.recall.toFixed(3).padStart(10)} ${m.ndcg.toFixed(3).padStart(9)} ${m.mrr.toFixed(3).padStart(7)} ${m.precision.toFixed(3).padStart(8)}`;
    console.log(
      `\n${report.needs} needs, ${report.capabilities} capabilities, ${report.relevantPairs} relevant pairs (fa/tr/en)\n`,
    );
    console.log(
      `${''.padEnd(28)} ${`recall@${EVAL_K}`.padStart(10)} ${`nDCG@${EVAL_K}`.padStart(9)} ${'MRR'.padStart(7)} ${`P@${EVAL_K}`.padStart(8)}`,
    );
    console.log(row('Niaz matcher', report.matcher));
    console.log(row('plain Meilisearch (raw)', report.plain));
    const lift = report.matcher.recall - report.plain.recall;
    console.log(
      `\nrecall@${EVAL_K} lift over plain: ${lift >= 0 ? '+' : ''}${lift.toFixed(3)}; target: ≥ ${EVAL_TARGET.recall} and ≥ +${EVAL_TARGET.aboveBaseline} → ${report.meetsTarget ? 'met' : 'MISSED'}`,
    );
    const misses = Object.entries(report.misses);
    if (misses.length)
      console.log(
        `relevant outside the top ${EVAL_K}: ${misses.map(([n, c]) => `${n}: ${c.join(', ')}`).join('; ')}`,
      );
    console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
    process.exitCode = report.meetsTarget ? 0 : 1;
  } finally {
    await meili.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
