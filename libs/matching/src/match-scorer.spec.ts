import {
  capabilityDocument,
  CapabilityDocument,
  CapabilityRow,
  needDocument,
  NeedDocument,
  NeedRow,
} from '@niaz/search';
import { hsLink, scorePair } from './match-scorer';
import { rankCapabilities, rankNeeds } from './matcher';

const T = new Date('2026-12-01T00:00:00Z');

function need(over: Partial<NeedRow> = {}): NeedDocument {
  return needDocument({
    id: 'n1',
    organizationId: 'buyer',
    organizationName: 'Buyer',
    verified: false,
    status: 'open',
    language: 'fa',
    title: 'بلبرينگ ۶۲۰۴ براي نوار نقاله',
    description: 'سالانه ۵۰۰۰ عدد بلبرينگ شيارعميق',
    specification: null,
    hsCodes: ['848210'],
    isic: '2814',
    country: 'IR',
    province: 'Qom',
    requiredCertifications: ['ISO 9001'],
    quantityPerYear: 5000,
    unit: 'piece',
    importOrigin: 'DE',
    bidDeadline: T,
    publishedAt: T,
    createdAt: T,
    updatedAt: T,
    ...over,
  });
}

function capability(over: Partial<CapabilityRow> = {}): CapabilityDocument {
  return capabilityDocument({
    id: 'c1',
    organizationId: 'maker',
    organizationName: 'Maker',
    verified: true,
    language: 'tr',
    title: 'Rulman Üretimi',
    description: 'Sabit bilyalı rulmanlar, 6200 serisi',
    hsCodes: ['8482'],
    isic: '2814',
    processes: [],
    materials: [],
    certifications: ['ISO 9001:2015'],
    capacityPerYear: 200000,
    unit: 'piece',
    trl: 8,
    localContentPercent: 70,
    country: 'TR',
    province: 'Erzurum',
    createdAt: T,
    updatedAt: T,
    ...over,
  });
}

const texts = (c: CapabilityDocument, n = need()) => scorePair(n, c).reasons.map((r) => r.text);

describe('hsLink', () => {
  it('finds the closest level between declared codes', () => {
    expect(hsLink(['848210'], ['84821000'])).toEqual({ level: 'code', code: '848210' });
    expect(hsLink(['848210'], ['8482'])).toEqual({ level: 'heading', code: '8482' });
    expect(hsLink(['848210'], ['848220'])).toEqual({ level: 'heading', code: '8482' });
    expect(hsLink(['848210'], ['8413', '8483'])).toEqual({ level: 'chapter', code: '84' });
    expect(hsLink(['848210'], ['7318'])).toBeNull();
  });
});

