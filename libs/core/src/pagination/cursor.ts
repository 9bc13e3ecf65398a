import { createHash } from 'node:crypto';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateBy } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { problems, ProblemException } from '../errors/problem';
import { stacked } from '../dto/fields';

/**
 * A cursor this API made (its check tag holds), checked while the query is validated, so
 * that a list which answers early (empty, sealed) still refuses a forged one.
 */
export function IsCursor(): PropertyDecorator {
  return ValidateBy({
    name: 'invalidCursor',
    validator: {
      validate: (value: unknown) => {
        if (typeof value !== 'string') return false;
        try {
          openCursor(value);
          return true;
        } catch {
          return false;
        }
      },
      defaultMessage: () => 'cursor is not valid',
    },
  });
}

/** `limit` of a list query: a page of 1 to 100 items (the query string's text read as a number). */
export function PageLimit(): PropertyDecorator {
  return stacked(
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(100),
  );
}

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @PageLimit()
  limit?: number;

  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsCursor()
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Where a page ends: the time `t` of its last item and the tie-breaker `k` (the item's
 * monotonic `seq`, or its id for tables without one), so items of the same millisecond keep
 * their creation order and none is skipped.
 */
export interface CursorKey {
  t: string;
  k: string;
}

const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const SEQ = /^[1-9]\d{0,17}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A check tag over a cursor's payload: a garbled or hand-edited cursor no longer matches. */
function tagOf(payload: string): string {
  return createHash('sha256').update(`niaz-cursor:${payload}`).digest('base64url').slice(0, 16);
}

/** The 400 every unreadable cursor answers, naming the `cursor` parameter. */
export function invalidCursor(): ProblemException {
  return problems.validation([
    { field: 'cursor', message: 'cursor is not valid', code: 'invalidCursor' },
  ]);
}

/**
 * Every cursor of the API is opaque: base64url of a small JSON key, a dot and a check tag.
 * Clients pass it back as they got it; it holds nothing but a position in a list the caller
 * may read anyway. `openCursor` gives the key back, or refuses (400) anything it did not make.
 */
export function sealCursor(key: object): string {
  const payload = Buffer.from(JSON.stringify(key)).toString('base64url');
  return `${payload}.${tagOf(payload)}`;
}

/** The key of a cursor `sealCursor` made; garbled, forged or edited ones are a 400. */
export function openCursor(cursor: string): Record<string, unknown> {
  const [payload, tag, ...rest] = cursor.split('.');
  if (!payload || !tag || rest.length || tag !== tagOf(payload)) throw invalidCursor();
  try {
    const key = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown;
    if (key && typeof key === 'object' && !Array.isArray(key))
      return key as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw invalidCursor();
}

/** A UUID as PostgreSQL reads it (any version), for cursors carrying an id. */
export const CURSOR_UUID = UUID;

export function encodeCursor(at: Date, tieBreaker: string | number): string {
  return sealCursor({ t: at.toISOString(), k: String(tieBreaker) } satisfies CursorKey);
}

/** A page cursor's key, its time and tie-breaker checked (400 otherwise). */
export function decodeCursor(cursor: string): CursorKey {
  const { t, k } = openCursor(cursor);
  if (
    typeof t !== 'string' ||
    !ISO_MS.test(t) ||
    Number.isNaN(Date.parse(t)) ||
    typeof k !== 'string' ||
    !(SEQ.test(k) || UUID.test(k))
  )
    throw invalidCursor();
  return { t, k };
}

/**
 * Keyset pagination, newest first, over `alias.createdAt` and then the entity's monotonic
 * `seq` (creation order for rows of the same millisecond), or its id for entities without
 * one. Stable under inserts, unlike offsets.
 */
export async function paginate<T extends ObjectLiteral & { id: string; createdAt: Date }>(
  qb: SelectQueryBuilder<T>,
  query: PageQueryDto,
  alias = qb.alias,
): Promise<Page<T>> {
  const limit = query.limit ?? 20;
  const hasSeq = !!qb.expressionMap.mainAlias?.metadata.findColumnWithPropertyName('seq');
  const tie = hasSeq ? 'seq' : 'id';
  if (query.cursor) {
    const key = decodeCursor(query.cursor);
    if (hasSeq !== SEQ.test(key.k)) throw invalidCursor();
    qb.andWhere(`(${alias}.createdAt, ${alias}.${tie}) < (:cursorT, :cursorK)`, {
      cursorT: key.t,
      cursorK: key.k,
    });
  }
  const rows = await qb
    .orderBy(`${alias}.createdAt`, 'DESC')
    .addOrderBy(`${alias}.${tie}`, 'DESC')
    .take(limit + 1)
    .getMany();
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor:
      rows.length > limit && last
        ? encodeCursor(last.createdAt, String((last as ObjectLiteral)[tie]))
        : null,
  };
}

export function mapPage<T, U>(page: Page<T>, fn: (item: T) => U): Page<U> {
  return { items: page.items.map(fn), nextCursor: page.nextCursor };
}
