import { diffTerms, termsOf } from './need-terms';
import { Need } from './need.entity';

const need = (overrides: Partial<Need> = {}): Need =>
  Object.assign(new Need(), {
    title: 'Bearing 6204',
    description: '',
    specification: null,
    details: 'SECRET',
    hsCodes: ['848210'],
    quantityPerYear: 5000,
    unit: 'piece',
    requiredCertifications: [],
    minLocalContentPercent: 40,
    targetPriceAmount: '12.5000',
    targetPriceCurrency: 'EUR',
    country: 'IR',
    province: 'Qom',
    deliveryLocation: null,
    bidDeadline: new Date('2027-01-01T00:00:00Z'),
    ndaRequired: true,
    ...overrides,
  });

describe('need terms', () => {
  it('finds no change when only the spelling of an amount differs', () => {
    expect(diffTerms(termsOf(need()), termsOf(need({ targetPriceAmount: '12.50' })))).toEqual({});
  });

  it('names every changed term with its value before and after', () => {
    const changes = diffTerms(
      termsOf(need()),
      termsOf(need({ quantityPerYear: 6000, details: 'NEW', hsCodes: ['848220'] })),
    );
    expect(changes).toEqual({
      quantityPerYear: { before: 5000, after: 6000 },
      details: { before: 'SECRET', after: 'NEW' },
      hsCodes: { before: ['848210'], after: ['848220'] },
    });
  });
  it('reads award weights alike whatever their order or omitted zeros, and names a new currency', () => {
    const before = need({
      awardCriteria: { price: 70, localContent: 30, leadTimeDays: 0 },
      bidCurrency: 'EUR',
    });
    const same = need({
      awardCriteria: { leadTimeDays: 0, localContent: 30, price: 70 },
      bidCurrency: 'EUR',
    });
    expect(diffTerms(termsOf(before), termsOf(same))).toEqual({});
    const changed = need({
      awardCriteria: { price: 60, localContent: 30, leadTimeDays: 10 },
      bidCurrency: 'IRR',
    });
    expect(diffTerms(termsOf(before), termsOf(changed))).toEqual({
      bidCurrency: { before: 'EUR', after: 'IRR' },
      awardCriteria: {
        before: { price: 70, localContent: 30, leadTimeDays: 0 },
        after: { price: 60, localContent: 30, leadTimeDays: 10 },
      },
    });
  });
});
