import { Injectable } from '@nestjs/common';
import { AppConfig, AuditEntry, problems } from '@niaz/core';
import { Bid } from '@niaz/bids';
import { ExhibitionSubmission, ExhibitionsService, isOrganiser } from '@niaz/exhibitions';
import { Organization, Principal } from '@niaz/identity';
import { Need, NeedAmendment, NeedStatus, wasPublished } from '@niaz/needs';
import { DataSource, In } from 'typeorm';
import {
  buildRelease,
  OcdsAmendmentFact,
  OcdsEvent,
  OcdsNeedFacts,
  OcdsOrganization,
  OcdsRelease,
  ocidOf,
  packageMeta,
} from './ocds.mapper';
import {
  OcdsRecordPackageResponse,
  OcdsReleasePackageResponse,
  OcdsReleasesQueryDto,
} from './dto/ocds.dto';

/** Audit actions on a need that make a release, and the OCDS event each one is. */
const RELEASE_ACTIONS: Record<string, OcdsEvent> = {
  publish: 'publish',
  amend: 'amend',
  amendment: 'amend',
  startEvaluation: 'startEvaluation',
  expire: 'expire',
  close: 'close',
  award: 'award',
  cancel: 'cancel',
};

/** The event a need's current status stands for (the compiled release). */
const STATUS_EVENT: Record<NeedStatus, OcdsEvent> = {
  draft: 'publish',
  open: 'publish',
  evaluating: 'startEvaluation',
  awarded: 'award',
  closed: 'close',
  cancelled: 'cancel',
  expired: 'expire',
};

