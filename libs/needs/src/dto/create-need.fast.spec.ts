import 'reflect-metadata';
import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { VALIDATION_PIPE_OPTIONS } from '@niaz/core';
import { CreateNeedDto } from './create-need.dto';
import { fastCreateNeed } from './create-need.fast';

const full = new ValidationPipe(VALIDATION_PIPE_OPTIONS);
const metadata: ArgumentMetadata = { type: 'body', metatype: CreateNeedDto };
const inDays = (days: number) => new Date(Date.now() + days * 86400_000).toISOString();

const VALID = {
  title: 'بلبرینگ ۶۲۰۴ برای نوار نقاله',
  description: 'سالانه ۵۰۰۰ عدد بلبرینگ از آلمان وارد می‌کنیم',
  language: 'fa',
  hsCodes: ['848210'],
  quantityPerYear: 5000,
  unit: 'piece',
  annualImportValue: { amount: '60000.00', currency: 'EUR' },
  requiredCertifications: ['ISO 9001'],
  country: 'IR',
  province: 'Qom',
  details: 'confidential drawing',
  bidDeadline: inDays(30),
};

/** Each case: a change to VALID (undefined removes the field). */
const CASES: Array<Record<string, unknown>> = [
  {},
  { language: undefined, description: undefined },
  { organizationId: '6f1c2d4e-8a3b-4c5d-9e7f-0a1b2c3d4e5f' },
  { organizationId: 'not-a-uuid' },
  { organizationId: '6f1c2d4e-8a3b-1c5d-9e7f-0a1b2c3d4e5f' },
  { title: 'ab' },
  { title: 'x'.repeat(300) },
  { title: 'x'.repeat(301) },
  { title: undefined },
  { title: 42 },
  { description: null },
  { description: 'y'.repeat(10001) },
  { language: 'de' },
  { hsCodes: ['۸۴۸۲۱۰', '8483'] },
  { hsCodes: [' 8482 '] },
  { hsCodes: ['8482', '۸۴۸۲'] },
  { hsCodes: [] },
  { hsCodes: '8482' },
  { hsCodes: ['848'] },
  { hsCodes: [8482] },
  { hsCodes: Array.from({ length: 21 }, (_, i) => String(8400 + i)) },
  { hsCodes: undefined },
  { isic: '2814' },
  { isic: '۲۸۱۴' },
  { isic: '0014' },
  { quantityPerYear: 0.0005 },
  { quantityPerYear: 1.2345 },
  { quantityPerYear: 12.125 },
  { quantityPerYear: '5000' },
  { quantityPerYear: 2e12 },
  { unit: '' },
  { unit: 'u'.repeat(31) },
  { importOrigin: 'DE' },
  { importOrigin: 'XX' },
  { annualImportValue: { amount: '۶۰۰۰۰٫۵', currency: 'EUR' } },
  { annualImportValue: { amount: '1.23456', currency: 'EUR' } },
  { annualImportValue: { amount: '100', currency: 'XXX1' } },
  { annualImportValue: { amount: 100, currency: 'EUR' } },
  { annualImportValue: { amount: '100', currency: 'EUR', extra: 1 } },
  { annualImportValue: { amount: '100' } },
  { annualImportValue: 'EUR 100' },
  { targetPrice: { amount: '12.50', currency: 'TRY' } },
  { requiredCertifications: [] },
  { requiredCertifications: ['c'.repeat(101)] },
  { requiredCertifications: Array.from({ length: 21 }, () => 'ISO') },
  { requiredCertifications: [1] },
  { specification: 's'.repeat(20000) },
  { bidDeadline: inDays(-1) },
  { bidDeadline: inDays(3 * 366 + 2) },
  { bidDeadline: '2030-13-01T00:00:00Z' },
  { bidDeadline: '2027-02-01' },
  { bidDeadline: undefined },
  { clarificationsUntil: inDays(20) },
  { clarificationsUntil: 'soon' },
  { country: 'ir' },
  { country: 'XX' },
  { country: undefined },
  { province: 'p'.repeat(101) },
  { timeZone: 'Asia/Tehran' },
  { deliveryLocation: 'Qom, Shokuhieh' },
  { details: 'd'.repeat(20001) },
  { ndaRequired: false, bidsVisibleBeforeDeadline: true },
  { ndaRequired: 'yes' },
  { minLocalContentPercent: 40 },
  { minLocalContentPercent: 40.5 },
  { minLocalContentPercent: 101 },
  { bidCurrency: 'EUR' },
  { bidCurrency: null },
  { bidCurrency: 'EURO' },
  { translations: { en: { title: 'Bearings' } } },
  { awardCriteria: { price: 60, localContent: 30, leadTimeDays: 10 } },
  { unknown: 1 },
];

const bodyOf = (change: Record<string, unknown>) => {
  const body: Record<string, unknown> = { ...VALID, ...change };
  for (const [k, v] of Object.entries(change)) if (v === undefined) delete body[k];
  return body;
};

describe('POST /needs body fast path', () => {
  it('a body it accepts comes out as the full pipe makes it; the rest goes to the full pipe', async () => {
    let accepted = 0;
    for (const change of CASES) {
      const body = bodyOf(change);
      const mine = fastCreateNeed(structuredClone(body));
      const theirs = await full
        .transform(structuredClone(body), metadata)
        .catch(() => 'refused' as const);
      if (mine === undefined) continue;
      accepted++;
      expect({ change, theirs: theirs === 'refused' ? 'refused' : 'accepted' }).toEqual({
        change,
        theirs: 'accepted',
      });
      expect(mine).toBeInstanceOf(CreateNeedDto);
      expect(mine).toEqual(theirs);
      for (const key of ['annualImportValue', 'targetPrice'] as const)
        if (mine[key])
          expect(mine[key]!.constructor).toBe((theirs as CreateNeedDto)[key]!.constructor);
    }
    expect(accepted).toBeGreaterThan(20);
  });

  it('the bench body takes the fast path', () => {
    expect(fastCreateNeed(structuredClone(VALID))).toBeInstanceOf(CreateNeedDto);
  });
});
