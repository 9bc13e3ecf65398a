import 'reflect-metadata';
import { LANGUAGES } from '@niaz/core';
import { hsEntries, suggestHsCodes } from '@niaz/hs';
import { MeiliSearch } from 'meilisearch';
import { HS_EVAL_TITLES, HsEvalTitle } from './eval/hs-eval-titles';
import { runWithMeilisearch } from './eval/with-meilisearch';

/**
 * `npm run eval:hs`: top-3 accuracy at heading level of GET /hs/suggest on the labelled
 * titles of scripts/eval/hs-eval-titles.ts, beside plain Meilisearch over the English HS
 * descriptions (default settings, the title as typed). Exits 1 below the target (0.8).
 */
const TARGET = 0.8;

function firstHeadings(codes: readonly string[], n = 3): string[] {
  return [...new Set(codes.map((c) => c.slice(0, 4)))].slice(0, n);
}

runWithMeilisearch('hs', async (meili) => {
  const client = new MeiliSearch({ host: meili.url, apiKey: meili.masterKey || undefined });
  const uid = `eval_hs_${Date.now()}`;
  const docs = [...hsEntries().values()]
    .filter((e) => e.level !== 2)
    .map((e) => ({ id: e.code, description: e.description }));
  const task = await client.index(uid).addDocuments(docs, { primaryKey: 'id' });
  await client.tasks.waitForTask(task.taskUid, { timeout: 120_000 });

  const hits = { niaz: new Map<HsEvalTitle, boolean>(), plain: new Map<HsEvalTitle, boolean>() };
  const misses: string[] = [];
  for (const t of HS_EVAL_TITLES) {
    const ours = firstHeadings(suggestHsCodes(t.title, 5).map((s) => s.code));
    hits.niaz.set(t, ours.includes(t.heading));
    if (!ours.includes(t.heading)) misses.push(`${t.title} (${t.heading}: got ${ours.join(' ')})`);
    const res = await client.index(uid).search(t.title, { limit: 30 });
    hits.plain.set(t, firstHeadings(res.hits.map((h) => String(h.id))).includes(t.heading));
  }
  await client.deleteIndex(uid);

  const accuracy = (m: Map<HsEvalTitle, boolean>, lang?: string) => {
    const rows = [...m].filter(([t]) => !lang || t.language === lang);
    return rows.filter(([, ok]) => ok).length / rows.length;
  };
  const f = (x: number) => x.toFixed(3).padStart(7);
  console.log(
    `\n${HS_EVAL_TITLES.length} labelled titles (${LANGUAGES.map((l) => `${l} ${HS_EVAL_TITLES.filter((t) => t.language === l).length}`).join(', ')})`,
  );
  console.log(
    `top-3 heading accuracy   ${'all'.padStart(7)}${LANGUAGES.map((l) => l.padStart(7)).join('')}`,
  );
  for (const [name, m] of [
    ['Niaz /hs/suggest', hits.niaz],
    ['plain Meilisearch', hits.plain],
  ] as const)
    console.log(
      `${name.padEnd(25)}${f(accuracy(m))}${LANGUAGES.map((l) => f(accuracy(m, l))).join('')}`,
    );
  const ok = accuracy(hits.niaz) >= TARGET;
  const verdict = (x: number) => (x >= TARGET ? 'PASS' : 'FAIL');
  console.log(
    `\ntarget: top-3 accuracy ≥ ${TARGET}: all ${f(accuracy(hits.niaz)).trim()} ${verdict(accuracy(hits.niaz))}${LANGUAGES.map((l) => `, ${l} ${f(accuracy(hits.niaz, l)).trim()} ${verdict(accuracy(hits.niaz, l))}`).join('')}`,
  );
  if (misses.length) console.log(`missed: ${misses.join('; ')}`);
  return ok;
});
