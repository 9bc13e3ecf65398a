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
> & { sealedHash?: string | null };

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
        // Only folded sealed events carry it; absent, the hash is what it always was.
        sealedHash: e.sealedHash ?? undefined,
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
 * The first event of needs created in the caller's transaction (nobody else sees them yet, so
 * no chain lock): each opens its chain, inserted together.
 */
export async function recordFirstNeedEvents(m: EntityManager, events: NeedEvent[]): Promise<void> {
  const repo = m.getRepository(NeedAuditEntry);
  const at = new Date();
  const entries = events.map((e) => firstNeedEntry(m, e, at));
  for (let i = 0; i < entries.length; i += 500)
    await repo.insert(entries.slice(i, i + 500) as Parameters<typeof repo.insert>[0]);
}

/** The entry that opens a new need's chain (seq 1, after the genesis hash). */
export function firstNeedEntry(m: EntityManager, e: NeedEvent, at = new Date()): NeedAuditEntry {
  const entry = m.getRepository(NeedAuditEntry).create({
    needId: e.needId,
    seq: 1,
    type: e.type,
    actorId: e.actorId,
    bidId: null,
    organizationId: e.organizationId ?? null,
    data: e.data ?? {},
    at,
    prevHash: GENESIS_HASH,
  });
  entry.hash = entryHash(entry);
  return entry;
}

/**
 * The opening: the sealed bids' waiting events join the need's chain in the order they
 * happened, each re-hashed in its place. Answers how many joined.
 */
export async function foldSealedEvents(m: EntityManager, needId: string): Promise<number> {
  await lockChain(m, needId);
  const repo = m.getRepository(NeedAuditEntry);
  // In the order they were appended (ids grow under the chain's lock), which is each bid's
  // waiting-chain order too; clocks of two api processes may disagree on `at`.
  const waiting = await repo.find({
    where: { needId, seq: IsNull() },
    order: { id: 'ASC' },
  });
  if (waiting.length === 0) return 0;
  const last = await repo.findOne({
    where: { needId, seq: Not(IsNull()) },
    order: { seq: 'DESC' },
  });
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  for (const entry of waiting) {
    // Kept as it was while sealed: re-hashing alone would bless an edit made meanwhile.
    entry.sealedPrevHash = entry.prevHash;
    entry.sealedHash = entry.hash;
    entry.seq = ++seq;
    entry.prevHash = prevHash;
    entry.hash = entryHash(entry);
    prevHash = entry.hash;
    await repo.update(entry.id, {
      seq: entry.seq,
      prevHash: entry.prevHash,
      hash: entry.hash,
      sealedPrevHash: entry.sealedPrevHash,
      sealedHash: entry.sealedHash,
    });
  }
  return waiting.length;
}

/** Whether a folded sealed event still matches its waiting chain (its bid's, before the opening). */
function sealedPartHolds(entry: NeedAuditEntry, lastSealed: Map<string, string>): boolean {
  if (entry.sealedHash === null && entry.sealedPrevHash === null) return true;
  if (!entry.bidId || entry.sealedHash === null || entry.sealedPrevHash === null) return false;
  const asWaiting = entryHash({
    ...entry,
    seq: null,
    prevHash: entry.sealedPrevHash,
    sealedHash: null,
  });
  const linked = entry.sealedPrevHash === (lastSealed.get(entry.bidId) ?? GENESIS_HASH);
  lastSealed.set(entry.bidId, entry.sealedHash);
  return linked && asWaiting === entry.sealedHash;
}

/**
 * The first entry (its seq, or the id of a waiting one) whose hash or link does not hold:
 * in the need's chain, and for events that waited sealed, in their bid's waiting chain too.
 */
export function firstBrokenEntry(chain: NeedAuditEntry[], expectSeq: boolean): string | null {
  let prevHash = GENESIS_HASH;
  let seq = 0;
  const lastSealed = new Map<string, string>();
  for (const entry of chain) {
    seq += 1;
    const placeOk = expectSeq ? entry.seq === seq : entry.seq === null;
    if (
      !placeOk ||
      entry.prevHash !== prevHash ||
      entry.hash !== entryHash(entry) ||
      !sealedPartHolds(entry, lastSealed)
    )
      return expectSeq ? String(entry.seq ?? seq) : entry.id;
    prevHash = entry.hash;
  }
  return null;
}
