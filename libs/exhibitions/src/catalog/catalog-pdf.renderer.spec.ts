import { join } from 'node:path';
import { pdfFonts, pdfPagePng, pdfText } from '@niaz/testing';
import { catalogPdfModel } from './catalog-pdf-model';
import { CatalogPdfRenderer } from './catalog-pdf.renderer';
import type { Catalog, CatalogNeed } from './catalog.types';

// pdftotext splits the lam-alef ligature (لا → ال) and moves ZWNJs when it reorders right-to-left
// runs; the page itself is right (see the PNGs). Strings searched below avoid both.
const ARTIFACTS = join(__dirname, '..', '..', '..', '..', 'test', 'artifacts');

const need = (over: Partial<CatalogNeed>): CatalogNeed => ({
  id: '00000000-0000-4000-a000-000000000001',
  submissionId: '00000000-0000-4000-a000-000000000002',
  featured: false,
  order: 0,
  title: 'گیربکس حلزونی بسته بندی',
  description: 'سالانه ۳۰۰ دستگاه گیربکس از ایتالیا وارد می‌کنیم.',
  language: 'fa',
  translations: {},
  status: 'open',
  hsCodes: ['848340'],
  isic: '2815',
  quantityPerYear: 300,
  unit: 'piece',
  importOrigin: 'IT',
  annualImportValue: { amount: '2450000.5000', currency: 'EUR' },
  targetPrice: null,
  requiredCertifications: ['ISO 9001'],
  minLocalContentPercent: 40,
  bidDeadline: new Date('2027-01-31T20:30:00Z'),
  country: 'IR',
  province: 'Qom',
  timeZone: 'Asia/Tehran',
  organization: { id: 'o1', name: 'صنایع ماشین سازی قم' },
  ...over,
});

const catalog = {
  exhibition: {
    id: 'e1',
    title: 'میز نیاز صنعت قم',
    language: 'fa',
    translations: { tr: { title: 'Qom Sanayi İhtiyaçları Masası' } },
    description: 'نمایشگاه برای افزایش توان ساخت کالای داخلی، از مواد اولیه تا ساخت قطعات.',
    organization: { id: 'o0', name: 'اتاق بازرگانی قم' },
    city: 'Qom',
    province: 'Qom',
    country: 'IR',
    startsAt: new Date('2027-01-21T06:30:00Z'),
    endsAt: new Date('2027-04-20T14:30:00Z'),
    submissionDeadline: new Date('2027-01-10T20:30:00Z'),
    hsChapters: ['84', '73'],
    isic: ['2814'],
  },
  sections: [
    {
      key: 'machinery',
      title: 'ماشین و قطعات صنعتی',
      translations: { tr: { title: 'Makine ve parçaları' } },
      needs: [
        need({
          featured: true,
          translations: { tr: { title: 'Sonsuz dişli redüktör (ambalaj)' } },
        }),
        need({
          id: '00000000-0000-4000-a000-000000000003',
          title: 'Konveyör için rulman üretimi',
          description: 'Yılda 5000 adet 6204 rulman; İzmir ve Çorum tedarikçileri.',
          language: 'tr',
          status: 'evaluating',
        }),
      ],
    },
    {
      key: null,
      title: null,
      translations: null,
      needs: [
        need({
          id: '00000000-0000-4000-a000-000000000004',
          title: '#panic("x") *bold* $x$',
          language: 'en',
        }),
      ],
    },
  ],
  total: 3,
} as unknown as Catalog;

