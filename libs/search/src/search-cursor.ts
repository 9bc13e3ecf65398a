import { problems } from '@niaz/core';

/** Search pages are offsets into Meilisearch's ranking, wrapped as an opaque cursor. */
export const MAX_SEARCH_OFFSET = 1000; // the indexes' maxTotalHits

export function encodeSearchCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

export function decodeSearchCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  try {
    const { o } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o: unknown };
    if (typeof o === 'number' && Number.isInteger(o) && o >= 0 && o < MAX_SEARCH_OFFSET) return o;
  } catch {
    // answered below
  }
  throw problems.validation([
    { field: 'cursor', message: 'cursor is not valid', code: 'invalidCursor' },
  ]);
}

export function nextSearchCursor(offset: number, limit: number, total: number): string | null {
  const next = offset + limit;
  return next < Math.min(total, MAX_SEARCH_OFFSET) ? encodeSearchCursor(next) : null;
}
