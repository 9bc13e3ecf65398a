import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAppConfig } from '@niaz/core';
import {
  capabilitySearchRequest,
  MatchCandidatesService,
  MeiliService,
  SearchCapabilitiesQueryDto,
  SearchIndexesService,
} from '@niaz/search';
import { Matcher } from '@niaz/matching';
import { EVAL_CAPABILITIES, EVAL_NEEDS } from './fixtures';
import { evalCapabilityDocument, evalNeedDocument } from './matching-eval';
import { ensureMeilisearch } from '../stack';

async function main() {
  const mode = process.argv[2] ?? 'search';
  const only = process.argv[3] ? new RegExp(process.argv[3]) : null;
  const dataDir = mkdtempSync(join(tmpdir(), 'niaz-dbg-'));
  const m = await ensureMeilisearch({ dataDir, port: 0, log: () => undefined });
  const config = loadAppConfig({ MEILI_URL: m.url, MEILI_MASTER_KEY: m.masterKey || undefined, MEILI_INDEX_PREFIX: 'dbg_' });
  const meili = new MeiliService(config);
  try {
    await new SearchIndexesService(meili).ensureIndex(meili.uid('capabilities'), 'capabilities');
    const docs = EVAL_CAPABILITIES.map(evalCapabilityDocument);
    await meili.index('capabilities').addDocuments(docs as never[]).waitTask({ timeout: 120_000 });
    const byId = new Map(EVAL_CAPABILITIES.map((c) => [c.id, c]));
    const show = (id: string) => { const c = byId.get(id)!; return `${id} [${c.language}] ${c.title} | ${(c.description ?? '').slice(0, 90)} hs=${c.hsCodes.join(',')}`; };
    const matcher = new Matcher(new MatchCandidatesService(meili), config);
    for (const need of EVAL_NEEDS) {
      if (only && !only.test(need.id)) continue;
      let ranked: string[]; let extra = '';
      if (mode === 'search') {
        const { q, params } = capabilitySearchRequest(Object.assign(new SearchCapabilitiesQueryDto(), { q: need.title, limit: 10 }));
        const res = await meili.index('capabilities').search(q, params);
        ranked = res.hits.map((h) => String(h.id)); extra = `q="${q}"`;
      } else {
        const r = await matcher.capabilitiesFor(evalNeedDocument(need));
        ranked = r.map((x) => x.capability.id);
        extra = r.slice(0, 12).map((x) => `${x.capability.id}:${(x as any).score?.toFixed?.(2)}`).join(' ');
      }
      const top = new Set(ranked.slice(0, 10));
      const missed = need.relevant.filter((id) => !top.has(id));
      if (!missed.length) continue;
      console.log(`\n### ${need.id} [${need.language}] "${need.title}" ${extra}\n  desc: ${need.description?.slice(0, 150)} hs=${need.hsCodes.join(',')}`);
      for (const id of ranked.slice(0, 10)) console.log(`  ${need.relevant.includes(id) ? '+' : '-'} ${show(id)}`);
      for (const id of missed) console.log(`  MISS ${show(id)} rank=${ranked.indexOf(id)}`);
    }
  } finally { meili.onModuleDestroy(); await m.stop(); rmSync(dataDir, { recursive: true, force: true }); }
}
main().catch((e) => { console.error(e); process.exit(1); });
