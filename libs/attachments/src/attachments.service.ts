import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import {
  AppConfig,
  decodeCursor,
  encodeCursor,
  PageQueryDto,
  ProblemException,
  problems,
  wireTime,
} from '@niaz/core';
import { Bid } from '@niaz/bids';
import { Capability } from '@niaz/capabilities';
import { Organization, Principal, User } from '@niaz/identity';
import { QueueRegistry } from '@niaz/jobs';
import {
  assertOwner,
  assertVisible,
  bidsOpened,
  isEditable,
  isNeedOwner,
  Need,
  NeedsService,
} from '@niaz/needs';
import { DataSource, EntityManager, In, IsNull, LessThan } from 'typeorm';
import { Attachment, AttachmentTarget } from './attachment.entity';
import { AttachmentDownload } from './attachment-download.entity';
import { attachmentView } from './attachment.view';
import { CreateAttachmentDto } from './dto/attachment.dto';
import type * as responses from './dto/attachment.response';
import {
  attachmentDisposition,
  detectKind,
  fileNameProblem,
  KIND_RULES,
  kindOfDeclared,
} from './file-types';
import { ObjectStorage } from './object-storage.service';
import { DEFAULT_ZIP_LIMITS, inspectZip, ZipRefusal } from './zip-check';

/** Presigned upload URLs live this long; a pending upload older than the sweep age is removed. */
export const UPLOAD_URL_TTL_SECONDS = 15 * 60;
export const DOWNLOAD_URL_TTL_SECONDS = 60;
export const PENDING_SWEEP_AGE_MS = 60 * 60 * 1000;
/** A file still without a checksum this long after completion lost its job: the sweep does it. */
const CHECKSUM_GRACE_MS = 5 * 60 * 1000;

const MB = 1024 * 1024;

/** What a reader may do with a target's files. */
interface Access {
  /** Confidential files included (need: owner or NDA; organisation/capability: members). */
  confidential: boolean;
  /** Downloads by this reader are logged (confidential need files, bid files). */
  logged: boolean;
  /** The reader's organisation as recorded in the download log. */
  readerOrganizationId: string | null;
}

const frozen = () =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'bid-frozen',
    'Conflict',
    "A bid's files can change only while bidding is open.",
  );

@Injectable()
export class AttachmentsService {
  private readonly logger = new Logger(AttachmentsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: ObjectStorage,
    private readonly needs: NeedsService,
    private readonly config: AppConfig,
    private readonly queues: QueueRegistry,
  ) {}

  /** Records the file as pending and hands back a presigned PUT; nothing is stored before the checks. */
  async create(
    principal: Principal,
    dto: CreateAttachmentDto,
  ): Promise<responses.AttachmentUploadResponse> {
    const nameProblem = fileNameProblem(dto.name);
    if (nameProblem) throw problems.validation([{ field: 'name', ...nameProblem }]);
    const name = dto.name.normalize('NFC');
    const kind = kindOfDeclared(name, dto.contentType);
    if (!kind)
      throw problems.validation([
        {
          field: 'contentType',
          code: 'fileTypeNotAccepted',
          message:
            'only PDF, PNG, JPEG, DXF, DWG, STEP/STP and ZIP files are accepted, with a matching name',
        },
      ]);
    const maxBytes = this.config.env.ATTACHMENT_MAX_MB * MB;
    if (dto.size > maxBytes)
      throw tooLarge(
        `size must be at most ${this.config.env.ATTACHMENT_MAX_MB} MB`,
        'attachmentTooLarge',
        this.config.env.ATTACHMENT_MAX_MB,
      );
    const attachment = await this.dataSource.transaction(async (m) => {
      const organizationId = await this.assertMayChange(
        m,
        principal,
        dto.target.type,
        dto.target.id,
        {
          rationale: dto.rationale,
          change: 'added',
          name,
          confidential: dto.confidential ?? false,
        },
      );
      if (dto.target.type === 'need') await this.assertNeedRoom(m, dto.target.id, dto.size);
      const id = randomUUID();
      return m.save(
        m.create(Attachment, {
          id,
          targetType: dto.target.type,
          targetId: dto.target.id,
          organizationId,
          uploadedById: principal.userId,
          name,
          size: dto.size,
          kind,
          contentType: KIND_RULES[kind].contentType,
          // A bid's files are sealed with the bid whatever the flag says.
          confidential: dto.target.type === 'bid' ? true : (dto.confidential ?? false),
          status: 'pending',
          checksum: null,
          objectKey: `${dto.target.type}/${dto.target.id}/${id}`,
          completedAt: null,
          amendmentRationale: dto.target.type === 'need' ? (dto.rationale ?? null) : null,
        }),
      );
    });
    const uploadUrl = await this.storage.presignPut(
      attachment.objectKey,
      attachment.contentType,
      attachment.size,
      UPLOAD_URL_TTL_SECONDS,
    );
    return {
      ...attachmentView(attachment),
      uploadUrl,
      uploadExpiresAt: new Date(Date.now() + UPLOAD_URL_TTL_SECONDS * 1000).toISOString(),
    };
  }