describe('scorePair', () => {
  it('scores a document changed under the same id from its new text (features are kept by id)', () => {
    const before = scorePair(need(), capability());
    const conveyor = {
      title: 'Konveyör bant üretimi',
      description: 'Lastik konveyör bantları',
      province: 'Bursa',
    };
    const changed = scorePair(need(), capability(conveyor));
    expect(changed).toEqual(scorePair(need(), capability({ ...conveyor, id: 'c-fresh' })));
    expect(changed.score).not.toBe(before.score);
    expect(scorePair(need(), capability())).toEqual(before);
  });

  it('explains a Persian need and a Turkish capability linked by HS heading and synonym', () => {
    const scored = scorePair(need(), capability());
    expect(scored.reasons.map((r) => r.text)).toEqual([
      'same HS heading 8482',
      'keyword bilyalı rulman ~ بلبرینگ',
      'same ISIC 2814',
      'has ISO 9001',
      'capacity 200000 ≥ 5000',
      'verified organisation',
    ]);
    expect(scored.reasons[1]).toEqual({
      code: 'keyword',
      params: { a: 'bilyalı rulman', b: 'بلبرینگ', family: 'bearing' },
      text: 'keyword bilyalı rulman ~ بلبرینگ',
    });
    expect(scored.score).toBeGreaterThan(0.5);
    expect(scored.score).toBeLessThanOrEqual(1);
  });

  it('names the same province, shared words and same HS code', () => {
    const local = capability({
      language: 'fa',
      title: 'تولید بلبرینگ شیار عمیق ۶۲۰۴',
      description: '',
      hsCodes: ['848210'],
      country: 'IR',
      province: 'Qom',
      verified: false,
    });
    const reasons = texts(local);
    expect(reasons).toContain('same HS code 848210');
    expect(reasons).toContain('keyword بلبرینگ');
    expect(reasons).toContain('shared words 6204');
    expect(reasons).toContain('same province Qom');
    expect(reasons).not.toContain('verified organisation');
  });

  it('is a function of the pair: the same inputs always give the same score and reasons', () => {
    expect(scorePair(need(), capability())).toEqual(scorePair(need(), capability()));
  });

  it('ranks the right product above the same words on another product', () => {
    const bearings = scorePair(need(), capability()).score;
    const conveyorRepair = scorePair(
      need(),
      capability({
        language: 'fa',
        title: 'تعمیر نوار نقاله معدنی',
        description: 'تعویض غلتک و تسمه نقاله',
        hsCodes: ['842839'],
        country: 'IR',
        province: 'Qom',
        isic: '3312',
        certifications: [],
        capacityPerYear: null,
      }),
    ).score;
    const unrelated = scorePair(
      need(),
      capability({ title: 'Pompa', description: 'Santrifüj pompa', hsCodes: ['841370'] }),
    ).score;
    expect(bearings).toBeGreaterThan(conveyorRepair);
    expect(conveyorRepair).toBeLessThan(0.3);
    expect(unrelated).toBeLessThan(0.3);
  });

  it('gives structured signals no weight without a topical fit', () => {
    const nearbyButUnrelated = capability({
      title: 'Kumaş dokuma',
      description: 'Pamuklu kumaş',
      hsCodes: ['520812'],
      isic: '2814',
      country: 'IR',
      province: 'Qom',
    });
    const scored = scorePair(need(), nearbyButUnrelated);
    expect(scored.topical).toBe(0);
    expect(scored.score).toBe(0);
  });

  it('counts capacity below the quantity as a partial fit and says nothing of it', () => {
    const small = scorePair(need(), capability({ capacityPerYear: 1000 }));
    expect(small.reasons.map((r) => r.text).some((t) => t.startsWith('capacity'))).toBe(false);
    expect(small.score).toBeLessThan(scorePair(need(), capability()).score);
  });
});

describe('rankCapabilities / rankNeeds', () => {
  const opts = { minScore: 0.3, topN: 2 };

  it('never suggests the need’s own organisation, cuts at the minimum and top N, breaks ties by id', () => {
    const own = capability({ id: 'c0', organizationId: 'buyer' });
    const a = capability({ id: 'ca' });
    const b = capability({ id: 'cb' });
    const c = capability({ id: 'cc' });
    const weak = capability({ id: 'cw', title: 'Kumaş', description: '', hsCodes: ['520812'] });
    const ranked = rankCapabilities(need(), [weak, c, own, b, a], opts);
    expect(ranked.map((r) => r.capability.id)).toEqual(['ca', 'cb']);
  });

  it('matches a capability to open needs of other organisations only', () => {
    const open = need({ id: 'n-open' });
    const closed = need({ id: 'n-closed', status: 'closed' });
    const mine = need({ id: 'n-mine', organizationId: 'maker' });
    const ranked = rankNeeds(capability(), [closed, mine, open], { minScore: 0, topN: 10 });
    expect(ranked.map((r) => r.need.id)).toEqual(['n-open']);
  });
});

describe('required certifications weigh', () => {
  const implantNeed = need({
    title: 'پیچ استخوان تیتانیومی',
    description: 'پیچ کورتیکال برای جراحی ارتوپدی، سالانه ۲۰۰۰ عدد',
    hsCodes: ['902110'],
    isic: '3250',
    requiredCertifications: ['ISO 13485'],
    quantityPerYear: 2000,
  });

  it('ranks a maker lacking the required certificate below a comparable one that has it, and says what it lacks', () => {
    const lacking = capability({
      id: 'lacking',
      title: 'Titanyum kemik vidası ve ortopedik implant üretimi',
      description: 'Titanyum kortikal kemik vidaları, ortopedik cerrahi için',
      hsCodes: ['902110'],
      isic: '3250',
      certifications: ['ISO 9001'],
    });
    const holding = capability({
      id: 'holding',
      title: 'Ortopedik implant üretimi',
      description: 'Titanyum kemik vidaları',
      hsCodes: ['902110'],
      isic: '3250',
      certifications: ['ISO 13485:2016'],
    });
    const a = scorePair(implantNeed, lacking);
    const b = scorePair(implantNeed, holding);
    expect(b.score).toBeGreaterThan(a.score);
    expect(a.reasons.map((r) => r.text)).toContain('lacks ISO 13485');
    expect(b.reasons.map((r) => r.text)).toContain('has ISO 13485');
    expect(b.reasons.map((r) => r.code)).not.toContain('certification_missing');
  });
});
