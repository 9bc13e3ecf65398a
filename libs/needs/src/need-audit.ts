import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { IsNull, Not } from 'typeorm';
import { NeedAuditEntry } from './need-audit-entry.entity';

/** The `prevHash` of a chain's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth: jsonb keeps no key order, the hash must not care. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

type Hashed = Pick<
  NeedAuditEntry,
  'needId' | 'seq' | 'type' | 'actorId' | 'bidId' | 'organizationId' | 'data' | 'at' | 'prevHash'
>;

/** SHA-256 (hex) of everything an entry says, its place in the chain and the previous hash. */
export function entryHash(e: Hashed): string {
  return createHash('sha256')
    .update(
      canonicalJson({
        needId: e.needId,
        seq: e.seq,
        type: e.type,
        actorId: e.actorId,
        bidId: e.bidId,
        organizationId: e.organizationId,
        data: e.data,
        at: new Date(e.at).toISOString(),
        prevHash: e.prevHash,
      }),
    )
    .digest('hex');
}

export interface NeedEvent {
  needId: string;
  type: string;
  actorId: string | null;
  data?: Record<string, unknown>;
  bidId?: string | null;
  organizationId?: string | null;
  /** A bid's event on a sealed need before its opening: kept outside the need's chain. */
  sealed?: boolean;
}

/** Serialises the appends of one need (any path, any lock mode) until the transaction ends. */
async function lockChain(m: EntityManager, needId: string): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 1797100))`, [needId]);
}

/** Appends an event to the need's chain (or a sealed bid's waiting chain) in the caller's transaction. */
export async function recordNeedEvent(m: EntityManager, e: NeedEvent): Promise<void> {
  await lockChain(m, e.needId);
  const repo = m.getRepository(NeedAuditEntry);
  const bidId = e.bidId ?? null;
  let seq: number | null = null;
  let prevHash = GENESIS_HASH;
  if (e.sealed && bidId) {
    const last = await repo.findOne({
      where: { needId: e.needId, bidId, seq: IsNull() },
      order: { id: 'DESC' },
    });
    if (last) prevHash = last.hash;
  } else {
    const last = await repo.findOne({
      where: { needId: e.needId, seq: Not(IsNull()) },
      order: { seq: 'DESC' },
    });
    seq = (last?.seq ?? 0) + 1;
    if (last) prevHash = last.hash;
  }
  const entry = repo.create({
    needId: e.needId,
    seq,
    type: e.type,
    actorId: e.actorId,
    bidId,
    organizationId: e.organizationId ?? null,
    data: e.data ?? {},
    at: new Date(),
    prevHash,
  });
  entry.hash = entryHash(entry);
  await repo.save(entry);
}

/**
 * The first event of a need inserted in the caller's transaction: its chain is empty and
 * nobody else can see the need yet, so it is entry 1 after the genesis hash, written in one
 * statement (no lock, no read of the last entry: two round trips less per POST /needs).
 */
export async function recordFirstNeedEvent(
  m: EntityManager,
  e: Pick<NeedEvent, 'needId' | 'type' | 'actorId'>,
): Promise<void> {
  const entry = {
    needId: e.needId,
    seq: 1,
    type: e.type,
    actorId: e.actorId,
    bidId: null,
    organizationId: null,
    data: {},
    at: new Date(),
    prevHash: GENESIS_HASH,
  };
  await m.query(
    `INSERT INTO need_audit_entry ("needId", seq, type, "actorId", "bidId", "organizationId", data, at, "prevHash", hash)
     VALUES ($1, 1, $2, $3, NULL, NULL, '{}', $4, $5, $6)`,
    [e.needId, e.type, e.actorId, entry.at, GENESIS_HASH, entryHash(entry)],
  );
}

/**
 * The opening: the sealed bids' waiting events join the need's chain in the order they
 * happened, each re-hashed in its place. Answers how many joined.
 */
export async function foldSealedEvents(m: EntityManager, needId: string): Promise<number> {
  await lockChain(m, needId);
  const repo = m.getRepository(NeedAuditEntry);
  const waiting = await repo.find({
    where: { needId, seq: IsNull() },
    order: { at: 'ASC', id: 'ASC' },
  });
  if (waiting.length === 0) return 0;
  const last = await repo.findOne({
    where: { needId, seq: Not(IsNull()) },
    order: { seq: 'DESC' },
  });
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  for (const entry of waiting) {
    entry.seq = ++seq;
    entry.prevHash = prevHash;
    entry.hash = entryHash(entry);
    prevHash = entry.hash;
    await repo.update(entry.id, { seq: entry.seq, prevHash: entry.prevHash, hash: entry.hash });
  }
  return waiting.length;
}

/** The first entry (its seq, or the id of a waiting one) whose hash or link does not hold. */
export function firstBrokenEntry(chain: NeedAuditEntry[], expectSeq: boolean): string | null {
  let prevHash = GENESIS_HASH;
  let seq = 0;
  for (const entry of chain) {
    seq += 1;
    const placeOk = expectSeq ? entry.seq === seq : entry.seq === null;
    if (!placeOk || entry.prevHash !== prevHash || entry.hash !== entryHash(entry))
      return expectSeq ? String(entry.seq ?? seq) : entry.id;
    prevHash = entry.hash;
  }
  return null;
}
