import { problems } from '@niaz/core';

/** Keyset over (score desc, other side's id desc): stable while matches are rewritten. */
export interface MatchCursor {
  s: number;
  id: string;
}

export function encodeMatchCursor(score: number, id: string): string {
  return Buffer.from(JSON.stringify({ s: score, id } satisfies MatchCursor)).toString('base64url');
}

export function decodeMatchCursor(cursor: string | undefined): MatchCursor | null {
  if (cursor === undefined) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as MatchCursor;
    if (
      typeof key.s === 'number' &&
      key.s >= 0 &&
      key.s <= 1 &&
      typeof key.id === 'string' &&
      /^[0-9a-f-]{36}$/i.test(key.id)
    )
      return key;
  } catch {
    // answered below
  }
  throw problems.validation([
    { field: 'cursor', message: 'cursor is not valid', code: 'invalidCursor' },
  ]);
}