  /**
   * Checks what was uploaded: the size declared, bytes of the declared kind (its first bytes;
   * one ranged read gives both). A mismatch removes the object and the row, so nothing stays half-way.
   */
  async complete(principal: Principal, id: string): Promise<responses.AttachmentResponse> {
    const attachment = await this.findOwn(principal, id);
    if (attachment.status === 'available') return attachmentView(attachment);
    if (attachment.targetType === 'bid')
      await this.assertBidOpen(this.dataSource.manager, attachment.targetId, true);
    const stored = await this.storage.readStart(attachment.objectKey);
    if (!stored)
      throw problems.conflict(
        'Nothing was uploaded yet: PUT the bytes to uploadUrl first.',
        'not-uploaded',
      );
    if (stored.size !== attachment.size) {
      await this.discard(attachment);
      throw problems.validation([
        {
          field: 'size',
          code: 'sizeMismatch',
          params: { uploaded: stored.size, declared: attachment.size },
          message: `the upload has ${stored.size} bytes, ${attachment.size} were declared`,
        },
      ]);
    }
    const detected = detectKind(stored.head);
    if (detected !== attachment.kind) {
      await this.discard(attachment);
      throw problems.validation([
        {
          field: 'contentType',
          code: detected ? 'fileTypeMismatch' : 'fileBytesNotAccepted',
          params: {
            detected: (detected ?? '').toUpperCase(),
            declared: attachment.kind.toUpperCase(),
          },
          message: `the bytes are ${detected ? `a ${detected.toUpperCase()} file` : 'not an accepted file type'}, not ${attachment.kind.toUpperCase()}`,
        },
      ]);
    }
    if (detected === 'zip') await this.assertSafeArchive(attachment);
    attachment.status = 'available';
    attachment.completedAt = new Date();
    await this.dataSource.transaction(async (m) => {
      if (attachment.targetType === 'need') {
        const need = await m.findOne(Need, {
          where: { id: attachment.targetId },
          lock: { mode: 'pessimistic_write' },
        });
        if (!need || !isEditable(need.status)) {
          await this.discard(attachment);
          throw problems.illegalTransition(need?.status ?? 'gone', 'attach');
        }
        // Only now, with the bytes checked, is the published need amended.
        if (need.status !== 'draft')
          await this.recordFileAmendment(m, principal.userId, need, {
            rationale: attachment.amendmentRationale ?? '',
            change: 'added',
            name: attachment.name,
            confidential: attachment.confidential,
          });
      }
      await m.save(attachment);
    });
    // The checksum reads the whole object: the worker does it, off the request. A job lost
    // here is made up by the sweep, which checksums what is still without one.
    await this.queues
      .add('attachments.checksum', { attachmentId: id }, { jobId: `checksum-${id}` })
      .catch((e: unknown) => this.logger.warn(`checksum job for ${id} not queued: ${String(e)}`));
    return attachmentView(attachment);
  }

