/** Words the bench data set is made of: places, certificates, names, qualifiers per language. */
export type Lang = 'fa' | 'tr' | 'en';

export const IRAN_PROVINCES = [
  'Tehran',
  'Qom',
  'Isfahan',
  'Khorasan Razavi',
  'East Azerbaijan',
  'West Azerbaijan',
  'Ardabil',
  'Fars',
  'Khuzestan',
  'Markazi',
  'Qazvin',
  'Semnan',
  'Yazd',
  'Kerman',
  'Gilan',
  'Mazandaran',
  'Golestan',
  'Alborz',
  'Zanjan',
  'Hamadan',
  'Kermanshah',
  'Lorestan',
  'Bushehr',
  'Hormozgan',
  'Kurdistan',
  'Ilam',
  'Chaharmahal and Bakhtiari',
  'Kohgiluyeh and Boyer-Ahmad',
  'Sistan and Baluchestan',
  'South Khorasan',
  'North Khorasan',
] as const;

export const TURKEY_PROVINCES = [
  'İstanbul',
  'Ankara',
  'İzmir',
  'Bursa',
  'Kocaeli',
  'Konya',
  'Kayseri',
  'Gaziantep',
  'Denizli',
  'Eskişehir',
  'Sakarya',
  'Manisa',
  'Tekirdağ',
  'Adana',
  'Mersin',
  'Erzurum',
  'Trabzon',
  'Samsun',
  'Hatay',
  'Antalya',
  'Balıkesir',
  'Çorum',
  'Malatya',
  'Kahramanmaraş',
  'Aksaray',
  'Düzce',
] as const;

export const CERTIFICATIONS = [
  'ISO 9001',
  'ISO 14001',
  'ISO 45001',
  'IATF 16949',
  'CE',
  'ISO 13485',
  'API 6D',
  'API 610',
  'ISO 22000',
  'HACCP',
  'TSE',
  'ASME',
  'EN 1090',
  'ATEX',
  'ISO 3834',
] as const;

export const CURRENCIES = ['EUR', 'USD', 'IRR', 'TRY', 'CNY'] as const;
export const IMPORT_ORIGINS = ['DE', 'CN', 'IT', 'JP', 'KR', 'US', 'FR', 'IN', 'AE', 'RU'] as const;

export const ORG_NAME_PARTS: Record<Lang, { first: readonly string[]; second: readonly string[] }> =
  {
    fa: {
      first: ['صنایع', 'شرکت', 'گروه صنعتی', 'کارخانجات', 'مجتمع تولیدی', 'شرکت دانش‌بنیان'],
      second: [
        'پارس',
        'آذر',
        'البرز',
        'سپاهان',
        'خزر',
        'کویر',
        'زاگرس',
        'توس',
        'آریا',
        'نوین',
        'فولاد',
        'صنعت‌گستر',
      ],
    },
    tr: {
      first: [
        'Anadolu',
        'Ege',
        'Marmara',
        'Toros',
        'Kuzey',
        'Yıldız',
        'Doğu',
        'Özgür',
        'Çelik',
        'Güneş',
      ],
      second: [
        'Makina San. A.Ş.',
        'Sanayi Ltd. Şti.',
        'Mühendislik A.Ş.',
        'Metal San. Tic.',
        'Teknoloji A.Ş.',
      ],
    },
    en: {
      first: [
        'Caspian',
        'Persian Gulf',
        'Silk Road',
        'Zagros',
        'Bosphorus',
        'Atlas',
        'Delta',
        'Summit',
      ],
      second: ['Industries', 'Engineering', 'Manufacturing Co.', 'Technologies', 'Precision Works'],
    },
  };

export const QUALIFIERS: Record<Lang, readonly string[]> = {
  fa: [
    'صنعتی',
    'برای خط تولید',
    'با دقت بالا',
    'سری سنگین',
    'مطابق نقشه',
    'برای صنایع غذایی',
    'برای صنعت خودرو',
    'برای معدن',
  ],
  tr: [
    'endüstriyel',
    'üretim hattı için',
    'yüksek hassasiyetli',
    'ağır seri',
    'çizime göre',
    'gıda sanayi için',
    'otomotiv için',
    'madencilik için',
  ],
  en: [
    'industrial',
    'for production lines',
    'high precision',
    'heavy duty',
    'to drawing',
    'for the food industry',
    'for automotive',
    'for mining',
  ],
};

export const NEED_SENTENCES: Record<Lang, readonly string[]> = {
  fa: [
    'سالانه این قطعه را از خارج وارد می‌کنیم و به دنبال سازنده داخلی هستیم',
    'نمونه و نقشه فنی پس از امضای قرارداد محرمانگی ارائه می‌شود',
    'تأمین‌کننده باید ظرفیت تولید پایدار و کنترل کیفیت داشته باشد',
  ],
  tr: [
    'Bu parçayı her yıl ithal ediyoruz ve yerli üretici arıyoruz',
    'Numune ve teknik çizim gizlilik sözleşmesinden sonra paylaşılır',
    'Tedarikçinin istikrarlı üretim kapasitesi ve kalite kontrolü olmalıdır',
  ],
  en: [
    'We import this part every year and look for a domestic maker',
    'Samples and drawings are shared after the NDA is accepted',
    'The supplier needs a steady capacity and quality control',
  ],
};

export const CAPABILITY_SENTENCES: Record<Lang, readonly string[]> = {
  fa: [
    'تولید با ماشین‌آلات CNC و کنترل کیفیت کامل',
    'سابقهٔ تأمین برای صنایع بزرگ کشور',
    'امکان ساخت نمونه در کمتر از یک ماه',
  ],
  tr: [
    'CNC tezgahlarında üretim ve tam kalite kontrolü',
    'Büyük sanayi kuruluşlarına tedarik deneyimi',
    'Bir aydan kısa sürede numune üretimi',
  ],
  en: [
    'Made on CNC machines with full quality control',
    'Supplying large manufacturers for years',
    'Samples within a month',
  ],
};

export const PROCESSES = [
  'CNC turning',
  'CNC milling',
  'casting',
  'forging',
  'injection moulding',
  'welding',
  'heat treatment',
  'grinding',
  'stamping',
  'extrusion',
  'PCB assembly',
  'sewing',
] as const;
export const MATERIALS = [
  '52100 steel',
  'stainless steel 316',
  'cast iron',
  'aluminium 6061',
  'copper',
  'brass',
  'polyamide',
  'polypropylene',
  'rubber',
  'FR-4',
  'leather',
  'cotton',
] as const;
