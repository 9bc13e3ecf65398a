import { createHash } from 'node:crypto';

/** Whole catalogs kept per api process: a fair's catalog is read far more than it changes. */
const MAX_ENTRIES = 200;
const MAX_BYTES = 64 * 1024 * 1024;

interface Entry {
  value: unknown;
  bytes: number;
}

/**
 * Built catalogs (JSON, CSV, PDF) keyed by what they were built from: the exhibition, the
 * format and language, and the catalog's version (see CatalogService.version: it changes
 * whenever the exhibition, an approved submission, one of its needs or their organisations
 * change). A change makes a new key, so nothing is ever served stale; old versions fall out
 * least-recently-used first, within 200 entries and 64 MB.
 */
export class CatalogCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  get<T>(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value as T;
  }

  set(key: string, value: unknown, bytes: number): void {
    if (bytes > MAX_BYTES / 4) return;
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.bytes;
      this.entries.delete(key);
    }
    this.entries.set(key, { value, bytes });
    this.bytes += bytes;
    for (const [k, e] of this.entries) {
      if (this.entries.size <= MAX_ENTRIES && this.bytes <= MAX_BYTES) break;
      this.entries.delete(k);
      this.bytes -= e.bytes;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

/** A strong ETag from the parts a representation depends on. */
export function catalogEtag(...parts: string[]): string {
  return `"${createHash('sha256').update(parts.join('|')).digest('base64url').slice(0, 27)}"`;
}

/** Whether an `If-None-Match` header matches `etag` (a list, `*`, or weak forms). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .includes(etag);
}