interface EventRow {
  id: string;
  subjectId: string;
  action: string;
  at: Date;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const PUBLISHER = 'Niaz';

/** Open Contracting data for published needs: release packages, records, an exhibition's outcomes. */
@Injectable()
export class OcdsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exhibitions: ExhibitionsService,
    private readonly config: AppConfig,
  ) {}

  private get prefix() {
    return this.config.env.OCDS_PREFIX;
  }

  private url(path: string) {
    return `${this.config.env.PUBLIC_URL.replace(/\/$/, '')}/api/v1${path}`;
  }

  /** Releases of all published needs, oldest first, `limit` at a time (`links.next` when more). */
  async releases(query: OcdsReleasesQueryDto): Promise<OcdsReleasePackageResponse> {
    const limit = query.limit ?? 100;
    const after = query.cursor ? decodeSeq(query.cursor) : null;
    const qb = this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .innerJoin(Need, 'n', 'n.id = a.subjectId')
      .where(`a.subjectType = 'need'`)
      // Never-published needs (a cancelled draft too) are nobody's business but their owner's.
      .andWhere('n.publishedAt IS NOT NULL')
      .andWhere('a.action IN (:...actions)', { actions: Object.keys(RELEASE_ACTIONS) })
      .orderBy('a.id', 'ASC')
      .take(limit + 1);
    if (query.since) qb.andWhere('a.at >= :since', { since: new Date(query.since) });
    if (after) qb.andWhere('a.id > :after', { after });
    const rows = (await qb.getMany()).filter(isPublicEvent);
    const page = rows.slice(0, limit);
    const releases = await this.releasesFor(page);
    const last = page[page.length - 1];
    const params = new URLSearchParams();
    if (query.since) params.set('since', query.since);
    const self = this.url(`/ocds/releases${params.size ? `?${params}` : ''}`);
    if (last) params.set('cursor', encodeSeq(last.id));
    return {
      ...packageMeta(self, PUBLISHER),
      releases,
      ...(rows.length > limit && last
        ? { links: { next: this.url(`/ocds/releases?${params}`) } }
        : {}),
    };
  }

  /** The record package of one published need: every release and the compiled one. */
  async needRecord(id: string): Promise<OcdsRecordPackageResponse> {
    const need = await this.dataSource.getRepository(Need).findOneBy({ id });
    if (!need || !wasPublished(need)) throw problems.notFound('Need');
    const records = await this.records([need]);
    return { ...packageMeta(this.url(`/needs/${id}/ocds`), PUBLISHER), records };
  }

  /** An exhibition's outcomes (its approved, published needs) as one record package: organisers. */
  async exhibitionRecords(
    principal: Principal,
    exhibitionId: string,
  ): Promise<OcdsRecordPackageResponse> {
    const e = await this.exhibitions.findVisible(principal, exhibitionId);
    if (!isOrganiser(principal, e) && !principal.isAdmin)
      throw problems.forbidden("Only the exhibition's organisers download its outcomes.");
    const submissions = await this.dataSource
      .getRepository(ExhibitionSubmission)
      .find({ where: { exhibitionId, status: 'approved' } });
    const needs = submissions.length
      ? await this.dataSource.getRepository(Need).find({
          where: { id: In(submissions.map((s) => s.needId)) },
          order: { publishedAt: 'ASC' },
        })
      : [];
    const records = await this.records(needs.filter(wasPublished));
    return {
      ...packageMeta(this.url(`/exhibitions/${exhibitionId}/ocds`), PUBLISHER),
      records,
    };
  }

  private async records(needs: Need[]) {
    if (needs.length === 0) return [];
    const events = (
      await this.dataSource.getRepository(AuditEntry).find({
        where: {
          subjectType: 'need',
          subjectId: In(needs.map((n) => n.id)),
          action: In(Object.keys(RELEASE_ACTIONS)),
        },
        order: { id: 'ASC' },
      })
    ).filter(isPublicEvent);
    const releases = await this.releasesFor(events);
    const facts = await this.facts(needs.map((n) => n.id));
    return needs.map((need) => {
      const ocid = ocidOf(this.prefix, need.id);
      const own = releases.filter((r) => r.ocid === ocid);
      const latest = own[own.length - 1];
      const compiled = {
        ...this.release(facts, need, {
          id: 'compiled',
          at: latest ? new Date(latest.date) : (need.publishedAt ?? need.updatedAt),
          event: STATUS_EVENT[need.status],
          upTo: null,
        }),
        tag: ['compiled'],
      };
      return { ocid, releases: own, compiledRelease: compiled };
    });
  }

  private async releasesFor(rows: EventRow[]): Promise<OcdsRelease[]> {
    if (rows.length === 0) return [];
    const needIds = [...new Set(rows.map((r) => r.subjectId))];
    const facts = await this.facts(needIds);
    return rows.flatMap((row) => {
      const need = facts.needs.get(row.subjectId);
      if (!need) return [];
      return [
        this.release(facts, need, {
          id: row.id,
          at: row.at,
          event: RELEASE_ACTIONS[row.action]!,
          upTo: row.id,
        }),
      ];
    });
  }

  /** Everything public the releases of these needs draw on, loaded at once. */
  private async facts(needIds: string[]) {
    const needs = await this.dataSource.getRepository(Need).find({ where: { id: In(needIds) } });
    const bids = await this.dataSource.getRepository(Bid).find({ where: { needId: In(needIds) } });
    const amendments = await this.dataSource.getRepository(AuditEntry).find({
      where: {
        subjectType: 'need',
        subjectId: In(needIds),
        action: In(['amend', 'amendment']),
      },
      order: { id: 'ASC' },
    });
    // The amendments of terms as the tender rules stored them (rationale, changed fields).
    const amendmentIds = amendments.flatMap((a) =>
      typeof a.after?.amendmentId === 'string' ? [a.after.amendmentId] : [],
    );
    const stored = amendmentIds.length
      ? await this.dataSource.getRepository(NeedAmendment).find({ where: { id: In(amendmentIds) } })
      : [];
    // Every release event, to name the release an amendment changed (the one before it).
    const events = await this.dataSource.getRepository(AuditEntry).find({
      where: {
        subjectType: 'need',
        subjectId: In(needIds),
        action: In(Object.keys(RELEASE_ACTIONS)),
      },
      select: { id: true, subjectId: true, action: true, before: true },
      order: { id: 'ASC' },
    });
    const orgIds = [
      ...new Set([...needs.map((n) => n.organizationId), ...bids.map((b) => b.organizationId)]),
    ];
    const orgs = await this.dataSource.getRepository(Organization).find({
      where: { id: In(orgIds) },
      select: { id: true, name: true, country: true, province: true },
    });
    return {
      needs: new Map(needs.map((n) => [n.id, n])),
      bids,
      amendments,
      stored: new Map(stored.map((a) => [a.id, a])),
      events: events.filter(isPublicEvent),
      orgs: new Map<string, OcdsOrganization>(orgs.map((o) => [o.id, o])),
    };
  }

  private release(
    facts: Awaited<ReturnType<OcdsService['facts']>>,
    need: Need,
    at: { id: string; at: Date; event: OcdsEvent; upTo: string | null },
  ) {
    const ocid = ocidOf(this.prefix, need.id);
    const org = (id: string): OcdsOrganization => facts.orgs.get(id) ?? { id, name: id };
    const needFacts: OcdsNeedFacts = {
      id: need.id,
      title: need.title,
      description: need.description,
      language: need.language,
      hsCodes: need.hsCodes,
      quantityPerYear: need.quantityPerYear,
      unit: need.unit,
      annualImportValue:
        need.annualImportValueAmount !== null && need.annualImportValueCurrency
          ? { amount: need.annualImportValueAmount, currency: need.annualImportValueCurrency }
          : null,
      publishedAt: need.publishedAt ?? need.createdAt,
      bidDeadline: need.bidDeadline,
      buyer: org(need.organizationId),
    };
    if (at.upTo !== null) rollBack(needFacts, laterTerms(facts, need.id, at.upTo));
    const amendments: OcdsAmendmentFact[] = facts.amendments
      .filter(
        (a) => a.subjectId === need.id && (at.upTo === null || BigInt(a.id) <= BigInt(at.upTo)),
      )
      .map((a): OcdsAmendmentFact => {
        const stored = facts.stored.get(String(a.after?.amendmentId ?? ''));
        const previous = facts.events.filter(
          (e) => e.subjectId === need.id && BigInt(e.id) < BigInt(a.id),
        );
        const amended = previous[previous.length - 1];
        return {
          id: stored ? `${ocid}-amendment-${stored.id}` : `${ocid}-${a.id}`,
          date: stored?.createdAt ?? a.at,
          rationale: stored?.rationale ?? String(a.after?.rationale ?? ''),
          description: stored ? termsDescription(stored) : amendmentDescription(a.after),
          ...(amended ? { amendsReleaseID: `${ocid}-${amended.id}` } : {}),
          releaseID: `${ocid}-${a.id}`,
        };
      });
    // The award's audit entry carries the transaction's start time, a moment before the bid's
    // decidedAt: the award release itself and the compiled release always show the award.
    const awardShown = (decidedAt: Date) =>
      at.event === 'award' || at.upTo === null || decidedAt <= at.at;
    const awarded = facts.bids.find(
      (b) =>
        b.needId === need.id && b.status === 'awarded' && !!b.decidedAt && awardShown(b.decidedAt),
    );
    // Bids are opened at the deadline (or by an award): before that no release names a
    // bidder, and a price appears only as the award's value.
    const opened = at.at.getTime() >= need.bidDeadline.getTime() || !!awarded;
    const bids = facts.bids.filter(
      (b) => b.needId === need.id && b.status !== 'withdrawn' && b.createdAt <= at.at,
    );
    const tenderers = opened ? bids.map((b) => org(b.organizationId)) : null;
    return buildRelease({
      ocid,
      releaseId: `${ocid}-${at.id}`,
      date: at.at,
      event: at.event,
      need: needFacts,
      amendments,
      tenderers,
      award: awarded
        ? {
            bidId: awarded.id,
            date: awarded.decidedAt!,
            value: { amount: awarded.priceAmount, currency: awarded.priceCurrency },
            supplier: org(awarded.organizationId),
          }
        : null,
    });
  }
}

