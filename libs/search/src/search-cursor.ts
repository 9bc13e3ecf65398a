import { invalidCursor, openCursor, sealCursor } from '@niaz/core';

/** Search pages are offsets into Meilisearch's ranking, wrapped as an opaque cursor. */
export const MAX_SEARCH_OFFSET = 1000; // the indexes' maxTotalHits

export function encodeSearchCursor(offset: number): string {
  return sealCursor({ o: offset });
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
