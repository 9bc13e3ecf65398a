import { Injectable } from '@nestjs/common';
import { PageQueryDto, problems } from '@niaz/core';
import { CapabilitiesService, capabilityRowSql } from '@niaz/capabilities';
import { organizationRowSql, Principal } from '@niaz/identity';
import { NeedsService, needRowSql } from '@niaz/needs';
import { DataSource } from 'typeorm';
import { decodeMatchCursor, encodeMatchCursor } from './match-cursor';
import type { MatchReason } from './match-reason';
import { ReasonLanguage, reasonText } from './reason-text';

interface MatchRow {
  otherId: string;
  title: string;
  organizationId: string;
  organizationName: string;
  score: string;
  reasons: MatchReason[];
}

/** Reading stored matches: a need's candidates for its owner, a capability's needs for its maker. */
@Injectable()
export class MatchesService {
  constructor(
    private readonly db: DataSource,
    private readonly needs: NeedsService,
    private readonly capabilities: CapabilitiesService,
  ) {}

  /** Owner only: 404 when the caller cannot see the need, 403 when they can but do not own it. */
  async forNeed(
    principal: Principal,
    needId: string,
    query: PageQueryDto,
    language: ReasonLanguage = 'en',
  ) {
    await this.needs.findOwned(principal, needId);
    const page = await this.page(
      `SELECT m."capabilityId" AS "otherId", c.title, o.id AS "organizationId", o.name AS "organizationName",
              m.score, m.reasons
         FROM match m
         JOIN LATERAL (${capabilityRowSql('m."capabilityId"')}) c ON true
         JOIN LATERAL (${organizationRowSql('c."organizationId"')}) o ON true
        WHERE m."needId" = $1`,
      'm."capabilityId"',
      needId,
      query,
    );
    return {
      items: page.items.map((r) => ({
        capability: { id: r.otherId, title: r.title },
        organization: { id: r.organizationId, name: r.organizationName },
        score: Number(r.score),
        reasons: r.reasons.map((x) => reasonText(x, language)),
        reasonDetails: r.reasons.map(({ code, params }) => ({ code, params })),
      })),
      nextCursor: page.nextCursor,
    };
  }

  /** The capability's organisation only; only needs that are still open. */
  async forCapability(
    principal: Principal,
    capabilityId: string,
    query: PageQueryDto,
    language: ReasonLanguage = 'en',
  ) {
    const capability = await this.capabilities.get(capabilityId);
    if (!principal.isMemberOf(capability.organizationId))
      throw problems.forbidden("Only the capability's organisation sees its matches.");
    const page = await this.page(
      `SELECT m."needId" AS "otherId", n.title, o.id AS "organizationId", o.name AS "organizationName",
              m.score, m.reasons
         FROM match m
         JOIN LATERAL (${needRowSql('m."needId"')}) n ON n.status = 'open'
         JOIN LATERAL (${organizationRowSql('n."organizationId"')}) o ON true
        WHERE m."capabilityId" = $1`,
      'm."needId"',
      capabilityId,
      query,
    );
    return {
      items: page.items.map((r) => ({
        need: { id: r.otherId, title: r.title },
        organization: { id: r.organizationId, name: r.organizationName },
        score: Number(r.score),
        reasons: r.reasons.map((x) => reasonText(x, language)),
        reasonDetails: r.reasons.map(({ code, params }) => ({ code, params })),
      })),
      nextCursor: page.nextCursor,
    };
  }

  private async page(sql: string, otherColumn: string, id: string, query: PageQueryDto) {
    const limit = query.limit ?? 20;
    const after = decodeMatchCursor(query.cursor);
    const rows: MatchRow[] = await this.db.query(
      `${sql} AND ($2::numeric IS NULL OR (m.score, ${otherColumn}) < ($2::numeric, $3::uuid))
        ORDER BY m.score DESC, ${otherColumn} DESC LIMIT $4`,
      [id, after?.s ?? null, after?.id ?? null, limit + 1],
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor:
        rows.length > limit && last ? encodeMatchCursor(Number(last.score), last.otherId) : null,
    };
  }
}
