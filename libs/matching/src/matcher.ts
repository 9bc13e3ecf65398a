import { Injectable } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import { CapabilityDocument, MatchCandidatesService, NeedDocument } from '@niaz/search';
import { scorePair, ScoredPair } from './match-scorer';

export interface MatchOptions {
  /** Keep candidates scoring at least this (MATCH_MIN_SCORE). */
  minScore: number;
  /** Keep at most this many (MATCH_TOP_N). */
  topN: number;
}

export interface RankedCapability extends ScoredPair {
  capability: CapabilityDocument;
}
export interface RankedNeed extends ScoredPair {
  need: NeedDocument;
}

/**
 * A candidate far below the best one fits by a neighbour's traits (a shared heading, a
 * generic word) rather than by the product: below this share of the best score it is cut.
 */
export const RELATIVE_CUT = 0.5;

/** Best first; equal scores by id, so that a rerun gives the same order and the same cut. */
function rank<T extends ScoredPair>(items: T[], id: (t: T) => string, opts: MatchOptions): T[] {
  const kept = items
    .filter((i) => i.score >= opts.minScore && i.score > 0)
    .sort((a, b) => b.score - a.score || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
  const best = kept[0]?.score ?? 0;
  return kept.filter((i) => i.score >= best * RELATIVE_CUT).slice(0, opts.topN);
}

/** Scores candidates for a need; never the need's own organisation. Pure. */
export function rankCapabilities(
  need: NeedDocument,
  candidates: CapabilityDocument[],
  opts: MatchOptions,
): RankedCapability[] {
  const scored = candidates
    .filter((c) => c.organizationId !== need.organizationId)
    .map((capability) => ({ capability, ...scorePair(need, capability) }));
  return rank(scored, (r) => r.capability.id, opts);
}

/** Scores open needs for a capability; never its own organisation's. Pure. */
export function rankNeeds(
  capability: CapabilityDocument,
  candidates: NeedDocument[],
  opts: MatchOptions,
): RankedNeed[] {
  const scored = candidates
    .filter((n) => n.organizationId !== capability.organizationId && n.status === 'open')
    .map((need) => ({ need, ...scorePair(need, capability) }));
  return rank(scored, (r) => r.need.id, opts);
}

/**
 * The matcher: candidates from the other index (libs/search's MatchCandidatesService, the
 * only way matching reads Meilisearch), scored and cut here. The evaluation
 * (`npm run eval:matching`) runs this same class.
 */
@Injectable()
export class Matcher {
  /** Candidates asked for per search; several searches are merged (see candidateQueries). */
  static readonly CANDIDATES = 50;

  constructor(
    private readonly candidates: MatchCandidatesService,
    private readonly config: AppConfig,
  ) {}

  get options(): MatchOptions {
    return { minScore: this.config.env.MATCH_MIN_SCORE, topN: this.config.env.MATCH_TOP_N };
  }

  async capabilitiesFor(need: NeedDocument, opts = this.options): Promise<RankedCapability[]> {
    const found = await this.candidates.capabilitiesForNeed(need, Matcher.CANDIDATES);
    return rankCapabilities(need, found, opts);
  }

  /** capabilitiesFor of many needs, their candidates gathered in one multi-search. */
  async capabilitiesForMany(
    needs: readonly NeedDocument[],
    opts = this.options,
  ): Promise<RankedCapability[][]> {
    const found = await this.candidates.capabilitiesForNeeds(needs, Matcher.CANDIDATES);
    return needs.map((need, i) => rankCapabilities(need, found[i], opts));
  }

  async needsFor(capability: CapabilityDocument, opts = this.options): Promise<RankedNeed[]> {
    const found = await this.candidates.needsForCapability(capability, Matcher.CANDIDATES);
    return rankNeeds(capability, found, opts);
  }
}
