import {
  asciiDigits,
  DECIMAL_PATTERN,
  HS_CODE,
  ISIC_CLASS,
  LANGUAGES,
  MoneyDto,
  registerFastValidator,
} from '@niaz/core';
import {
  arrayMaxSize,
  arrayMinSize,
  arrayUnique,
  isBoolean,
  isIn,
  isInt,
  isISO31661Alpha2,
  isISO4217CurrencyCode,
  isISO8601,
  isNumber,
  isUUID,
  matches,
  max,
  maxLength,
  min,
  minLength,
} from 'class-validator';
import { CreateNeedDto } from './create-need.dto';

/**
 * POST /needs' body checked by hand (issue 22: class-transformer and class-validator were
 * ~14 % of the api's CPU per request), with class-validator's own rule functions and the
 * DTO's transforms (LocalizedDigits, `@Type(() => MoneyDto)`): the same instance as the
 * global pipe's for a plainly valid body. Anything else (a missing or unknown field, a bad
 * value, null, numbers as text, `translations` and `awardCriteria`) returns undefined and
 * goes through the full pipe, which words every error as before. The spec compares both.
 */
type Check = (value: unknown) => { ok: false } | { ok: true; value: unknown };

const ACCEPT = (value: unknown) => ({ ok: true as const, value });
const REFUSE = { ok: false as const };
const when =
  (test: (v: unknown) => boolean): Check =>
  (v) =>
    test(v) ? ACCEPT(v) : REFUSE;
const text = (most: number, least?: number): Check =>
  when(
    (v) =>
      typeof v === 'string' && maxLength(v, most) && (least === undefined || minLength(v, least)),
  );
const dateTime = when((v) => typeof v === 'string' && isISO8601(v, { strict: true }));
const country = when((v) => typeof v === 'string' && isISO31661Alpha2(v));
const currency = when((v) => typeof v === 'string' && isISO4217CurrencyCode(v));
const digits = (v: string) => asciiDigits(v).trim();

/** IsFutureDate(3): in the future, at most three years ahead. */
const FUTURE_YEARS = 3;
const future = (v: string) => {
  const t = Date.parse(v);
  return !Number.isNaN(t) && t > Date.now() && t < Date.now() + FUTURE_YEARS * 366 * 86400_000;
};

const money: Check = (v) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return REFUSE;
  const keys = Object.keys(v);
  if (keys.length !== 2 || !('amount' in v) || !('currency' in v)) return REFUSE;
  const { amount, currency: code } = v as { amount: unknown; currency: unknown };
  if (typeof amount !== 'string' || typeof code !== 'string') return REFUSE;
  const clean = digits(amount);
  if (!matches(clean, DECIMAL_PATTERN) || !isISO4217CurrencyCode(code)) return REFUSE;
  const out = new MoneyDto();
  out.amount = clean;
  out.currency = code;
  return ACCEPT(out);
};

const FIELDS: Record<string, Check> = {
  organizationId: when((v) => typeof v === 'string' && isUUID(v, '4')),
  title: text(300, 3),
  description: text(10000),
  language: when((v) => isIn(v, LANGUAGES as readonly string[] as string[])),
  hsCodes: (v) => {
    if (!Array.isArray(v) || !arrayMinSize(v, 1) || !arrayMaxSize(v, 20)) return REFUSE;
    const codes: string[] = [];
    for (const code of v) {
      if (typeof code !== 'string') return REFUSE;
      const clean = digits(code);
      if (!matches(clean, HS_CODE)) return REFUSE;
      codes.push(clean);
    }
    return arrayUnique(codes) ? ACCEPT(codes) : REFUSE;
  },
  isic: (v) =>
    typeof v === 'string' && matches(digits(v), ISIC_CLASS) ? ACCEPT(digits(v)) : REFUSE,
  quantityPerYear: when(
    (v) => isNumber(v, { maxDecimalPlaces: 3 }) && min(v, 0.001) && max(v, 1e12),
  ),
  unit: text(30, 1),
  importOrigin: country,
  annualImportValue: money,
  targetPrice: money,
  requiredCertifications: (v) =>
    Array.isArray(v) &&
    arrayMaxSize(v, 20) &&
    v.every((c) => typeof c === 'string' && maxLength(c, 100))
      ? ACCEPT([...(v as string[])])
      : REFUSE,
  specification: text(20000),
  bidDeadline: (v) => (dateTime(v).ok && future(v as string) ? ACCEPT(v) : REFUSE),
  clarificationsUntil: dateTime,
  country,
  province: text(100),
  timeZone: text(64),
  deliveryLocation: text(200),
  details: text(20000),
  ndaRequired: when(isBoolean),
  bidsVisibleBeforeDeadline: when(isBoolean),
  minLocalContentPercent: when((v) => isInt(v) && min(v, 0) && max(v, 100)),
  bidCurrency: currency,
};
const REQUIRED = ['title', 'hsCodes', 'bidDeadline', 'country'];

export function fastCreateNeed(value: unknown): CreateNeedDto | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const body = value as Record<string, unknown>;
  for (const key of REQUIRED) if (!Object.hasOwn(body, key)) return undefined;
  const out = new CreateNeedDto() as unknown as Record<string, unknown>;
  for (const key of Object.keys(body)) {
    const check = Object.hasOwn(FIELDS, key) ? FIELDS[key] : undefined;
    if (!check) return undefined; // unknown, translations, awardCriteria: the full pipe decides
    const result = check(body[key]);
    if (!result.ok) return undefined;
    out[key] = result.value;
  }
  return out as unknown as CreateNeedDto;
}

registerFastValidator(CreateNeedDto, fastCreateNeed);
