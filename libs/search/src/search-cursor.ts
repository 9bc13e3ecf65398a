import { invalidCursor, openCursor, sealCursor } from '@niaz/core';

/** Search pages are offsets into Meilisearch's ranking, wrapped as an opaque cursor. */
export const MAX_SEARCH_OFFSET = 1000; // the indexes' maxTotalHits

/**
 * A page's cursor depends on its offset alone, and sealing hashes it (~2 % of the api's CPU
 * per search, issue 22): each of the MAX_SEARCH_OFFSET possible ones is sealed once.
 */
const sealed = new Map<number, string>();

export function encodeSearchCursor(offset: number): string {
  const known = sealed.get(offset);
  if (known !== undefined) return known;
  const cursor = sealCursor({ o: offset });
  if (Number.isInteger(offset) && offset >= 0 && offset < MAX_SEARCH_OFFSET)
    sealed.set(offset, cursor);
  return cursor;
}

export function decodeSearchCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const { o } = openCursor(cursor);
  if (typeof o === 'number' && Number.isInteger(o) && o >= 0 && o < MAX_SEARCH_OFFSET) return o;
  throw invalidCursor();
}

export function nextSearchCursor(offset: number, limit: number, total: number): string | null {
  const next = offset + limit;
  return next < Math.min(total, MAX_SEARCH_OFFSET) ? encodeSearchCursor(next) : null;
}