  /** The target's files the caller may see (confidential ones only for those who may read them). */
  async list(
    principal: Principal | undefined,
    targetType: AttachmentTarget,
    targetId: string,
  ): Promise<responses.AttachmentListResponse> {
    const access = await this.readAccess(principal, targetType, targetId);
    const rows = await this.dataSource.getRepository(Attachment).find({
      where: {
        targetType,
        targetId,
        status: 'available',
        ...(access.confidential ? {} : { confidential: false }),
      },
      order: { createdAt: 'ASC', seq: 'ASC' },
    });
    return { items: rows.map(attachmentView) };
  }

  /** A presigned download URL (60 s) after the access check; confidential and sealed reads are logged. */
  async download(
    principal: Principal | undefined,
    id: string,
  ): Promise<responses.AttachmentDownloadUrlResponse> {
    const attachment = await this.dataSource
      .getRepository(Attachment)
      .findOneBy({ id, status: 'available' });
    if (!attachment) throw problems.notFound('Attachment');
    const access = await this.readAccess(principal, attachment.targetType, attachment.targetId);
    if (attachment.confidential && !access.confidential) {
      if (!principal) throw problems.unauthorized();
      throw attachment.targetType === 'need'
        ? new ProblemException(
            HttpStatus.FORBIDDEN,
            'nda-required',
            'Forbidden',
            'Accept the need’s NDA to download its confidential files.',
          )
        : problems.notFound('Attachment');
    }
    if (principal && attachment.confidential && access.logged) {
      await this.dataSource.getRepository(AttachmentDownload).insert({
        attachmentId: id,
        userId: principal.userId,
        organizationId: access.readerOrganizationId,
      });
    }
    const url = await this.storage.presignGet(
      attachment.objectKey,
      attachmentDisposition(attachment.name),
      attachment.contentType,
      DOWNLOAD_URL_TTL_SECONDS,
    );
    return { url, expiresAt: new Date(Date.now() + DOWNLOAD_URL_TTL_SECONDS * 1000).toISOString() };
  }

  /** Who downloaded the file, newest first: for the organisation that owns it. */
  async downloads(
    principal: Principal,
    id: string,
    query: PageQueryDto,
  ): Promise<responses.AttachmentDownloadPageResponse> {
    const attachment = await this.dataSource.getRepository(Attachment).findOneBy({ id });
    if (!attachment || !(principal.isMemberOf(attachment.organizationId) || principal.isAdmin))
      throw problems.notFound('Attachment');
    const limit = query.limit ?? 20;
    const key = query.cursor ? decodeCursor(query.cursor) : null;
    const rows: Array<{
      id: string;
      seq: string;
      userId: string;
      organizationId: string | null;
      downloadedAt: Date;
    }> = await this.dataSource.query(
      `SELECT d.id, d.seq, d."userId", d."organizationId", d."downloadedAt"
         FROM attachment_download d
        WHERE d."attachmentId" = $1 AND ($2::timestamptz IS NULL OR (d."downloadedAt", d.seq) < ($2, $3::bigint))
        ORDER BY d."downloadedAt" DESC, d.seq DESC LIMIT $4`,
      [id, key?.t ?? null, key?.k ?? null, limit + 1],
    );
    // Names through identity's entities: this lib's SQL names only its own tables.
    const users = await this.dataSource.getRepository(User).find({
      where: { id: In([...new Set(rows.map((r) => r.userId))]) },
      select: { id: true, name: true },
    });
    const orgIds = [...new Set(rows.flatMap((r) => (r.organizationId ? [r.organizationId] : [])))];
    const orgs = orgIds.length
      ? await this.dataSource
          .getRepository(Organization)
          .find({ where: { id: In(orgIds) }, select: { id: true, name: true } })
      : [];
    const userName = new Map(users.map((u) => [u.id, u.name]));
    const orgName = new Map(orgs.map((o) => [o.id, o.name]));
    const page = rows.slice(0, limit);
    const items = page.map(({ seq: _seq, ...r }) => ({
      ...r,
      downloadedAt: wireTime(r.downloadedAt),
      userName: userName.get(r.userId) ?? '',
      organizationName: r.organizationId ? (orgName.get(r.organizationId) ?? null) : null,
    }));
    const last = page[page.length - 1];
    return {
      items,
      nextCursor:
        rows.length > limit && last ? encodeCursor(new Date(last.downloadedAt), last.seq) : null,
    };
  }