describe('catalog PDF (Typst)', () => {
  const renderer = new CatalogPdfRenderer();
  const now = new Date('2027-01-05T10:00:00Z');

  it('renders Persian in logical order and Turkish intact, with Vazirmatn embedded', () => {
    const pdf = renderer.render(catalogPdfModel(catalog, 'fa', now), now);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const s of [
      'میز نیاز صنعت قم',
      'Qom Sanayi İhtiyaçları Masası',
      'گیربکس حلزونی بسته بندی',
      'Konveyör için rulman üretimi',
      'ماشین و قطعات صنعتی',
      'اتاق بازرگانی قم',
      '848340',
    ])
      expect(text).toContain(s);
    // User text is never Typst markup: it prints as typed.
    expect(text).toContain('#panic("x") *bold* $x$');
    // Jalali dates with Persian digits on a Persian catalog: 21 Jan 2027 is ۱ بهمن ۱۴۰۵.
    expect(text).toContain('۱۴۰۵');
    expect(
      pdfFonts(pdf)
        .filter(([, embedded]) => embedded)
        .map(([name]) => name.split('+')[1]),
    ).toEqual(expect.arrayContaining(['Vazirmatn-Regular', 'Vazirmatn-Bold']));
    pdfPagePng(pdf, ARTIFACTS, 'catalog-unit-fa-cover', 1);
    pdfPagePng(pdf, ARTIFACTS, 'catalog-unit-fa-needs', 2);
  });

  it('words a Turkish catalog in Turkish, with the Persian title beside it', () => {
    const pdf = renderer.render(catalogPdfModel(catalog, 'tr', now), now);
    const text = pdfText(pdf);
    expect(text).toContain('Sanayi İhtiyaçları Kataloğu');
    expect(text).toContain('Makine ve parçaları');
    expect(text).toContain('Değerlendiriliyor');
    expect(text).toContain('میز نیاز صنعت قم');
    expect(text).toContain('21 Ocak 2027');
    pdfPagePng(pdf, ARTIFACTS, 'catalog-unit-tr-cover', 1);
  });

  it('keeps the PDF of an unchanged catalog and renders a changed one anew', () => {
    const model = catalogPdfModel(catalog, 'en', now);
    const first = renderer.render(model, now);
    expect(renderer.render(catalogPdfModel(catalog, 'en', now), now)).toBe(first);
    const changed = { ...catalog, total: 4 } as Catalog;
    expect(renderer.render(catalogPdfModel(changed, 'en', now), now)).not.toBe(first);
  });

  it('opens with a table of contents, names currencies, units and countries, and puts a QR code on each need', () => {
    const withLatin = {
      ...catalog,
      sections: [
        ...catalog.sections,
        {
          key: 'bearings',
          title: 'بلبرینگ',
          translations: { tr: { title: 'Rulmanlar' } },
          needs: [
            need({
              id: '00000000-0000-4000-a000-000000000005',
              title: 'بلبرینگ ۶۲۰۴-2RS برای موتور',
              unit: 'adet',
              annualImportValue: { amount: '5000000000', currency: 'IRR' },
              organization: { id: 'o2', name: 'Çorum Rulman Teknoloji Ltd. Şti.' },
            }),
          ],
        },
      ],
    } as Catalog;
    const fa = renderer.render(catalogPdfModel(withLatin, 'fa', now, 'https://niaz.test/'), now);
    const text = pdfText(fa);
    // Page 2: the contents, a line per section; the cover counts no page number.
    const contents = pdfText(fa).split('\f')[1];
    expect(contents).toContain('فهرست');
    for (const s of ['ماشین و قطعات صنعتی', 'سایر نیازها', 'بلبرینگ'])
      expect(contents).toContain(s);
    expect(contents).toMatch(/[۰-۹]/);
    expect(contents).not.toMatch(/[0-9]/);
    // Currencies, units and countries worded in Persian.
    for (const s of ['یورو', 'ریال ایران', 'ایتالیا', 'عدد']) expect(text).toContain(s);
    expect(text).not.toMatch(/\b(EUR|IRR|IT|piece)\b/);
    // Each need links its public page (the QR code is that link too).
    const raw = fa.toString('latin1');
    for (const id of ['001', '003', '004', '005'])
      expect(raw).toContain(`https://niaz.test/needs/00000000-0000-4000-a000-000000000${id}`);
    // A Latin company name inside the Persian page keeps its order, final period included,
    // and a part number in a Persian title reads as typed (not "2RS-۶۲۰۴").
    expect(text).toContain('Çorum Rulman Teknoloji Ltd. Şti.');
    expect(text).toContain('۶۲۰۴-2RS');
    expect(text).not.toContain('2RS-۶۲۰۴');
    pdfPagePng(fa, ARTIFACTS, 'catalog-unit-fa-contents', 2);
    pdfPagePng(fa, ARTIFACTS, 'catalog-unit-fa-bearings', 4);

    // The Turkish edition: the owner's Turkish title first, the Persian original beside it.
    const tr = renderer.render(catalogPdfModel(withLatin, 'tr', now, 'https://niaz.test'), now);
    const trText = pdfText(tr);
    for (const s of [
      'İçindekiler',
      'Rulmanlar',
      'Sonsuz dişli redüktör (ambalaj)',
      'Aslı',
      'Euro',
      'İran riyali',
      'İtalya',
      'adet',
    ])
      expect(trText).toContain(s);
    expect(trText).toContain('گیربکس حلزونی بسته بندی');
    pdfPagePng(tr, ARTIFACTS, 'catalog-unit-tr-needs', 3);
    const en = pdfText(
      renderer.render(catalogPdfModel(withLatin, 'en', now, 'https://niaz.test'), now),
    );
    for (const s of ['Contents', 'Euro', 'Iranian Rial', 'Italy', 'pieces'])
      expect(en).toContain(s);
  });
});
