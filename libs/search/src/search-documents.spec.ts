import {
  canonicalCertification,
  capabilityDocument,
  CapabilityRow,
  hsChaptersOf,
  hsCodesWithPrefixes,
  needDocument,
  NeedRow,
} from './search-documents';

const org = {
  organizationId: 'o1',
  organizationName: 'صنایع قم',
  organizationTranslations: { tr: { name: 'Kum Sanayi' } },
  verified: true,
};

const needRow: NeedRow = {
  ...org,
  id: 'n1',
  status: 'open',
  language: 'fa',
  title: 'بلبرينگ ۶۲۰۴ براي نوار نقاله',
  description: 'قطعات ماشين‌آلات',
  specification: 'ابعاد ۲۰×۴۷×۱۴',
  hsCodes: ['848210', '8483'],
  isic: '2814',
  country: 'IR',
  province: 'Qom',
  requiredCertifications: ['iso9001:2015', 'CE'],
  quantityPerYear: '5000.000',
  unit: 'piece',
  importOrigin: 'DE',
  bidDeadline: new Date('2027-01-31T20:30:00Z'),
  publishedAt: '2026-12-01T10:00:00.000Z',
  createdAt: new Date('2026-11-30T10:00:00Z'),
  updatedAt: new Date('2026-12-01T10:00:00Z'),
};

describe('HS codes in documents', () => {
  it('stores declared codes with their 2-, 4- and 6-digit prefixes', () => {
    expect(hsCodesWithPrefixes(['848210'])).toEqual(['84', '8482', '848210']);
    expect(hsCodesWithPrefixes(['84821000', '8413'])).toEqual([
      '84',
      '8413',
      '8482',
      '848210',
      '84821000',
    ]);
    expect(hsCodesWithPrefixes(['۸۴۸۲'])).toEqual(['84', '8482']);
    expect(hsChaptersOf(['848210', '7318', '8413'])).toEqual(['73', '84']);
  });
});

describe('canonicalCertification', () => {
  it.each([
    ['ISO 9001', 'ISO 9001'],
    ['iso9001', 'ISO 9001'],
    ['ISO-9001', 'ISO 9001'],
    ['ISO 9001:2015', 'ISO 9001'],
    ['  iso  ۹۰۰۱ ', 'ISO 9001'],
    ['IATF 16949', 'IATF 16949'],
    ['ce', 'CE'],
  ])('%j → %j', (raw, canonical) => expect(canonicalCertification(raw)).toBe(canonical));
});

describe('needDocument', () => {
  const doc = needDocument(needRow, ['e1']);

  it('keeps the original text for display and a normalised copy for search', () => {
    expect(doc.title).toBe(needRow.title);
    expect(doc.searchTitle).toBe('بلبرینگ 6204 برای نوار نقاله');
    expect(doc.searchDescription).toContain('ماشین آلات');
    expect(doc.searchDescription).toContain('20×47×14');
    expect(doc.searchOrganization).toBe('صنایع قم kum sanayi');
  });

  it('holds public fields only, typed for filters and sorting', () => {
    expect(doc).not.toHaveProperty('details');
    expect(doc.hsCodes).toEqual(['84', '8482', '848210', '8483']);
    expect(doc.hsChapters).toEqual(['84']);
    expect(doc.certifications).toEqual(['ISO 9001', 'CE']);
    expect(doc.quantityPerYear).toBe(5000);
    expect(doc.bidDeadline).toBe('2027-01-31T20:30:00.000Z');
    expect(doc.exhibitionIds).toEqual(['e1']);
    expect(doc.verified).toBe(true);
  });

  it('ignores any extra column handed to it', () => {
    const withSecret = { ...needRow, details: 'SECRET' } as NeedRow;
    expect(JSON.stringify(needDocument(withSecret))).not.toContain('SECRET');
  });
});

describe('capabilityDocument', () => {
  const row: CapabilityRow = {
    ...org,
    id: 'c1',
    language: 'tr',
    title: 'Rulman Üretimi',
    description: 'İSTANBUL tesisimizde bilyalı rulmanlar',
    hsCodes: ['8482'],
    isic: '2814',
    processes: ['CNC Tornalama'],
    materials: ['52100 çeliği'],
    certifications: ['ISO 9001:2015'],
    capacityPerYear: '200000',
    unit: 'piece',
    trl: 8,
    localContentPercent: 70,
    country: 'TR',
    province: 'Erzurum',
    createdAt: new Date('2026-11-30T10:00:00Z'),
    updatedAt: new Date('2026-12-01T10:00:00Z'),
  };

  it('normalises Turkish text for search and keeps it for display', () => {
    const doc = capabilityDocument(row);
    expect(doc.title).toBe('Rulman Üretimi');
    expect(doc.searchTitle).toBe('rulman uretimi');
    expect(doc.searchDescription).toBe('istanbul tesisimizde bilyali rulmanlar');
    expect(doc.searchProcesses).toBe('cnc tornalama');
    expect(doc.searchMaterials).toBe('52100 celigi');
    expect(doc.capacityPerYear).toBe(200000);
    expect(doc.certifications).toEqual(['ISO 9001']);
    expect(doc.hsCodes).toEqual(['84', '8482']);
  });
});
