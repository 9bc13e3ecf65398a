import { Language } from '@niaz/core';
/** Demo organisations and their users, one per role. Texts drawn from the seed reports. */
export const DEMO_PASSWORD = 'niaz-demo-1404';

export interface DemoAccount {
  key: string;
  email: string;
  name: string;
  language: Language;
  isAdmin?: boolean;
  organization: {
    name: string;
    kinds: Array<'manufacturer' | 'supplier' | 'organiser'>;
    country: string;
    province: string;
    city: string;
    language: Language;
    description: string;
    translations?: Record<string, { name?: string; description?: string }>;
    isic?: string[];
    knowledgeBasedCertificate?: string;
    verified?: boolean;
  };
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    key: 'manufacturer-qom',
    email: 'manufacturer@niaz.demo',
    name: 'مریم احمدی',
    language: 'fa',
    organization: {
      name: 'صنایع ماشین‌سازی قم',
      kinds: ['manufacturer'],
      country: 'IR',
      province: 'Qom',
      city: 'Qom',
      language: 'fa',
      description:
        'سازنده نوار نقاله و ماشین‌آلات صنایع غذایی؛ قطعات و مواد اولیه‌ای که امروز وارد می‌کنیم را از سازندگان داخلی می‌خواهیم.',
      translations: { en: { name: 'Qom Machinery Industries' }, tr: { name: 'Kum Makine Sanayi' } },
      isic: ['2825'],
      verified: true,
    },
  },
  {
    key: 'manufacturer-tabriz',
    email: 'tabriz@niaz.demo',
    name: 'یونس پایداری',
    language: 'fa',
    organization: {
      name: 'شرکت تولیدی قطعات خودرو تبریز',
      kinds: ['manufacturer', 'supplier'],
      country: 'IR',
      province: 'East Azerbaijan',
      city: 'Tabriz',
      language: 'fa',
      description: 'عضو خوشه صنعتی قطعات خودرو در شهرک‌های صنعتی آذربایجان شرقی.',
      isic: ['2930'],
      verified: true,
    },
  },
  {
    key: 'supplier-ardabil',
    email: 'supplier@niaz.demo',
    name: 'حامد عاملی',
    language: 'fa',
    organization: {
      name: 'فن‌آوران مس اردبیل',
      kinds: ['supplier'],
      country: 'IR',
      province: 'Ardabil',
      city: 'Ardabil',
      language: 'fa',
      description: 'شرکت دانش‌بنیان در زنجیره مس: کنسانتره، مفتول و قطعات ریخته‌گری مسی.',
      isic: ['2420'],
      knowledgeBasedCertificate: 'KB-1402-0457',
      verified: true,
    },
  },
  {
    key: 'supplier-erzurum',
    email: 'tedarikci@niaz.demo',
    name: 'Bayram Şahin',
    language: 'tr',
    organization: {
      name: 'Erzurum Rulman ve Makine A.Ş.',
      kinds: ['supplier'],
      country: 'TR',
      province: 'Erzurum',
      city: 'Erzurum',
      language: 'tr',
      description:
        'Üniversite laboratuvarlarıyla birlikte rulman, dişli kutusu ve CNC işleme parçaları üretimi.',
      translations: { fa: { name: 'بلبرینگ و ماشین ارزروم' } },
      isic: ['2814'],
      verified: true,
    },
  },
  {
    key: 'supplier-samsun',
    email: 'medikal@niaz.demo',
    name: 'İlknur İnam',
    language: 'tr',
    organization: {
      name: 'Samsun Medikal Ekipman Ltd.',
      kinds: ['supplier'],
      country: 'TR',
      province: 'Samsun',
      city: 'Samsun',
      language: 'tr',
      description:
        'Medikal ekipman ve malzeme kümelenmesinin üyesi: tek kullanımlık tıbbi sarf malzemeleri.',
      isic: ['3250'],
    },
  },
  {
    key: 'organiser-qom',
    email: 'organiser@niaz.demo',
    name: 'روح‌الله ابراهیمی',
    language: 'fa',
    organization: {
      name: 'اتاق بازرگانی قم',
      kinds: ['organiser'],
      country: 'IR',
      province: 'Qom',
      city: 'Qom',
      language: 'fa',
      description: 'برگزارکننده نمایشگاه میز نیاز صنعت برای افزایش توان تولید کالای داخلی.',
      translations: { en: { name: 'Qom Chamber of Commerce' } },
      verified: true,
    },
  },
  {
    key: 'admin',
    email: 'admin@niaz.demo',
    name: 'Niaz Admin',
    language: 'en',
    isAdmin: true,
    organization: {
      name: 'Niaz Platform',
      kinds: ['organiser'],
      country: 'IR',
      province: 'Tehran',
      city: 'Tehran',
      language: 'en',
      description: 'Platform operations.',
      verified: true,
    },
  },
];
