import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { problems } from '../errors/problem';

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

interface CursorKey {
  t: string;
  id: string;
}

export function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(
    JSON.stringify({ t: createdAt.toISOString(), id } satisfies CursorKey),
  ).toString('base64url');
}

export function decodeCursor(cursor: string): CursorKey {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorKey;
    if (
      typeof key.t !== 'string' ||
      Number.isNaN(Date.parse(key.t)) ||
      typeof key.id !== 'string' ||
      !/^[0-9a-f-]{36}$/i.test(key.id)
    ) {
      throw new Error('bad cursor');
    }
    return key;
  } catch {
    throw problems.validation([
      { field: 'cursor', message: 'cursor is not valid', code: 'invalidCursor' },
    ]);
  }
}

/**
 * Keyset pagination, newest first, over `alias.createdAt, alias.id`. Stable under inserts,
 * unlike offsets.
 */
export async function paginate<T extends ObjectLiteral & { id: string; createdAt: Date }>(
  qb: SelectQueryBuilder<T>,
  query: PageQueryDto,
  alias = qb.alias,
): Promise<Page<T>> {
  const limit = query.limit ?? 20;
  if (query.cursor) {
    const key = decodeCursor(query.cursor);
    qb.andWhere(`(${alias}.createdAt, ${alias}.id) < (:cursorT, :cursorId)`, {
      cursorT: key.t,
      cursorId: key.id,
    });
  }
  const rows = await qb
    .orderBy(`${alias}.createdAt`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .take(limit + 1)
    .getMany();
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor(last.createdAt, last.id) : null,
  };
}

export function mapPage<T, U>(page: Page<T>, fn: (item: T) => U): Page<U> {
  return { items: page.items.map(fn), nextCursor: page.nextCursor };
}
