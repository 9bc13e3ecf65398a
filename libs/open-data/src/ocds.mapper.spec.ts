import { buildRelease, packageMeta } from './ocds.mapper';
import { releasePackageProblems } from './ocds-validator';

const buyer = { id: 'org-1', name: 'Qom Bearings', country: 'IR', province: 'Qom' };
const need = {
  id: 'need-1',
  title: 'بلبرینگ ۶۲۰۴',
  description: 'سالانه ۵۰۰۰ عدد',
  language: 'fa',
  hsCodes: ['848210'],
  quantityPerYear: 5000,
  unit: 'piece',
  annualImportValue: { amount: '2000000.00', currency: 'EUR' },
  publishedAt: new Date('2027-01-01T00:00:00Z'),
  bidDeadline: new Date('2027-02-01T00:00:00Z'),
  buyer,
};

describe('OCDS mapper', () => {
  it('maps a tender without bidders and an award with them, both valid OCDS 1.1.5', () => {
    const tender = buildRelease({
      ocid: 'ocds-test00-need-1',
      releaseId: 'ocds-test00-need-1-1',
      date: need.publishedAt,
      event: 'publish',
      need,
      amendments: [],
      tenderers: null,
      award: null,
    });
    expect(tender.tender).not.toHaveProperty('tenderers');
    expect(tender).not.toHaveProperty('awards');
    const supplier = { id: 'org-2', name: 'Rulman', country: 'TR', province: null };
    const award = buildRelease({
      ocid: 'ocds-test00-need-1',
      releaseId: 'ocds-test00-need-1-2',
      date: new Date('2027-02-02T00:00:00Z'),
      event: 'award',
      need,
      amendments: [{ id: 'a1', date: need.publishedAt, rationale: 'r', description: 'd' }],
      tenderers: [supplier],
      award: {
        bidId: 'bid-1',
        date: new Date('2027-02-02T00:00:00Z'),
        value: { amount: '11.80', currency: 'EUR' },
        supplier,
      },
    });
    expect(award.tag).toEqual(['award']);
    expect(award.parties.find((p) => p.id === 'org-2')?.roles).toEqual(['tenderer', 'supplier']);
    expect(award.parties[0]?.address).toEqual({ region: 'Qom', countryName: 'Iran' });
    const pkg = { ...packageMeta('https://example.test/ocds', 'Niaz'), releases: [tender, award] };
    expect(releasePackageProblems(pkg)).toEqual([]);
    expect(releasePackageProblems({ ...pkg, releases: [{ ...tender, tag: [] }] })).not.toEqual([]);
  });
});
