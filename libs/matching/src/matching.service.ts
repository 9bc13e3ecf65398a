import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import { OutboxWriter } from '@niaz/jobs';
import { CapabilityDocument, NeedDocument, SearchDocumentLoader } from '@niaz/search';
import { needRowSql } from '@niaz/needs';
import { DataSource, EntityManager } from 'typeorm';
import type { MatchReason } from './match-reason';
import { scorePair } from './match-scorer';
import { Matcher } from './matcher';

interface PairRow {
  needId: string;
  capabilityId: string;
  needOrganizationId: string;
  capabilityOrganizationId: string;
  score: number;
  reasons: MatchReason[];
}

export interface MatchRun {
  stored: number;
  removed: number;
}

/** Upserts the pairs $1–$6 (see pairParams); a pair whose score and reasons stay keeps its time. */
const UPSERT_PAIRS = `
  INSERT INTO match ("needId", "capabilityId", "needOrganizationId", "capabilityOrganizationId", score, reasons)
  SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::numeric[], $6::jsonb[])
  ON CONFLICT ("needId", "capabilityId") DO UPDATE
    SET score = EXCLUDED.score, reasons = EXCLUDED.reasons,
        "needOrganizationId" = EXCLUDED."needOrganizationId",
        "capabilityOrganizationId" = EXCLUDED."capabilityOrganizationId",
        "updatedAt" = CASE WHEN match.score = EXCLUDED.score AND match.reasons = EXCLUDED.reasons
                           THEN match."updatedAt" ELSE now() END`;

function pairParams(pairs: readonly PairRow[]): unknown[] {
  return [
    pairs.map((p) => p.needId),
    pairs.map((p) => p.capabilityId),
    pairs.map((p) => p.needOrganizationId),
    pairs.map((p) => p.capabilityOrganizationId),
    pairs.map((p) => p.score),
    pairs.map((p) => JSON.stringify(p.reasons)),
  ];
}

/**
 * Stores matches (table `match`, unique on need + capability), from either side:
 *  - a need published or edited: the best capabilities the matcher finds (MATCH_TOP_N at
 *    MATCH_MIN_SCORE or better), plus every pair already stored for the need, scored again;
 *  - a capability saved: the open needs it fits, plus its stored pairs with open needs.
 * A pair is removed when, scored again, it falls below MATCH_MIN_SCORE (or its capability is
 * gone, or the two now share an organisation); never merely for ranking below another side's
 * top N, so the two sides never undo each other. Scores are a function of the pair only, so
 * both sides write the same score; a job run twice writes the same rows.
 *
 * Closed, awarded or cancelled needs keep their matches: they are the record of who was
 * suggested (the buyer still reads them), and only open needs are ever matched again or
 * shown to a capability's owner. A deleted capability loses all its matches.
 */
@Injectable()
export class MatchingService {
  private readonly logger = new Logger(MatchingService.name);

  constructor(
    private readonly db: DataSource,
    private readonly loader: SearchDocumentLoader,
    private readonly matcher: Matcher,
    private readonly outbox: OutboxWriter,
    private readonly config: AppConfig,
  ) {}

  async matchNeed(needId: string, actorId: string | null): Promise<MatchRun> {
    return (await this.matchNeeds([{ needId, actorId }]))[0];
  }

  /**
   * matchNeed for many needs at once, with the same result per need: their documents in one
   * query, their candidates in one multi-search, their stored pairs in one query, and one
   * transaction that writes every pair and every `need.matched` event set-wise.
   */
  async matchNeeds(
    items: ReadonlyArray<{ needId: string; actorId: string | null }>,
  ): Promise<MatchRun[]> {
    const docs = await this.loader.needs(items.map((i) => i.needId));
    // One run per need: a need named twice in a batch is matched once, answered twice.
    const open = [...docs.values()].filter((n) => n.status === 'open');
    if (open.length === 0) return items.map(() => ({ stored: 0, removed: 0 }));
    const ranked = await this.matcher.capabilitiesForMany(open);
    const pairsOf = new Map(
      open.map((need, i) => [
        need.id,
        new Map(ranked[i].map((r) => [r.capability.id, this.pair(need, r.capability, r)])),
      ]),
    );
    const stored: Array<{ needId: string; capabilityId: string }> = await this.db.query(
      `SELECT "needId", "capabilityId" FROM match WHERE "needId" = ANY($1::uuid[])`,
      [open.map((n) => n.id)],
    );
    const missing = stored.filter((s) => !pairsOf.get(s.needId)!.has(s.capabilityId));
    const again = await this.loader.capabilities(missing.map((s) => s.capabilityId));
    for (const s of missing) {
      const capability = again.get(s.capabilityId);
      if (capability)
        this.keepIfFits(pairsOf.get(s.needId)!, docs.get(s.needId)!, capability, capability.id);
    }
    const byNeed = new Map<string, MatchRun>();
    await this.db.transaction(async (m) => {
      // In a fixed order, so that two batches sharing needs never wait on each other in a circle.
      const ids = [...pairsOf.keys()].sort();
      await m.query(
        `SELECT pg_advisory_xact_lock(hashtext('match:need:' || id)) FROM unnest($1::text[]) AS id`,
        [ids],
      );
      const removed = await this.replaceNeeds(m, pairsOf);
      for (const id of ids)
        byNeed.set(id, { stored: pairsOf.get(id)!.size, removed: removed.get(id) ?? 0 });
      const actorOf = new Map(items.map((i) => [i.needId, i.actorId]));
      await this.outbox.writeMany(
        m,
        ids.map((needId) => ({
          type: 'need.matched' as const,
          payload: { needId, actorId: actorOf.get(needId) ?? null },
        })),
      );
    });
    return items.map((i) => byNeed.get(i.needId) ?? { stored: 0, removed: 0 });
  }

