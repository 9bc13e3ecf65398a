import { Language } from '@niaz/core';
/**
 * Demo needs and capabilities in Persian, Turkish and English, drawn from the seed reports
 * (Qom's Industry Needs Table, Ardabil's copper chain, Tabriz clusters, Turkish cluster pilots).
 */
/** What a demo need and a demo capability both say: who posts what, in which language, coded how. */
interface DemoListing {
  key: string;
  owner: string;
  title: string;
  description: string;
  language: Language;
  hsCodes: string[];
  isic?: string;
}

export interface DemoNeed extends DemoListing {
  quantityPerYear?: number;
  unit?: string;
  importOrigin?: string;
  annualImportValue?: { amount: string; currency: string };
  targetPrice?: { amount: string; currency: string };
  requiredCertifications?: string[];
  country: string;
  province: string;
  details?: string;
  minLocalContentPercent?: number;
  publish: boolean;
}

export interface DemoCapability extends DemoListing {
  processes: string[];
  materials: string[];
  certifications: string[];
  capacityPerYear?: number;
  unit?: string;
  trl: number;
  localContentPercent?: number;
  country: string;
  province: string;
}

export const DEMO_NEEDS: DemoNeed[] = [
  {
    key: 'bearing-6204',
    owner: 'manufacturer-qom',
    title: 'بلبرینگ ۶۲۰۴ برای نوار نقاله',
    description:
      'سالانه پنج هزار عدد بلبرینگ ۶۲۰۴ برای نوار نقاله خط تولید از آلمان وارد میکنیم و به دنبال سازنده داخلی هستیم.',
    language: 'fa',
    hsCodes: ['848210'],
    isic: '2814',
    quantityPerYear: 5000,
    unit: 'piece',
    importOrigin: 'DE',
    annualImportValue: { amount: '60000.00', currency: 'EUR' },
    targetPrice: { amount: '11.50', currency: 'EUR' },
    requiredCertifications: ['ISO 9001'],
    country: 'IR',
    province: 'Qom',
    details: 'نقشه‌های فنی و تلرانس‌ها پس از پذیرش NDA.',
    minLocalContentPercent: 40,
    publish: true,
  },
  {
    key: 'food-machinery-gearbox',
    owner: 'manufacturer-qom',
    title: 'گیربکس ماشین آلات صنایع غذایی',
    description: 'گیربکس حلزونی برای دستگاه‌های بسته‌بندی مواد غذایی؛ از ماده اولیه تا ساخت قطعه.',
    language: 'fa',
    hsCodes: ['848340'],
    isic: '2815',
    quantityPerYear: 300,
    unit: 'piece',
    importOrigin: 'IT',
    annualImportValue: { amount: '450000.00', currency: 'EUR' },
    country: 'IR',
    province: 'Qom',
    publish: true,
  },
  {
    key: 'copper-wire',
    owner: 'manufacturer-tabriz',
    title: 'مفتول مسی برای سیم پیچ موتور',
    description: 'مفتول مس لاکی برای سیم‌پیچ موتورهای الکتریکی خوشه قطعات خودرو تبریز.',
    language: 'fa',
    hsCodes: ['740811'],
    isic: '2420',
    quantityPerYear: 120,
    unit: 'tonne',
    importOrigin: 'CN',
    annualImportValue: { amount: '1100000.00', currency: 'USD' },
    country: 'IR',
    province: 'East Azerbaijan',
    publish: true,
  },
  {
    key: 'brake-pads',
    owner: 'manufacturer-tabriz',
    title: 'Brake pads for light commercial vehicles',
    description: 'Ceramic brake pads, ECE R90 approved, for a Tabriz auto-parts cluster assembler.',
    language: 'en',
    hsCodes: ['870830'],
    isic: '2930',
    quantityPerYear: 40000,
    unit: 'set',
    importOrigin: 'TR',
    requiredCertifications: ['ECE R90'],
    country: 'IR',
    province: 'East Azerbaijan',
    publish: false,
  },
];

export const DEMO_CAPABILITIES: DemoCapability[] = [
  {
    key: 'rulman',
    owner: 'supplier-erzurum',
    title: 'Rulman üretimi',
    description:
      'Üniversite laboratuvarlarıyla birlikte bilyalı rulman ve makaralı rulman üretimi.',
    language: 'tr',
    hsCodes: ['8482'],
    isic: '2814',
    processes: ['CNC tornalama', 'ısıl işlem', 'taşlama'],
    materials: ['52100 çeliği'],
    certifications: ['ISO 9001'],
    capacityPerYear: 200000,
    unit: 'piece',
    trl: 8,
    localContentPercent: 70,
    country: 'TR',
    province: 'Erzurum',
  },
  {
    key: 'disli-kutusu',
    owner: 'supplier-erzurum',
    title: 'Dişli kutusu ve redüktör imalatı',
    description:
      'Gıda işleme makineleri için sonsuz vidalı redüktörler (Çorum kümelenmesi müşterileri).',
    language: 'tr',
    hsCodes: ['848340'],
    isic: '2815',
    processes: ['dişli açma', 'CNC işleme'],
    materials: ['sementasyon çeliği', 'bronz'],
    certifications: ['ISO 9001'],
    capacityPerYear: 2000,
    unit: 'piece',
    trl: 7,
    country: 'TR',
    province: 'Erzurum',
  },
  {
    key: 'copper-chain',
    owner: 'supplier-ardabil',
    title: 'تولید مفتول و کاتد مس',
    description: 'زنجیره مس اردبیل: کنسانتره، کاتد و مفتول مسی برای صنایع برق و خودرو.',
    language: 'fa',
    hsCodes: ['7403', '7408'],
    isic: '2420',
    processes: ['ریخته گری پیوسته', 'کشش مفتول'],
    materials: ['کاتد مس'],
    certifications: ['ISO 9001', 'ISO 14001'],
    capacityPerYear: 3000,
    unit: 'tonne',
    trl: 9,
    localContentPercent: 90,
    country: 'IR',
    province: 'Ardabil',
  },
  {
    key: 'medical-consumables',
    owner: 'supplier-samsun',
    title: 'Tek kullanımlık tıbbi sarf malzemeleri',
    description: 'Samsun medikal ekipman kümelenmesi: enjektör, kateter ve serum setleri.',
    language: 'tr',
    hsCodes: ['9018'],
    isic: '3250',
    processes: ['plastik enjeksiyon', 'steril paketleme'],
    materials: ['tıbbi PVC'],
    certifications: ['ISO 13485'],
    capacityPerYear: 5000000,
    unit: 'piece',
    trl: 9,
    country: 'TR',
    province: 'Samsun',
  },
];
