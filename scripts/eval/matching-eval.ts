import { randomBytes } from 'node:crypto';
import { loadAppConfig } from '@niaz/core';
import {
  capabilityDocument,
  MatchCandidatesService,
  MeiliService,
  needDocument,
  SearchIndexesService,
} from '@niaz/search';
import { Matcher } from '@niaz/matching';
import { EVAL_CAPABILITIES, EvalCapability, EVAL_NEEDS, EvalNeed } from './fixtures';

export const EVAL_K = 10;
/** Issue 21's targets on the grown set: recall@10 ≥ 0.95, nDCG@10 ≥ 0.9, precision@10 ≥ 0.85. */
export const EVAL_TARGET = { recall: 0.95, ndcg: 0.9, precision: 0.85 };

export interface RankingMetrics {
  recall: number;
  ndcg: number;
  mrr: number;
  /** Share of what is shown in the top k (at most k) that is relevant. */
  precision: number;
}

export interface EvalReport {
  needs: number;
  capabilities: number;
  relevantPairs: number;
  matcher: RankingMetrics;
  plain: RankingMetrics;
  /** Per need: the relevant capabilities the matcher did not put in its top 10. */
  misses: Record<string, string[]>;
  meetsTarget: boolean;
}

/** recall@k, nDCG@k (binary gains) and reciprocal rank of one ranking. */
export function rankingMetrics(ranked: string[], relevant: string[], k = EVAL_K): RankingMetrics {
  const top = ranked.slice(0, k);
  const rel = new Set(relevant);
  const hits = top.filter((id) => rel.has(id)).length;
  const dcg = top.reduce((sum, id, i) => sum + (rel.has(id) ? 1 / Math.log2(i + 2) : 0), 0);
  let ideal = 0;
  for (let i = 0; i < Math.min(k, rel.size); i++) ideal += 1 / Math.log2(i + 2);
  const first = top.findIndex((id) => rel.has(id));
  return {
    recall: rel.size ? hits / rel.size : 0,
    ndcg: ideal ? dcg / ideal : 0,
    mrr: first >= 0 ? 1 / (first + 1) : 0,
    precision: top.length ? hits / top.length : 0,
  };
}

function mean(all: RankingMetrics[]): RankingMetrics {
  const avg = (f: (m: RankingMetrics) => number) =>
    Math.round((all.reduce((s, m) => s + f(m), 0) / all.length) * 1000) / 1000;
  return {
    recall: avg((m) => m.recall),
    ndcg: avg((m) => m.ndcg),
    mrr: avg((m) => m.mrr),
    precision: avg((m) => m.precision),
  };
}

const EPOCH = new Date('2026-12-01T00:00:00Z');

/** An evaluation capability as the index holds it. */
export function evalCapabilityDocument(cap: EvalCapability) {
  return capabilityDocument({
    id: cap.id,
    organizationId: `maker-${cap.id}`,
    organizationName: `Maker ${cap.id}`,
    verified: cap.verified ?? false,
    language: cap.language,
    title: cap.title,
    description: cap.description,
    hsCodes: cap.hsCodes,
    isic: cap.isic ?? null,
    processes: cap.processes ?? [],
    materials: cap.materials ?? [],
    certifications: cap.certifications ?? [],
    capacityPerYear: cap.capacityPerYear ?? null,
    unit: cap.unit ?? null,
    trl: null,
    localContentPercent: null,
    country: cap.country,
    province: cap.province,
    createdAt: EPOCH,
    updatedAt: EPOCH,
  });
}

export function evalNeedDocument(need: EvalNeed) {
  return needDocument({
    id: need.id,
    organizationId: `buyer-${need.id}`,
    organizationName: `Buyer ${need.id}`,
    verified: false,
    status: 'open',
    language: need.language,
    title: need.title,
    description: need.description,
    specification: null,
    hsCodes: need.hsCodes,
    isic: need.isic ?? null,
    country: need.country,
    province: need.province,
    requiredCertifications: need.requiredCertifications ?? [],
    quantityPerYear: need.quantityPerYear ?? null,
    unit: need.unit ?? null,
    importOrigin: null,
    bidDeadline: new Date('2027-06-01T00:00:00Z'),
    publishedAt: EPOCH,
    createdAt: EPOCH,
    updatedAt: EPOCH,
  });
}