  async matchCapability(capabilityId: string, actorId: string | null): Promise<MatchRun> {
    const capability = await this.loader.capability(capabilityId);
    if (!capability) return this.forgetCapability(capabilityId);
    const ranked = await this.matcher.needsFor(capability);
    const pairs = new Map(ranked.map((r) => [r.need.id, this.pair(r.need, capability, r)]));
    const stored = await this.storedIds('capabilityId', capabilityId, 'needId');
    const again = await this.loader.needs(stored.filter((id) => !pairs.has(id)));
    for (const need of again.values())
      if (need.status === 'open') this.keepIfFits(pairs, need, capability, need.id);
    return this.db.transaction(async (m) => {
      await this.lock(m, `capability:${capabilityId}`);
      const removed = await this.replace(m, 'capabilityId', capabilityId, [...pairs.values()]);
      await this.outbox.write(m, 'capability.matched', { capabilityId, actorId });
      return { stored: pairs.size, removed };
    });
  }

  /** The capability was deleted: its matches go with it. */
  async forgetCapability(capabilityId: string): Promise<MatchRun> {
    const [, removed] = await this.db.query(`DELETE FROM match WHERE "capabilityId" = $1`, [
      capabilityId,
    ]);
    return { stored: 0, removed: Number(removed) || 0 };
  }

  private pair(
    need: NeedDocument,
    capability: CapabilityDocument,
    scored: { score: number; reasons: MatchReason[] },
  ): PairRow {
    return {
      needId: need.id,
      capabilityId: capability.id,
      needOrganizationId: need.organizationId,
      capabilityOrganizationId: capability.organizationId,
      score: scored.score,
      reasons: scored.reasons,
    };
  }

  /** A stored pair found no more by search still stands if it still scores enough. */
  private keepIfFits(
    pairs: Map<string, PairRow>,
    need: NeedDocument,
    capability: CapabilityDocument,
    key: string,
  ): void {
    if (need.organizationId === capability.organizationId) return;
    const scored = scorePair(need, capability);
    if (scored.score >= this.config.env.MATCH_MIN_SCORE && scored.score > 0)
      pairs.set(key, this.pair(need, capability, scored));
  }

  private async storedIds(
    side: 'needId' | 'capabilityId',
    id: string,
    other: 'needId' | 'capabilityId',
  ): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT "${other}" AS id FROM match WHERE "${side}" = $1`,
      [id],
    );
    return rows.map((r) => r.id);
  }

  /** One matching run per need (or capability) at a time; released at commit. */
  private async lock(m: EntityManager, key: string): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`match:${key}`]);
  }

  /**
   * replace() of many needs in ONE statement (the upsert and the delete touch disjoint pairs:
   * the delete keeps every pair upserted); answers the pairs removed per need.
   */
  private async replaceNeeds(
    m: EntityManager,
    pairsOf: ReadonlyMap<string, ReadonlyMap<string, PairRow>>,
  ): Promise<Map<string, number>> {
    const pairs = [...pairsOf.values()].flatMap((p) => [...p.values()]);
    const rows: Array<{ needId: string; n: number }> = await m.query(
      `WITH up AS (${UPSERT_PAIRS}),
       gone AS (
         DELETE FROM match x
          WHERE x."needId" = ANY($7::uuid[])
            AND NOT EXISTS (SELECT 1 FROM unnest($1::uuid[], $2::uuid[]) k(n, c)
                             WHERE k.n = x."needId" AND k.c = x."capabilityId")
         RETURNING x."needId")
       SELECT "needId", count(*)::int AS n FROM gone GROUP BY "needId"`,
      [...pairParams(pairs), [...pairsOf.keys()]],
    );
    return new Map(rows.map((r) => [r.needId, r.n]));
  }

  private async upsert(m: EntityManager, pairs: PairRow[]): Promise<void> {
    if (pairs.length === 0) return;
    await m.query(UPSERT_PAIRS, pairParams(pairs));
  }

  /**
   * Upserts `pairs` and deletes the side's other pairs. On the capability side only pairs
   * with open needs are replaced: the others are the record of closed needs.
   */
  private async replace(
    m: EntityManager,
    side: 'needId' | 'capabilityId',
    id: string,
    pairs: PairRow[],
  ): Promise<number> {
    await this.upsert(m, pairs);
    const keep = pairs.map((p) => (side === 'needId' ? p.capabilityId : p.needId));
    const onlyOpen =
      side === 'capabilityId'
        ? `AND EXISTS (SELECT 1 FROM (${needRowSql('match."needId"')}) n WHERE n.status = 'open')`
        : '';
    const other = side === 'needId' ? 'capabilityId' : 'needId';
    const [, removed] = await m.query(
      `DELETE FROM match WHERE "${side}" = $1 AND NOT ("${other}" = ANY($2::uuid[])) ${onlyOpen}`,
      [id, keep],
    );
    if (removed) this.logger.debug(`removed ${removed} stale matches of ${side} ${id}`);
    return Number(removed) || 0;
  }
}
