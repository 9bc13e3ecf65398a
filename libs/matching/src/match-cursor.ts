import { CURSOR_UUID, invalidCursor, openCursor, sealCursor } from '@niaz/core';

/** Keyset over (score desc, other side's id desc): stable while matches are rewritten. */
export interface MatchCursor {
  s: number;
  id: string;
}

export function encodeMatchCursor(score: number, id: string): string {
  return sealCursor({ s: score, id } satisfies MatchCursor);
}

/** The key of a match cursor, checked (400 for anything this API did not make). */
export function decodeMatchCursor(cursor: string | undefined): MatchCursor | null {
  if (cursor === undefined) return null;
  const { s, id } = openCursor(cursor);
  if (typeof s === 'number' && s >= 0 && s <= 1 && typeof id === 'string' && CURSOR_UUID.test(id))
    return { s, id };
  throw invalidCursor();
}