  /** Removes a file (a published need's: an amendment; a bid's: only while bidding is open). */
  async remove(principal: Principal, id: string, rationale?: string): Promise<void> {
    const attachment = await this.findOwn(principal, id);
    // An upload that never completed was never part of the target: nothing to amend.
    if (attachment.status === 'pending') return this.discard(attachment);
    await this.dataSource.transaction(async (m) => {
      await this.assertMayChange(m, principal, attachment.targetType, attachment.targetId, {
        rationale,
        change: 'removed',
        name: attachment.name,
        confidential: attachment.confidential,
      });
      await m.delete(AttachmentDownload, { attachmentId: id });
      await m.delete(Attachment, { id });
    });
    await this.storage.remove(attachment.objectKey).catch((e: unknown) => {
      this.logger.warn(`could not remove object ${attachment.objectKey}: ${String(e)}`);
    });
  }

  /** Records the SHA-256 of an available file's bytes (idempotent). */
  async recordChecksum(id: string): Promise<string | null> {
    const attachment = await this.dataSource.getRepository(Attachment).findOneBy({ id });
    if (!attachment || attachment.status !== 'available') return null;
    if (attachment.checksum) return attachment.checksum;
    const checksum = await this.storage.sha256(attachment.objectKey);
    await this.dataSource
      .getRepository(Attachment)
      .update({ id, checksum: IsNull() }, { checksum });
    return checksum;
  }

  /**
   * Removes uploads that never completed (their objects too) and checksums available files
   * whose checksum job was lost. Returns how many uploads went.
   */
  async sweepAbandoned(olderThanMs = PENDING_SWEEP_AGE_MS): Promise<number> {
    const repo = this.dataSource.getRepository(Attachment);
    const stale = await repo.find({
      where: { status: 'pending', createdAt: LessThan(new Date(Date.now() - olderThanMs)) },
      take: 200,
    });
    for (const attachment of stale) await this.discard(attachment);
    const unsummed = await repo.find({
      where: {
        status: 'available',
        checksum: IsNull(),
        completedAt: LessThan(new Date(Date.now() - CHECKSUM_GRACE_MS)),
      },
      take: 50,
    });
    for (const attachment of unsummed) await this.recordChecksum(attachment.id);
    return stale.length;
  }