/** The stored amendments of terms made after audit entry `upTo`, latest first. */
function laterTerms(
  facts: { amendments: AuditEntry[]; stored: Map<string, NeedAmendment> },
  needId: string,
  upTo: string,
): NeedAmendment[] {
  return facts.amendments
    .filter((a) => a.subjectId === needId && BigInt(a.id) > BigInt(upTo))
    .flatMap((a) => {
      const stored = facts.stored.get(String(a.after?.amendmentId ?? ''));
      return stored ? [stored] : [];
    })
    .reverse();
}

/** Puts back the public terms as they stood before these amendments: a release shows its day. */
function rollBack(need: OcdsNeedFacts, amendments: NeedAmendment[]) {
  for (const a of amendments) {
    for (const [field, change] of Object.entries(a.changes)) {
      const before = change.before;
      if (field === 'title' && typeof before === 'string') need.title = before;
      else if (field === 'description' && typeof before === 'string') need.description = before;
      else if (field === 'hsCodes' && Array.isArray(before)) need.hsCodes = before as string[];
      else if (field === 'quantityPerYear')
        need.quantityPerYear = typeof before === 'number' ? before : null;
      else if (field === 'unit') need.unit = typeof before === 'string' ? before : null;
      else if (field === 'bidDeadline' && typeof before === 'string')
        need.bidDeadline = new Date(before);
    }
  }
}

/** A cancelled draft was never published: no release for it. */
const isPublicEvent = (row: EventRow) =>
  !(row.action === 'cancel' && row.before?.status === 'draft');

/**
 * The fields an amendment of terms changed, in the product's words; the confidential
 * `details` never: neither its values nor that it changed.
 */
function termsDescription(a: NeedAmendment): string {
  const moved = a.deadlineExtended ? ' (the bid deadline moved with it)' : '';
  // A file's name may itself be confidential: only the kind of change is published.
  const file = a.changes.files;
  if (file) return `A tender document was ${file.after ? 'added' : 'removed'}${moved}`;
  const fields = Object.keys(a.changes).filter((f) => f !== 'details');
  return fields.length ? `Changed: ${fields.join(', ')}${moved}` : `Tender amended${moved}`;
}

function amendmentDescription(after: Record<string, unknown> | null): string {
  // A file's name may itself be confidential: only the kind of change is published.
  const file = after?.attachment as { change?: string } | undefined;
  if (file) return `A tender document was ${file.change ?? 'changed'}`;
  const changes = after?.changes as Record<string, unknown> | undefined;
  if (changes) return `Changed: ${Object.keys(changes).join(', ')}`;
  return 'Tender amended';
}

const encodeSeq = (id: string) => Buffer.from(`s:${id}`).toString('base64url');
function decodeSeq(cursor: string): string {
  const raw = Buffer.from(cursor, 'base64url').toString();
  const m = /^s:(\d{1,19})$/.exec(raw);
  if (!m)
    throw problems.validation([
      { field: 'cursor', message: 'cursor is not valid', code: 'invalidCursor' },
    ]);
  return m[1]!;
}
