import 'reflect-metadata';
import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { VALIDATION_PIPE_OPTIONS } from '@niaz/core';
import { SearchCapabilitiesQueryDto, SearchNeedsQueryDto } from './search-query.dto';
import { fastSearchCapabilitiesQuery, fastSearchNeedsQuery } from './search-query.fast';

/** A query as Fastify parses it: a null-prototype object of strings and string arrays. */
const query = (fields: Record<string, string | string[]>) =>
  Object.assign(Object.create(null) as Record<string, unknown>, fields);

const full = new ValidationPipe(VALIDATION_PIPE_OPTIONS);
const metadata = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({
  type: 'query',
  metatype,
});

const CASES: Array<Record<string, string | string[]>> = [
  {},
  { q: 'bearing' },
  { q: 'بلبرینگ', country: 'IR' },
  { q: 'rulman', country: ['TR', 'ir'] },
  { q: 'x'.repeat(200) },
  { q: 'x'.repeat(201) },
  { q: ['a', 'b'] },
  { limit: '20' },
  { limit: ' 5 ' },
  { limit: '0' },
  { limit: '101' },
  { limit: '2.5' },
  { limit: '' },
  { limit: ['1', '2'] },
  { hs: '8482' },
  { hs: ['۸۴۸۲', ' 84 '] },
  { hs: '8' },
  { isic: '2814' },
  { isic: '0014' },
  { country: 'XX' },
  { country: Array.from({ length: 21 }, () => 'IR') },
  { province: 'Qom' },
  { province: '' },
  { certification: ['ISO 9001', 'y'.repeat(101)] },
  { cursor: 'abc' },
  { unknown: '1' },
  { exhibitionId: '6f1c2d4e-8a3b-4c5d-9e7f-0a1b2c3d4e5f' },
  { exhibitionId: 'not-a-uuid' },
  { status: 'open' },
  { status: ['open', 'awarded'] },
  { status: 'draft' },
  { status: 'opened' },
];

describe('search query fast path', () => {
  it.each([
    ['capabilities', SearchCapabilitiesQueryDto, fastSearchCapabilitiesQuery],
    ['needs', SearchNeedsQueryDto, fastSearchNeedsQuery],
  ] as const)(
    '%s: a query it accepts comes out as the full pipe makes it; the rest goes to the full pipe',
    async (_name, type, fast) => {
      let accepted = 0;
      for (const fields of CASES) {
        const mine = fast(query(fields));
        const theirs = await full.transform(query(fields), metadata(type)).catch(() => 'refused');
        if (mine === undefined) continue;
        accepted++;
        expect(theirs).not.toBe('refused');
        expect(mine).toBeInstanceOf(type);
        expect({ ...mine }).toEqual({ ...(theirs as object) });
      }
      expect(accepted).toBeGreaterThan(8);
    },
  );
});
