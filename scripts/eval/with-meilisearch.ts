import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureMeilisearch } from '../stack';

/**
 * Runs one evaluation script against MEILI_URL when it answers, else a Meilisearch started
 * for the run in a throw-away folder, and stops and removes what it started afterwards.
 * `evaluate` answers whether the targets are met: the process exits 1 when not, or on error.
 */
export function runWithMeilisearch(
  name: string,
  evaluate: (meili: { url: string; masterKey?: string }) => Promise<boolean>,
): void {
  const run = async () => {
    const dataDir = mkdtempSync(join(tmpdir(), `niaz-eval-${name}-`));
    const meili = await ensureMeilisearch({
      dataDir,
      port: 0,
      log: (l) => console.log(`[eval] ${l}`),
    });
    try {
      const met = await evaluate({ url: meili.url, masterKey: meili.masterKey || undefined });
      process.exitCode = met ? 0 : 1;
    } finally {
      await meili.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
  run().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
