import { Injectable } from '@nestjs/common';
import { problems, wireTime } from '@niaz/core';
import { Principal } from '@niaz/identity';
import { firstBrokenEntry, isNeedOwner, NeedAuditEntry, NeedsService } from '@niaz/needs';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { Bid } from './bid.entity';
import type {
  AuditEntryResponse,
  AuditPageResponse,
  AuditVerifyResponse,
} from './dto/tender-audit.response';

/**
 * An entry as the API shows it. Who asked a question is recorded (and hashed) but shown only
 * to the asker's own organisation: never to the owner, admins or other bidders; a bidder
 * sees no other supplier's identity.
 */
function entryView(e: NeedAuditEntry, orgs: string[], everyone: boolean): AuditEntryResponse {
  const own = !!e.organizationId && orgs.includes(e.organizationId);
  // Bidders never learn which other suppliers signed, read or asked; nobody learns who asked.
  const hidden = !own && (e.type === 'question' || (!everyone && e.organizationId !== null));
  return {
    seq: e.seq,
    type: e.type,
    actor: hidden ? null : e.actorId,
    bidId: e.bidId,
    organizationId: hidden ? null : e.organizationId,
    at: wireTime(e.at),
    data: e.data,
    hash: e.hash,
    prevHash: e.prevHash,
    sealedHash: e.sealedHash,
    sealedPrevHash: e.sealedPrevHash,
  };
}

/**
 * Reading and verifying a need's tender record (need_audit_entry, written by the needs and
 * bids services in each event's transaction). The owner and admins read the need's chain;
 * a bidder reads its need-level entries and its own bid's (waiting ones too before the
 * opening). Nobody else reads it.
 */
@Injectable()
export class TenderAuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly needs: NeedsService,
  ) {}

  /** Which entries the caller may read: all of the chain, or the need's and its own bids'. */
  private async access(principal: Principal, needId: string) {
    const need = await this.needs.findVisible(principal, needId);
    if (isNeedOwner(principal, need) || principal.isAdmin) return { need, orgs: null };
    const orgs = principal.organizationIds();
    const bidder =
      orgs.length > 0 &&
      (await this.dataSource.getRepository(Bid).exists({
        where: { needId, organizationId: In(orgs) },
      }));
    if (!bidder)
      throw problems.forbidden("Only the need's owner, its bidders and admins read its record.");
    return { need, orgs };
  }

  async list(principal: Principal, needId: string): Promise<AuditPageResponse> {
    const { orgs } = await this.access(principal, needId);
    const repo = this.dataSource.getRepository(NeedAuditEntry);
    const chain = await repo.find({
      where: { needId, seq: Not(IsNull()) },
      order: { seq: 'ASC' },
    });
    const visible = orgs
      ? chain.filter(
          (e) => e.bidId === null || (e.organizationId && orgs.includes(e.organizationId)),
        )
      : chain;
    const waiting = orgs
      ? await repo.find({
          where: { needId, seq: IsNull(), organizationId: In(orgs) },
          order: { id: 'ASC' },
        })
      : [];
    const mine = principal.organizationIds();
    return { items: [...visible, ...waiting].map((e) => entryView(e, mine, orgs === null)) };
  }

  /**
   * Whether the need's chain holds: every hash recomputed, every link followed, and each
   * event that waited sealed checked against its bid's waiting chain (so an edit made while
   * sealed shows after the opening, though the fold re-hashed it).
   */
  async verify(principal: Principal, needId: string): Promise<AuditVerifyResponse> {
    await this.access(principal, needId);
    const chain = await this.dataSource.getRepository(NeedAuditEntry).find({
      where: { needId, seq: Not(IsNull()) },
      order: { seq: 'ASC' },
    });
    const broken = firstBrokenEntry(chain, true);
    return {
      ok: broken === null,
      entries: chain.length,
      firstBroken: broken === null ? null : Number(broken),
    };
  }
}
