import { asciiDigits, ISIC_CLASS, registerFastValidator } from '@niaz/core';
import {
  arrayMaxSize,
  isIn,
  isInt,
  isISO31661Alpha2,
  isUUID,
  matches,
  max,
  maxLength,
  min,
  minLength,
  notContains,
} from 'class-validator';
import {
  SEARCHABLE_NEED_STATUSES,
  SearchCapabilitiesQueryDto,
  SearchFiltersDto,
  SearchNeedsQueryDto,
} from './search-query.dto';

/**
 * The search queries' DTOs checked by hand on the hot route, with class-validator's own rule
 * functions and the DTOs' transforms (AsList, `@Type(() => Number)`): the same instance for a
 * valid query, and anything else (a cursor, a bad value, an unknown parameter) left to the
 * global pipe, which words the errors as before. The spec compares both paths.
 */
type ListRule = { digits?: boolean; maxSize: number; each: (v: string) => boolean };

const MAX_VALUES = 20;
const text100 = (v: string) => minLength(v, 1) && maxLength(v, 100);
const FILTER_LISTS: Record<string, ListRule> = {
  hs: { digits: true, maxSize: MAX_VALUES, each: (v) => matches(v, /^\d{2,10}$/) },
  isic: { digits: true, maxSize: MAX_VALUES, each: (v) => matches(v, ISIC_CLASS) },
  country: { maxSize: MAX_VALUES, each: (v) => isISO31661Alpha2(v) },
  province: { maxSize: MAX_VALUES, each: text100 },
  certification: { maxSize: MAX_VALUES, each: text100 },
};
const NEED_LISTS: Record<string, ListRule> = {
  ...FILTER_LISTS,
  exhibitionId: { maxSize: MAX_VALUES, each: (v) => isUUID(v, '4') },
  status: {
    maxSize: SEARCHABLE_NEED_STATUSES.length,
    each: (v) =>
      notContains(v, 'draft') && isIn(v, SEARCHABLE_NEED_STATUSES as readonly string[] as string[]),
  },
};

function checker<T extends SearchFiltersDto>(
  type: new () => T,
  lists: Record<string, ListRule>,
): (value: unknown) => T | undefined {
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const out = new type() as unknown as Record<string, unknown>;
    for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
      if (key === 'q') {
        if (typeof raw !== 'string' || !maxLength(raw, 200)) return undefined;
        out.q = raw;
      } else if (key === 'limit') {
        if (typeof raw !== 'string') return undefined;
        const n = Number(raw);
        if (!isInt(n) || !min(n, 1) || !max(n, 100)) return undefined;
        out.limit = n;
      } else {
        const rule = Object.hasOwn(lists, key) ? lists[key] : undefined;
        if (!rule) return undefined; // a cursor or an unknown parameter: the full pipe decides
        const list = Array.isArray(raw) ? raw : [raw];
        if (!arrayMaxSize(list, rule.maxSize)) return undefined;
        const values: string[] = [];
        for (const v of list) {
          if (typeof v !== 'string') return undefined;
          const clean = (rule.digits ? asciiDigits(v) : v).trim();
          if (!rule.each(clean)) return undefined;
          values.push(clean);
        }
        out[key] = values;
      }
    }
    return out as unknown as T;
  };
}

export const fastSearchCapabilitiesQuery = checker(SearchCapabilitiesQueryDto, FILTER_LISTS);
export const fastSearchNeedsQuery = checker(SearchNeedsQueryDto, NEED_LISTS);

registerFastValidator(SearchCapabilitiesQueryDto, fastSearchCapabilitiesQuery);
registerFastValidator(SearchNeedsQueryDto, fastSearchNeedsQuery);