/**
 * The evaluation capabilities in two throw-away indexes: the project's (production settings
 * and documents) and plain Meilisearch's (default settings, the raw fields as written).
 * `dispose` deletes both.
 */
export async function loadEvalIndexes(options: {
  meiliUrl: string;
  masterKey?: string;
  prefix: string;
  log?: (line: string) => void;
}) {
  const config = loadAppConfig({
    MEILI_URL: options.meiliUrl,
    MEILI_MASTER_KEY: options.masterKey,
    MEILI_INDEX_PREFIX: options.prefix,
  });
  const meili = new MeiliService(config);
  const client = meili.client;
  const plainUid = meili.uid('plain_capabilities');
  const dispose = async () => {
    for (const uid of [meili.uid('capabilities'), plainUid])
      await client
        .deleteIndex(uid)
        .waitTask()
        .catch(() => undefined);
    meili.onModuleDestroy();
  };
  try {
    await new SearchIndexesService(meili).ensureIndex(meili.uid('capabilities'), 'capabilities');
    const docs = EVAL_CAPABILITIES.map(evalCapabilityDocument);
    await expectTask(meili.index('capabilities').addDocuments(docs as never[]));
    await expectTask(client.createIndex(plainUid, { primaryKey: 'id' }));
    await expectTask(client.index(plainUid).addDocuments(EVAL_CAPABILITIES as never[]));
    options.log?.(`indexed ${docs.length} capabilities twice (project, plain)`);
  } catch (e) {
    await dispose();
    throw e;
  }
  return { config, meili, plain: client.index(plainUid), dispose };
}

/**
 * Loads the evaluation set into throw-away indexes and ranks every need's capabilities two
 * ways: with the project's matcher (the `Matcher` class of the worker, over an index with
 * the production settings and documents) and with plain Meilisearch (default settings, the
 * raw fields, the need's raw title and description as the query). Deletes its indexes.
 */
export async function runMatchingEvaluation(options: {
  meiliUrl: string;
  masterKey?: string;
  /** Index prefix; a fresh one by default. */
  prefix?: string;
  log?: (line: string) => void;
}): Promise<EvalReport> {
  const prefix = options.prefix ?? `eval${randomBytes(4).toString('hex')}_`;
  const {
    config,
    meili,
    plain: plainIndex,
    dispose,
  } = await loadEvalIndexes({
    ...options,
    prefix,
  });
  try {
    const matcher = new Matcher(new MatchCandidatesService(meili), config);
    const ours: RankingMetrics[] = [];
    const plain: RankingMetrics[] = [];
    const misses: Record<string, string[]> = {};
    for (const need of EVAL_NEEDS) {
      const ranked = (await matcher.capabilitiesFor(evalNeedDocument(need))).map(
        (r) => r.capability.id,
      );
      ours.push(rankingMetrics(ranked, need.relevant));
      const missed = need.relevant.filter((id) => !ranked.slice(0, EVAL_K).includes(id));
      if (missed.length) misses[need.id] = missed;
      const res = await plainIndex.search(`${need.title} ${need.description}`, { limit: EVAL_K });
      plain.push(
        rankingMetrics(
          res.hits.map((h) => String(h.id)),
          need.relevant,
        ),
      );
    }
    const matcherMean = mean(ours);
    const plainMean = mean(plain);
    return {
      needs: EVAL_NEEDS.length,
      capabilities: EVAL_CAPABILITIES.length,
      relevantPairs: EVAL_NEEDS.reduce((n, need) => n + need.relevant.length, 0),
      matcher: matcherMean,
      plain: plainMean,
      misses,
      meetsTarget:
        matcherMean.recall >= EVAL_TARGET.recall &&
        matcherMean.ndcg >= EVAL_TARGET.ndcg &&
        matcherMean.precision >= EVAL_TARGET.precision,
    };
  } finally {
    await dispose();
  }
}

async function expectTask(task: {
  waitTask(o?: { timeout?: number }): Promise<{ status: string; error?: unknown }>;
}) {
  const done = await task.waitTask({ timeout: 120_000 });
  if (done.status !== 'succeeded') throw new Error(`task failed: ${JSON.stringify(done.error)}`);
}