  /**
   * A ZIP is opened before it is offered to anyone: only accepted kinds inside, no bomb, no
   * encryption, no name leaving its folder, nesting bounded. A refused archive is removed.
   */
  private async assertSafeArchive(attachment: Attachment) {
    const dir = await mkdtemp(join(tmpdir(), 'niaz-zip-'));
    try {
      const path = join(dir, 'archive.zip');
      await this.storage.downloadTo(attachment.objectKey, path);
      await inspectZip(path, {
        ...DEFAULT_ZIP_LIMITS,
        // An archive may unpack to ten times the upload limit, never more than the default cap.
        maxTotalBytes: Math.min(
          DEFAULT_ZIP_LIMITS.maxTotalBytes,
          10 * this.config.env.ATTACHMENT_MAX_MB * MB,
        ),
      });
    } catch (e) {
      if (!(e instanceof ZipRefusal)) throw e;
      await this.discard(attachment);
      throw archiveRefused(e);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  private async discard(attachment: Attachment): Promise<void> {
    await this.storage.remove(attachment.objectKey).catch((e: unknown) => {
      this.logger.warn(`could not remove object ${attachment.objectKey}: ${String(e)}`);
    });
    await this.dataSource.getRepository(Attachment).delete({ id: attachment.id });
  }

  private async findOwn(principal: Principal, id: string) {
    const attachment = await this.dataSource.getRepository(Attachment).findOneBy({ id });
    if (!attachment || !principal.isMemberOf(attachment.organizationId))
      throw problems.notFound('Attachment');
    return attachment;
  }

  /**
   * A published need's file change is an amendment like a change of its terms (bidders
   * re-confirm, a late change moves the deadline; see NeedsService.recordAmendment). A
   * confidential file's name stays out of the amendment, the audit trail and the record.
   */
  private recordFileAmendment(
    m: EntityManager,
    actorId: string,
    need: Need,
    change: { rationale: string; change: 'added' | 'removed'; name: string; confidential: boolean },
  ) {
    const file = {
      change: change.change,
      confidential: change.confidential,
      ...(change.confidential ? {} : { name: change.name }),
    };
    const shown = { confidential: file.confidential, ...(file.name ? { name: file.name } : {}) };
    const files =
      change.change === 'added' ? { before: null, after: shown } : { before: shown, after: null };
    return this.needs.recordAmendment(m, actorId, need, { files }, change.rationale, undefined, {
      audit: { attachment: file, rationale: change.rationale },
      event: { file },
    });
  }

  /**
   * Who may add or remove files on a target: the organisation that owns it, while the target
   * may change. Returns that organisation. A published need's change is an amendment: it
   * needs a rationale and is written to the need's audit trail.
   */
  private async assertMayChange(
    m: EntityManager,
    principal: Principal,
    type: AttachmentTarget,
    targetId: string,
    change: {
      rationale?: string;
      change: 'added' | 'removed';
      name: string;
      confidential: boolean;
    },
  ): Promise<string> {
    switch (type) {
      case 'need': {
        const need = await m.findOne(Need, {
          where: { id: targetId },
          lock: { mode: 'pessimistic_write' },
        });
        assertOwner(principal, need);
        if (!isEditable(need.status)) throw problems.illegalTransition(need.status, 'attach');
        // From publication on (not from the first bid, which would tell the owner that bids
        // exist) a change of the need's files is an amendment.
        if (need.status !== 'draft') {
          if (!change.rationale)
            throw problems.validation([
              {
                field: 'rationale',
                code: 'fileAmendmentRationale',
                message:
                  'this need is published: changing its files is an amendment and needs a rationale',
              },
            ]);
          // An added file amends the need when its upload completes (see complete).
          if (change.change === 'removed')
            await this.recordFileAmendment(m, principal.userId, need, {
              ...change,
              rationale: change.rationale,
            });
        }
        return need.organizationId;
      }
      case 'bid': {
        const bid = await m.findOneBy(Bid, { id: targetId });
        if (!bid || !principal.isMemberOf(bid.organizationId)) throw problems.notFound('Bid');
        if (bid.status !== 'submitted' && bid.status !== 'shortlisted') throw frozen();
        await this.assertBidOpen(m, bid.id, false, bid);
        return bid.organizationId;
      }
      case 'capability': {
        const capability = await m.findOneBy(Capability, { id: targetId });
        if (!capability) throw problems.notFound('Capability');
        if (!principal.isMemberOf(capability.organizationId))
          throw problems.forbidden('Only the capability’s organisation may change its files.');
        return capability.organizationId;
      }
      case 'organization': {
        if (!(await m.existsBy(Organization, { id: targetId })))
          throw problems.notFound('Organization');
        if (!principal.isMemberOf(targetId))
          throw problems.forbidden('Only the organisation’s members may change its files.');
        return targetId;
      }
    }
  }

  /** A bid's files freeze with the bid when bidding closes (the deadline, then opening). */
  private async assertBidOpen(m: EntityManager, bidId: string, lookup: boolean, known?: Bid) {
    const bid = known ?? (lookup ? await m.findOneBy(Bid, { id: bidId }) : null);
    if (!bid) throw problems.notFound('Bid');
    if (bid.status === 'withdrawn') throw frozen();
    const need = await m.findOneBy(Need, { id: bid.needId });
    if (!need || need.status !== 'open' || need.bidDeadline.getTime() <= Date.now()) throw frozen();
  }

  private async assertNeedRoom(m: EntityManager, needId: string, size: number) {
    const [{ total }] = await m.query(
      `SELECT COALESCE(SUM(size), 0)::bigint AS total FROM attachment WHERE "targetType" = 'need' AND "targetId" = $1`,
      [needId],
    );
    const limit = this.config.env.ATTACHMENT_MAX_MB_PER_NEED * MB;
    if (Number(total) + size > limit)
      throw tooLarge(
        `a need's files may total at most ${this.config.env.ATTACHMENT_MAX_MB_PER_NEED} MB`,
        'needFilesTooLarge',
        this.config.env.ATTACHMENT_MAX_MB_PER_NEED,
      );
  }

  /**
   * What `principal` may read of a target's files. Throws as the target itself would: 404 for
   * what the caller may not know exists (a bid's files before opening, for the owner too).
   */
  private async readAccess(
    principal: Principal | undefined,
    type: AttachmentTarget,
    targetId: string,
  ): Promise<Access> {
    const none: Access = { confidential: false, logged: false, readerOrganizationId: null };
    switch (type) {
      case 'need': {
        const need = await this.dataSource.getRepository(Need).findOneBy({ id: targetId });
        assertVisible(principal, need);
        if (isNeedOwner(principal, need))
          return { confidential: true, logged: false, readerOrganizationId: need.organizationId };
        if (principal?.isAdmin)
          return { confidential: true, logged: true, readerOrganizationId: null };
        const signer = principal ? await this.needs.ndaOrganization(principal, need) : undefined;
        return signer ? { confidential: true, logged: true, readerOrganizationId: signer } : none;
      }
      case 'bid': {
        const bid = principal
          ? await this.dataSource.getRepository(Bid).findOneBy({ id: targetId })
          : null;
        if (!principal || !bid) throw problems.notFound('Bid');
        if (principal.isMemberOf(bid.organizationId))
          return { confidential: true, logged: false, readerOrganizationId: bid.organizationId };
        const need = await this.dataSource.getRepository(Need).findOneBy({ id: bid.needId });
        // Before opening a sealed need's bids exist for nobody but their authors, the owner
        // included; a withdrawn bid's files stay sealed for good.
        if (
          !need ||
          !isNeedOwner(principal, need) ||
          bid.status === 'withdrawn' ||
          !bidsOpened(need)
        )
          throw problems.notFound('Bid');
        return { confidential: true, logged: true, readerOrganizationId: need.organizationId };
      }
      case 'capability': {
        const capability = await this.dataSource
          .getRepository(Capability)
          .findOneBy({ id: targetId });
        if (!capability) throw problems.notFound('Capability');
        const member = !!principal?.isMemberOf(capability.organizationId);
        return {
          confidential: member,
          logged: false,
          readerOrganizationId: capability.organizationId,
        };
      }
      case 'organization': {
        if (!(await this.dataSource.getRepository(Organization).existsBy({ id: targetId })))
          throw problems.notFound('Organization');
        const member = !!principal?.isMemberOf(targetId);
        return { confidential: member, logged: false, readerOrganizationId: targetId };
      }
    }
  }
}

/** 422 `archive-refused`: the field error's code says why, `params.entry` which entry. */
const archiveRefused = (e: ZipRefusal) =>
  new ProblemException(
    HttpStatus.UNPROCESSABLE_ENTITY,
    'archive-refused',
    'Archive refused',
    'The ZIP file holds something Niaz does not accept.',
    [
      {
        field: 'file',
        message: e.message,
        code: e.code,
        ...(e.entry ? { params: { entry: e.entry } } : {}),
      },
    ],
  );

const tooLarge = (message: string, code: string, limit: number) =>
  new ProblemException(HttpStatus.PAYLOAD_TOO_LARGE, 'too-large', 'Too large', message, [
    { field: 'size', message, code, params: { limit } },
  ]);
