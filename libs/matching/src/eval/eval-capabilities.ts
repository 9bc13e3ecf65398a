import { Language } from '@niaz/core';
/**
 * The capabilities of the matching evaluation: makers that fit the needs (in all three
 * languages, some linked to a need only by HS code), hard negatives (the same words but
 * another product: a conveyor repairer for a bearing need; the same HS chapter but another
 * heading: an air compressor for a pump need; the same code but another trade: bathroom
 * taps under 848180), and makers of unrelated products. Comments mark the hard negatives.
 */
export interface EvalCapability {
  id: string;
  language: Language;
  title: string;
  description: string;
  hsCodes: string[];
  country: string;
  province: string;
  isic?: string;
  processes?: string[];
  materials?: string[];
  certifications?: string[];
  capacityPerYear?: number;
  unit?: string;
  verified?: boolean;
}

type Extra = Partial<
  Pick<
    EvalCapability,
    'isic' | 'processes' | 'materials' | 'certifications' | 'capacityPerYear' | 'unit' | 'verified'
  >
>;

const c = (
  id: string,
  language: EvalCapability['language'],
  where: string,
  title: string,
  description: string,
  hsCodes: string[],
  extra: Extra = {},
): EvalCapability => {
  const [country, province] = where.split('/');
  return { id, language, title, description, hsCodes, country, province, ...extra };
};

export const EVAL_CAPABILITIES: EvalCapability[] = [
  // Bearings (n01 deep-groove ball bearings, n02 tapered roller bearings).
  c(
    'brg-01',
    'tr',
    'TR/Erzurum',
    'Rulman Üretimi',
    'Sabit bilyalı rulmanlar, 6200 ve 6300 serisi; taşlama ve montaj hattı.',
    ['848210'],
    {
      isic: '2814',
      certifications: ['ISO 9001'],
      capacityPerYear: 200000,
      unit: 'piece',
      processes: ['CNC tornalama', 'taşlama'],
      materials: ['52100 çeliği'],
    },
  ),
  c(
    'brg-02',
    'fa',
    'IR/Tehran',
    'تولید بلبرینگ شیار عمیق',
    'ساخت بلبرینگ\u200cهای سری ۶۰۰۰ و ۶۲۰۰ با فولاد ۵۲۱۰۰ برای الکتروموتور و نوار نقاله.',
    ['848210'],
    {
      isic: '2814',
      certifications: ['ISO 9001:2015'],
      capacityPerYear: 300000,
      unit: 'piece',
      verified: true,
    },
  ),
  c(
    'brg-03',
    'en',
    'IR/Qazvin',
    'Deep groove ball bearings',
    'We manufacture 62xx and 63xx deep groove ball bearings with 2RS rubber seals for conveyors, pumps and fans.',
    ['848210'],
    { isic: '2814', capacityPerYear: 150000, unit: 'piece' },
  ),
  c(
    'brg-04',
    'fa',
    'IR/Razavi Khorasan',
    'ساخت ياتاقان و رولبرينگ',
    'توليد انواع ياتاقان غلتشي، بلبرينگ و رولبرينگ صنعتي براي ماشين آلات کشاورزي و معدني.',
    ['8482'],
    { isic: '2814' },
  ),
  c(
    'brg-05',
    'tr',
    'TR/Bursa',
    'Konik makaralı rulman imalatı',
    '30200 ve 32200 serisi konik makaralı rulmanlar; traktör ve kamyon aksları için.',
    ['848220'],
    {
      isic: '2814',
      certifications: ['ISO 9001', 'IATF 16949'],
      capacityPerYear: 400000,
      unit: 'piece',
    },
  ),
  c(
    'brg-06',
    'en',
    'TR/Izmir',
    'Tapered roller bearings',
    'Tapered roller bearings 302xx and 322xx for agricultural machinery and axles.',
    ['848220'],
    { isic: '2814', certifications: ['ISO 9001'] },
  ),
  c(
    'brg-07',
    'tr',
    'TR/Ankara',
    'Hassas bilyalı ve makaralı yataklar',
    'OEM müşterilere sabit bilyalı, silindirik ve konik makaralı yatak üretimi.',
    ['848210', '848220', '848250'],
    { isic: '2814', capacityPerYear: 500000, unit: 'piece', verified: true },
  ),
  c(
    'brg-08',
    'fa',
    'IR/Isfahan',
    'رولبرینگ مخروطی',
    'تولید رولبرینگ مخروطی برای محور تراکتور و کامیون، ظرفیت ۵۰ هزار عدد در سال.',
    ['848220'],
    { isic: '2814', capacityPerYear: 50000, unit: 'piece' },
  ),
  // hard negative: bearing service, not new bearings
  c(
    'brg-09',
    'en',
    'IR/East Azerbaijan',
    'Bearing remanufacturing and regrinding',
    'Regrinding and remanufacturing of large slewing and roller bearings for steel mills.',
    ['848299'],
  ),
  // hard negative: bearing housings (same family words, heading 8483)
  c(
    'brg-10',
    'tr',
    'TR/Kayseri',
    'Rulman yatağı gövdeleri',
    'UCP ve UCF tipi rulman yatağı, pik döküm gövdeler.',
    ['848320'],
    { isic: '2814' },
  ),
  // hard negative: conveyor repair (same words نوار نقاله, same province)
  c(
    'brg-11',
    'fa',
    'IR/Qom',
    'تعمیر نوار نقاله معدنی',
    'نصب و تعمیر نوار نقاله، تعویض غلتک و تسمه نقاله در معادن و کارخانه ها.',
    ['842839'],
  ),
  // hard negative: idler rollers that use 6204 bearings
  c(
    'brg-12',
    'en',
    'IR/Qom',
    'Conveyor idlers and rollers',
    'Steel conveyor idlers fitted with sealed 6204 bearings, for mining belt conveyors.',
    ['843139'],
  ),
  // hard negative: a spare-parts trader
  c(
    'brg-13',
    'tr',
    'TR/Konya',
    'Traktör yedek parça satışı',
    'Traktör aks, rulman, keçe ve fren parçaları toptan satış.',
    ['870899'],
  ),
  c(
    'brg-14',
    'fa',
    'IR/Tehran',
    'بلبرینگ مینیاتوری',
    'بلبرینگ\u200cهای مینیاتوری سری ۶۰۰ و ۶۰۰۰ برای موتورهای کوچک و لوازم خانگی.',
    ['848210'],
    { isic: '2814' },
  ),
  c(
    'brg-15',
    'fa',
    'IR/Markazi',
    'بلبرینگهای صنعتی',
    'تولید بلبرینگهای شیارعمیق و یاتاقانهای غلتشی سایز ۲۰ تا ۱۲۰ میلیمتر.',
    ['848210'],
    { isic: '2814', certifications: ['ISO 9001'] },
  ),

  // Pumps (n03 centrifugal, n04 submersible).
  c(
    'pmp-01',
    'tr',
    'TR/Konya',
    'Santrifüj pompa imalatı',
    'Uçtan emişli santrifüj pompalar, pik döküm gövde, 5–500 m3/h.',
    ['841370'],
    { isic: '2813', certifications: ['CE', 'ISO 9001'], capacityPerYear: 3000, unit: 'piece' },
  ),
  c(
    'pmp-02',
    'fa',
    'IR/Isfahan',
    'پمپ گریز از مرکز صنعتی',
    'ساخت پمپهای سانتریفیوژ تک مرحله ای برای آب خنک کننده و آتش نشانی.',
    ['841370'],
    { isic: '2813', capacityPerYear: 1200, unit: 'piece' },
  ),
  c(
    'pmp-03',
    'en',
    'IR/Markazi',
    'Industrial water pumps',
    'End-suction and split-case pumps for cooling towers and HVAC, up to 1000 m3/h.',
    ['841370'],
    { isic: '2813', certifications: ['CE'] },
  ),
  c(
    'pmp-04',
    'fa',
    'IR/Razavi Khorasan',
    'الکتروپمپ شناور',
    'تولید الکتروپمپهای شناور ۴ و ۶ اینچ استیل برای چاههای کشاورزی.',
    ['841370'],
    { isic: '2813', capacityPerYear: 5000, unit: 'piece' },
  ),
  c(
    'pmp-05',
    'tr',
    'TR/Konya',
    'Dalgıç pompa',
    'Derin kuyu dalgıç pompaları, paslanmaz çelik, tarımsal sulama için.',
    ['841370'],
    { isic: '2813' },
  ),
  c(
    'pmp-06',
    'en',
    'TR/Ankara',
    'Submersible borehole pumps',
    'Stainless steel multistage submersible pumps, 4" and 6", for irrigation wells.',
    ['841370'],
    { isic: '2813', certifications: ['CE'] },
  ),
  c(
    'pmp-07',
    'tr',
    'TR/Izmir',
    'SU POMPALARI VE HİDROFORLAR',
    'Santrifüj ve dalgıç su pompaları, hidrofor sistemleri; İzmir fabrikamızda üretim.',
    ['841370', '841381'],
    { isic: '2813', certifications: ['CE'] },
  ),
  c(
    'pmp-08',
    'fa',
    'IR/Tehran',
    'ساخت تلمبه و پمپ آب',
    'انواع تلمبه سانتریفیوژ و کفکش برای کشاورزی و ساختمان.',
    ['8413'],
    { isic: '2813' },
  ),
  // hard negative: castings for pump bodies (same province)
  c(
    'pmp-09',
    'fa',
    'IR/Isfahan',
    'ریخته گری پوسته پمپ',
    'ریخته\u200cگری چدن خاکستری برای پوسته و پروانه پمپ سفارشی.',
    ['732510'],
    { isic: '2431' },
  ),
  // hard negative: pump repair (pump parts heading)
  c(
    'pmp-10',
    'en',
    'IR/Tehran',
    'Pump repair and maintenance',
    'Overhaul of centrifugal pumps, mechanical seal replacement and impeller balancing.',
    ['841391'],
  ),
  // hard negative: hydraulic gear pumps (same heading, other product)
  c(
    'pmp-11',
    'tr',
    'TR/Bursa',
    'Hidrolik dişli pompa',
    'İş makineleri için hidrolik dişli pompalar ve motorlar.',
    ['841360'],
    { isic: '2812' },
  ),
  // hard negative: same chapter, other heading
  c(
    'pmp-12',
    'en',
    'IR/Fars',
    'Air compressors and vacuum pumps',
    'Rotary vane vacuum pumps and piston air compressors for workshops.',
    ['841410'],
  ),

  // Valves (n05 ball valves, n06 butterfly valves).
  c(
    'vlv-01',
    'tr',
    'TR/Kocaeli',
    'Küresel vana üretimi',
    'Paslanmaz ve karbon çelik küresel vanalar, DN15–DN300, API 6D.',
    ['848180'],
    { isic: '2813', certifications: ['API 6D', 'ISO 9001'], capacityPerYear: 20000, unit: 'piece' },
  ),
  c(
    'vlv-02',
    'en',
    'TR/Istanbul',
    'Ball valves for oil and gas',
    'Trunnion and floating ball valves, API 6D, fire-safe, up to PN100.',
    ['848180'],
    { isic: '2813', certifications: ['API 6D', 'ISO 9001'], verified: true },
  ),
  c(
    'vlv-03',
    'fa',
    'IR/Khuzestan',
    'ساخت شیر توپی گاز',
    'شیرهای توپی فولادی برای خطوط انتقال گاز و نفت، سایز ۲ تا ۲۴ اینچ.',
    ['848180'],
    { isic: '2813', certifications: ['API 6D'] },
  ),
  c(
    'vlv-04',
    'fa',
    'IR/Tehran',
    'شیر پروانه ای و شیر کشویی',
    'تولید شیر پروانه\u200cای ویفری و لاگ و شیر کشویی چدنی برای آب و فاضلاب.',
    ['848180'],
    { isic: '2813' },
  ),
  c(
    'vlv-05',
    'tr',
    'TR/Ankara',
    'Kelebek vana imalatı',
    'Su şebekeleri için elektrik ve pnömatik aktüatörlü kelebek vanalar.',
    ['848180'],
    { isic: '2813' },
  ),
  c(
    'vlv-06',
    'en',
    'IR/Isfahan',
    'Butterfly valves for water treatment',
    'Double-eccentric butterfly valves DN100–DN1200 with electric actuators.',
    ['848180'],
    { isic: '2813' },
  ),
  c(
    'vlv-07',
    'fa',
    'IR/East Azerbaijan',
    'شيرآلات صنعتي',
    'انواع شيرآلات صنعتي: توپي، پروانه اي، کشويي و يکطرفه.',
    ['8481'],
    { isic: '2813' },
  ),
  c(
    'vlv-08',
    'tr',
    'TR/Izmir',
    'Endüstriyel vana',
    'Küresel, kelebek, sürgülü vana ve çek valf üretimi.',
    ['8481'],
    { isic: '2813', certifications: ['API 6D'] },
  ),
  // hard negative: bathroom taps, same HS code
  c(
    'vlv-09',
    'fa',
    'IR/Tehran',
    'شیرآلات ساختمانی و بهداشتی',
    'شیر مخلوط روشویی و سینک و شیرآلات حمام.',
    ['848180'],
  ),
  // hard negative: steel balls (same word "ball")
  c(
    'vlv-10',
    'en',
    'TR/Istanbul',
    'Precision steel balls',
    'Chrome steel balls G10–G100 for bearings and ball valves.',
    ['732690'],
  ),
  // hard negative: pipeline contractor (same words, same province)
  c(
    'vlv-11',
    'tr',
    'TR/Kocaeli',
    'Doğalgaz boru hattı montajı',
    'Doğalgaz hattı inşaatı ve montajı, vana montajı dahil.',
    ['730519'],
  ),
  // hard negative: water treatment plants (same words تصفیه خانه)
  c(
    'vlv-12',
    'fa',
    'IR/Tehran',
    'پکیج تصفیه خانه آب و فاضلاب',
    'طراحی و ساخت پکیج تصفیه\u200cخانه آب و فاضلاب شهری.',
    ['842121'],
  ),
  c(
    'vlv-13',
    'tr',
    'TR/Sakarya',
    'kuresel vana ve aktuator uretimi',
    'dogalgaz ve petrol hatlari icin kuresel vanalar, API 6D belgeli, 2"-12".',
    ['848180'],
    { isic: '2813', certifications: ['API 6D'] },
  ),

  // Gearboxes (n07 worm gearbox).
  c(
    'gbx-01',
    'fa',
    'IR/Qom',
    'گیربکس حلزونی',
    'تولید گیربکس حلزونی و الکتروگیربکس با نسبت ۱:۵ تا ۱:۱۰۰.',
    ['848340'],
    { isic: '2814', capacityPerYear: 3000, unit: 'piece' },
  ),
  c(
    'gbx-02',
    'tr',
    'TR/Bursa',
    'Sonsuz vida redüktör',
    'Alüminyum gövdeli NMRV tipi sonsuz vidalı redüktörler.',
    ['848340'],
    { isic: '2814' },
  ),
  c(
    'gbx-03',
    'en',
    'TR/Istanbul',
    'Worm gear reducers',
    'Worm and helical gear reducers for mixers, agitators and conveyors.',
    ['848340'],
    { isic: '2814', certifications: ['ISO 9001'] },
  ),
  c(
    'gbx-04',
    'fa',
    'IR/Tehran',
    'جعبه دنده صنعتی',
    'ساخت جعبه دنده\u200cهای هلیکال و حلزونی برای همزن و میکسر.',
    ['8483'],
    { isic: '2814' },
  ),
  c(
    'gbx-05',
    'tr',
    'TR/Eskişehir',
    'Redüktör ve dişli imalatı',
    'Helisel ve sonsuz vida dişli kutuları, özel dişli çark imalatı.',
    ['848340'],
    { isic: '2814' },
  ),
  // hard negative: mixer maker (same words همزن صنعتی, same province)
  c(
    'gbx-06',
    'fa',
    'IR/Qom',
    'ساخت همزن صنعتی',
    'طراحی و ساخت همزنهای صنعتی برای مخازن شیمیایی و غذایی.',
    ['847982'],
  ),
  // hard negative: car transmission parts
  c(
    'gbx-07',
    'en',
    'IR/Markazi',
    'Automotive transmission gears',
    'Gears and shafts for passenger car manual transmissions.',
    ['870840'],
    { isic: '2930' },
  ),

  // PCBs (n08).
  c(
    'pcb-01',
    'tr',
    'TR/Istanbul',
    'Çok katlı baskılı devre kartı üretimi',
    '2–12 katlı FR-4 baskılı devre kartları, IPC sınıf 2 ve 3, ENIG yüzey.',
    ['853400'],
    { isic: '2610', certifications: ['ISO 9001'], capacityPerYear: 500000, unit: 'piece' },
  ),
  c(
    'pcb-02',
    'fa',
    'IR/Tehran',
    'تولید برد مدار چاپی چندلایه',
    'ساخت فیبر مدار چاپی دو لایه و چند لایه FR4 با پوشش ENIG.',
    ['853400'],
    { isic: '2610', certifications: ['ISO 9001'] },
  ),
  c(
    'pcb-03',
    'en',
    'IR/Fars',
    'PCB fabrication and assembly',
    'Multilayer PCB fabrication with SMT assembly (PCBA), small and medium batches.',
    ['853400'],
    { isic: '2610' },
  ),
  // hard negative: assembly with the customer's boards
  c(
    'pcb-04',
    'tr',
    'TR/Ankara',
    'Elektronik kart dizgi hizmeti',
    'Müşteri kartları ile SMD ve THT dizgi ve test.',
    ['853890'],
    { isic: '2610' },
  ),
  // hard negative: motor drives (same words motor drive)
  c(
    'pcb-05',
    'fa',
    'IR/Isfahan',
    'درایو موتور و اینورتر',
    'طراحی و ساخت درایو و اینورتر کنترل دور موتور.',
    ['850440'],
  ),
  c(
    'pcb-06',
    'en',
    'TR/Izmir',
    'Rigid and flexible PCBs',
    'Rigid, flex and rigid-flex printed circuit boards up to 8 layers.',
    ['853400'],
    { isic: '2610', certifications: ['ISO 9001'] },
  ),
  // hard negative: assembly only
  c('pcb-07', 'fa', 'IR/Tehran', 'مونتاژ برد الکترونیکی', 'مونتاژ SMD بردهای الکترونیکی مشتری.', [
    '853890',
  ]),

  // Medical consumables (n09 syringes, n10 surgical gloves).
  c(
    'med-01',
    'fa',
    'IR/Tehran',
    'تولید سرنگ یکبار مصرف',
    'سرنگ\u200cهای ۲، ۵ و ۱۰ سی سی استریل شده با اتیلن اکسید.',
    ['901831'],
    {
      isic: '3250',
      certifications: ['ISO 13485'],
      capacityPerYear: 50000000,
      unit: 'piece',
      verified: true,
    },
  ),
  c(
    'med-02',
    'tr',
    'TR/Ankara',
    'Tek kullanımlık enjektör üretimi',
    'Steril tek kullanımlık enjektörler 2,5–20 ml, CE ve ISO 13485.',
    ['901831'],
    { isic: '3250', certifications: ['ISO 13485', 'CE'] },
  ),
  c(
    'med-03',
    'en',
    'TR/Samsun',
    'Disposable syringes and needles',
    'Luer-lock disposable syringes and hypodermic needles.',
    ['901831', '901832'],
    { isic: '3250', certifications: ['ISO 13485'] },
  ),
  c(
    'med-04',
    'fa',
    'IR/East Azerbaijan',
    'ملزومات پزشکی یکبار مصرف',
    'سرنگ، ست سرم و آنژیوکت.',
    ['9018'],
    { isic: '3250' },
  ),
  // hard negative: medical plastic moulding (does not make syringes)
  c(
    'med-05',
    'tr',
    'TR/Samsun',
    'Medikal plastik enjeksiyon',
    'Tıbbi cihazlar için temiz odada plastik enjeksiyon parçalar.',
    ['392690'],
    { isic: '2220' },
  ),
  // hard negative: hospital furniture
  c('med-06', 'fa', 'IR/Tehran', 'تجهیزات بیمارستانی', 'تخت بیمارستانی برقی و ترالی دارو.', [
    '940290',
  ]),
  c(
    'med-07',
    'tr',
    'TR/Samsun',
    'Cerrahi eldiven üretimi',
    'Lateks ve nitril cerrahi eldivenler, steril ve pudrasız.',
    ['401519'],
    { isic: '2219', certifications: ['CE', 'ISO 13485'] },
  ),
  c(
    'med-08',
    'fa',
    'IR/Tehran',
    'تولید دستکش جراحی لاتکس',
    'دستکش جراحی استریل و دستکش معاینه.',
    ['401519'],
    { isic: '2219' },
  ),
  c(
    'med-09',
    'en',
    'IR/Qazvin',
    'Nitrile examination gloves',
    'Powder-free nitrile and latex gloves for hospitals and laboratories.',
    ['401519'],
    { isic: '2219', certifications: ['CE'] },
  ),
  // hard negative: work gloves
  c('med-10', 'tr', 'TR/Istanbul', 'İş eldiveni', 'Örme ve deri iş eldivenleri.', ['611610']),
  // hard negative: dressings (medical consumables, neither syringes nor gloves)
  c('med-11', 'fa', 'IR/Tehran', 'گاز استریل و باند', 'گاز استریل، باند و چسب زخم.', ['300590'], {
    isic: '2100',
  }),

  // Footwear (n11 PU soles).
  c(
    'ftw-01',
    'tr',
    'TR/Gaziantep',
    'PU ayakkabı tabanı',
    'Poliüretan enjeksiyon ayakkabı tabanları, erkek ve kadın.',
    ['640620'],
    { isic: '1520', capacityPerYear: 1500000, unit: 'pair' },
  ),
  c(
    'ftw-02',
    'fa',
    'IR/East Azerbaijan',
    'تولید زیره کفش پی یو',
    'زیره کفش پلی اورتان و ترموپلاستیک.',
    ['640620'],
    { isic: '1520' },
  ),
  c(
    'ftw-03',
    'en',
    'IR/Razavi Khorasan',
    'Rubber and PU outsoles',
    'Vulcanized rubber and polyurethane outsoles for safety and casual shoes.',
    ['640620'],
    { isic: '1520' },
  ),
  c(
    'ftw-04',
    'tr',
    'TR/Istanbul',
    'Ayakkabı yan sanayi',
    'Taban, iç taban, topuk ve saya üretimi.',
    ['6406'],
    { isic: '1520' },
  ),
  // hard negative: finished shoes
  c('ftw-05', 'fa', 'IR/East Azerbaijan', 'کفش چرمی مردانه', 'تولید کفش چرمی دست دوز.', ['640399']),
  // hard negative: sole moulds (same province)
  c(
    'ftw-06',
    'tr',
    'TR/Gaziantep',
    'Ayakkabı taban kalıpları',
    'Alüminyum taban enjeksiyon kalıpları.',
    ['848071'],
  ),

  // Ship parts (n12 propellers).
  c(
    'shp-01',
    'tr',
    'TR/Istanbul',
    'Gemi pervanesi döküm ve işleme',
    'Nikel-alüminyum bronz gemi pervaneleri, 4 ve 5 kanatlı.',
    ['848710'],
    { isic: '3011' },
  ),
  c(
    'shp-02',
    'fa',
    'IR/Bushehr',
    'ساخت پروانه لنج و شناور',
    'ریخته\u200cگری و ماشینکاری پروانه برنزی لنج و قایق صیادی.',
    ['848710'],
    { isic: '3011' },
  ),
  c(
    'shp-03',
    'en',
    'IR/Hormozgan',
    'Marine propellers',
    'Fixed-pitch bronze propellers for fishing boats and tugs.',
    ['848710'],
    { isic: '3011' },
  ),
  // hard negative: shipyard
  c('shp-04', 'tr', 'TR/Trabzon', 'Tersane ve gemi onarım', 'Balıkçı gemisi inşa ve onarımı.', [
    '890290',
  ]),
  // hard negative: engine spare parts
  c(
    'shp-05',
    'tr',
    'TR/Trabzon',
    'Gemi yedek parçası',
    'Gemi dizel motor yedek parçaları satışı.',
    ['840999'],
  ),
  // hard negative: ship repair
  c('shp-06', 'fa', 'IR/Bushehr', 'تعمیر کشتی', 'تعمیرات بدنه و موتور کشتی و لنج.', ['890590']),
  c(
    'shp-07',
    'en',
    'TR/Izmir',
    'Bronze foundry',
    'Sand casting of bronze and brass parts up to 2 tons, including marine propellers.',
    ['741999'],
    { isic: '2432' },
  ),

  // Food machinery (n13 flour milling).
  c(
    'fdm-01',
    'tr',
    'TR/Çorum',
    'Değirmen makineleri',
    'Valsli değirmen, elek ve irmik makineleri imalatı.',
    ['843780'],
    { isic: '2825' },
  ),
  c(
    'fdm-02',
    'fa',
    'IR/Qazvin',
    'ساخت ماشین آلات آرد',
    'ساخت غلتک آسیاب (والس) و الک برای کارخانه آرد.',
    ['843780'],
    { isic: '2825' },
  ),
  c(
    'fdm-03',
    'en',
    'TR/Konya',
    'Flour milling machinery',
    'Roller mills, plansifters and purifiers for wheat flour mills.',
    ['843780'],
    { isic: '2825', certifications: ['CE'] },
  ),
  // hard negative: bakery machines (same family, same province)
  c(
    'fdm-04',
    'tr',
    'TR/Çorum',
    'Ekmek ve bisküvi makineleri',
    'Endüstriyel fırın ve hamur yoğurma makineleri.',
    ['843810'],
    { isic: '2825' },
  ),
  // hard negative: dairy machines
  c(
    'fdm-05',
    'fa',
    'IR/Tehran',
    'ماشین آلات لبنیات',
    'پاستوریزاتور و تانک خنک کننده شیر.',
    ['843420'],
    { isic: '2825' },
  ),
  c(
    'fdm-06',
    'en',
    'IR/Tehran',
    'Food processing lines',
    'Complete food processing lines: grain mills, sifters, mixers and ovens.',
    ['8437', '8438'],
    { isic: '2825' },
  ),

  // Steel billets (n14).
  c(
    'stl-01',
    'fa',
    'IR/Ardabil',
    'تولید شمش فولاد',
    'شمش فولادی ۱۲۵ و ۱۵۰ با کوره القایی و ریخته گری مداوم.',
    ['720711'],
    { isic: '2410', capacityPerYear: 300000, unit: 'ton' },
  ),
  c(
    'stl-02',
    'tr',
    'TR/Karabük',
    'Çelik kütük üretimi',
    '130x130 ve 150x150 çelik kütük, sürekli döküm.',
    ['720711'],
    { isic: '2410', capacityPerYear: 1000000, unit: 'ton' },
  ),
  c(
    'stl-03',
    'en',
    'IR/Khuzestan',
    'Steel billets and blooms',
    'Continuous-cast billets 150 and 200 mm, grades 3SP and 5SP.',
    ['720711', '720712'],
    { isic: '2410' },
  ),
  // hard negative: rebar rolling (uses billets; same province)
  c(
    'stl-04',
    'fa',
    'IR/Ardabil',
    'تولید میلگرد آجدار',
    'نورد میلگرد آجدار از شمش خریداری شده.',
    ['721420'],
    { isic: '2410' },
  ),
  // hard negative: scrap and ore trading
  c(
    'stl-05',
    'tr',
    'TR/Karabük',
    'Hurda ve demir cevheri ticareti',
    'Hurda demir ve demir cevheri alım satımı.',
    ['260111'],
  ),
  // hard negative: sponge iron (same chapter, same province)
  c(
    'stl-06',
    'fa',
    'IR/Ardabil',
    'آهن اسفنجی',
    'تولید آهن اسفنجی به روش احیای مستقیم.',
    ['720310'],
    { isic: '2410' },
  ),
  c(
    'stl-07',
    'fa',
    'IR/Yazd',
    'بیلت فولادی و اسلب',
    'فولادسازی با کوره قوس الکتریکی، تولید بیلت و اسلب.',
    ['7207'],
    { isic: '2410' },
  ),

  // Copper (n15 wire rod).
  c(
    'cu-01',
    'fa',
    'IR/Kerman',
    'تولید مفتول مس',
    'راد مس ۸ میلیمتری به روش ریخته گری پیوسته.',
    ['740811'],
    { isic: '2420', capacityPerYear: 60000, unit: 'ton' },
  ),
  c(
    'cu-02',
    'tr',
    'TR/Istanbul',
    'Bakır filmaşin',
    '8 mm bakır filmaşin, kablo endüstrisi için.',
    ['740811'],
    { isic: '2420' },
  ),
  c(
    'cu-03',
    'en',
    'IR/Tehran',
    'Copper rod and wire',
    'Copper wire rod 8 mm and drawn copper wire 1–4 mm.',
    ['7408'],
    { isic: '2420' },
  ),
  // hard negative: cathodes (same chapter)
  c('cu-04', 'fa', 'IR/Kerman', 'کاتد مس', 'تولید کاتد مس با خلوص ۹۹.۹۹ درصد.', ['740311'], {
    isic: '2420',
  }),
  // hard negative: busbars
  c(
    'cu-05',
    'tr',
    'TR/Kayseri',
    'Bakır lama ve bara',
    'Elektrik panoları için bakır lama ve bara.',
    ['740710'],
    { isic: '2420' },
  ),
  // hard negative: a cable maker (uses copper rod)
  c(
    'cu-06',
    'fa',
    'IR/Tehran',
    'کابل و سیم برق ساختمانی',
    'تولید سیم و کابل برق ساختمانی.',
    ['854449'],
    { isic: '2732' },
  ),
  // hard negative: winding wire
  c(
    'cu-07',
    'en',
    'TR/Bursa',
    'Enamelled winding wire',
    'Enamelled copper magnet wire for motors and transformers.',
    ['854411'],
    { isic: '2732' },
  ),
  c(
    'cu-08',
    'fa',
    'IR/Kerman',
    'ذوب و نورد مس',
    'تولید مفتول و شینه مسی از کاتد.',
    ['7408', '7407'],
    { isic: '2420' },
  ),

  // Yarn (n16 cotton yarn).
  c(
    'yrn-01',
    'fa',
    'IR/Yazd',
    'ریسندگی نخ پنبه',
    'تولید نخ پنبه\u200cای شانه شده نمره ۲۰ تا ۴۰.',
    ['520512'],
    { isic: '1311', capacityPerYear: 3000, unit: 'ton' },
  ),
  c(
    'yrn-02',
    'tr',
    'TR/Kahramanmaraş',
    'Penye pamuk ipliği',
    'Ne 30/1 penye pamuk ipliği, ring eğirme.',
    ['520512'],
    { isic: '1311' },
  ),
  c(
    'yrn-03',
    'en',
    'TR/Denizli',
    'Cotton yarn spinning mill',
    'Open-end and ring-spun cotton yarns Ne 10–40.',
    ['5205'],
    { isic: '1311' },
  ),
  // hard negative: weaving (same province)
  c(
    'yrn-04',
    'fa',
    'IR/Yazd',
    'بافندگی پارچه پنبه ای',
    'بافت پارچه پنبه\u200cای و ملحفه.',
    ['520812'],
    { isic: '1312' },
  ),
  // hard negative: polyester filament yarn
  c(
    'yrn-05',
    'tr',
    'TR/Bursa',
    'Polyester iplik',
    'Polyester filament ve tekstüre iplik.',
    ['540233'],
    { isic: '1311' },
  ),
  c(
    'yrn-06',
    'fa',
    'IR/Isfahan',
    'نخ و الیاف',
    'تولید نخ پنبه و نخ پلی استر ریسیده.',
    ['5205', '5509'],
    { isic: '1311' },
  ),

  // Kitchenware (n17 stainless steel pots).
  c(
    'ktc-01',
    'tr',
    'TR/Kahramanmaraş',
    'Çelik tencere ve tava',
    'Kapsül tabanlı paslanmaz çelik tencere setleri.',
    ['732393'],
    { isic: '2599', capacityPerYear: 400000, unit: 'set' },
  ),
  c('ktc-02', 'fa', 'IR/Tehran', 'ظروف استیل', 'تولید قابلمه و تابه استیل ضد زنگ.', ['732393'], {
    isic: '2599',
  }),
  c(
    'ktc-03',
    'en',
    'IR/Razavi Khorasan',
    'Stainless steel cookware',
    'Pots, pans and pressure cookers in 18/10 stainless steel.',
    ['732393'],
    { isic: '2599' },
  ),
  // hard negative: aluminium cookware (same province)
  c(
    'ktc-04',
    'tr',
    'TR/Kahramanmaraş',
    'Alüminyum döküm tava',
    'Granit kaplı alüminyum döküm tava ve tencere.',
    ['761510'],
    { isic: '2599' },
  ),
  // hard negative: cutlery
  c('ktc-05', 'fa', 'IR/Tehran', 'کارد و چنگال استیل', 'تولید قاشق، چنگال و کارد استیل.', [
    '821599',
  ]),
  // hard negative: a wholesaler
  c('ktc-06', 'tr', 'TR/Istanbul', 'Züccaciye toptan', 'Mutfak eşyası toptan satış ve ithalat.', [
    '732393',
  ]),
  c(
    'ktc-07',
    'fa',
    'IR/Isfahan',
    'ظروف آشپزخانه فلزی',
    'تولید قابلمه استیل و روحی و زودپز.',
    ['7323'],
    { isic: '2599' },
  ),

  // Electric motors (n18 induction motors).
  c(
    'mot-01',
    'fa',
    'IR/East Azerbaijan',
    'الکتروموتور سه فاز',
    'ساخت الکتروموتور القایی ۰.۳۷ تا ۱۳۲ کیلووات با راندمان IE3.',
    ['850152'],
    { isic: '2710', capacityPerYear: 20000, unit: 'piece', verified: true },
  ),
  c(
    'mot-02',
    'tr',
    'TR/Kocaeli',
    'Asenkron elektrik motorları',
    'Trifaze asenkron motorlar 0,18–315 kW, IE2 ve IE3.',
    ['850152'],
    { isic: '2710' },
  ),
  c(
    'mot-03',
    'en',
    'TR/Izmir',
    'Induction motors',
    'Three-phase squirrel cage motors with cast iron frames, IE3.',
    ['850152'],
    { isic: '2710', certifications: ['CE'] },
  ),
  // hard negative: rewinding and repair
  c(
    'mot-04',
    'fa',
    'IR/Tehran',
    'سیم پیچی و تعمیر الکتروموتور',
    'تعمیر و سیم پیچی موتورهای برق صنعتی.',
    ['850300'],
  ),
  // hard negative: generators (same chapter, same province)
  c(
    'mot-05',
    'en',
    'IR/East Azerbaijan',
    'Diesel generator sets',
    '15–500 kVA diesel generator sets.',
    ['850212'],
  ),
  // hard negative: servo motors (same code, other product)
  c(
    'mot-06',
    'tr',
    'TR/Bursa',
    'Servo motor ve sürücü',
    'AC servo motorlar ve sürücüleri.',
    ['850152'],
    { isic: '2710' },
  ),
  // hard negative: small single-phase motors
  c('mot-07', 'fa', 'IR/Tehran', 'موتور برقی تک فاز', 'موتور تک فاز کولر آبی و پنکه.', ['850140']),
  c(
    'mot-08',
    'en',
    'IR/Isfahan',
    'Electric motors and gearmotors',
    'AC induction motors up to 90 kW and helical gearmotors.',
    ['8501'],
    { isic: '2710' },
  ),

  // Transformers (n19 distribution transformers).
  c(
    'trf-01',
    'fa',
    'IR/Tehran',
    'ترانسفورماتور توزیع',
    'ساخت ترانس توزیع روغنی ۲۵ تا ۲۵۰۰ کیلوولت آمپر.',
    ['850421', '850422'],
    { isic: '2711' },
  ),
  c(
    'trf-02',
    'tr',
    'TR/Ankara',
    'Dağıtım trafosu',
    'Yağlı tip dağıtım trafoları 50–2500 kVA.',
    ['850421'],
    { isic: '2711' },
  ),
  c(
    'trf-03',
    'en',
    'IR/Zanjan',
    'Oil-immersed transformers',
    'Distribution and power transformers up to 20 MVA.',
    ['8504'],
    { isic: '2711' },
  ),
  // hard negative: welding transformers
  c('trf-04', 'fa', 'IR/Tehran', 'ترانس جوشکاری', 'تولید ترانس جوش و رکتیفایر.', ['851531']),
  // hard negative: current transformers (same heading)
  c('trf-05', 'tr', 'TR/Istanbul', 'Akım trafosu', 'Ölçü ve akım trafoları.', ['850431'], {
    isic: '2711',
  }),
  // hard negative: power cables
  c(
    'trf-06',
    'en',
    'IR/Tehran',
    'Medium voltage power cables',
    'XLPE medium voltage power cables.',
    ['854460'],
    { isic: '2732' },
  ),
  c(
    'trf-07',
    'tr',
    'TR/Kayseri',
    'TRAFO İMALATI',
    'Kuru tip ve yağlı tip trafo üretimi, TEDAŞ onaylı.',
    ['8504'],
    { isic: '2711' },
  ),

  // Cables (n20 flexible cable).
  c(
    'cbl-01',
    'fa',
    'IR/Tehran',
    'تولید کابل افشان',
    'کابل افشان و نیمه افشان مسی با عایق پی وی سی.',
    ['854449'],
    { isic: '2732' },
  ),
  c(
    'cbl-02',
    'tr',
    'TR/Istanbul',
    'Enerji kablosu',
    'NYAF ve H07V-K bakır iletkenli enerji kabloları.',
    ['854449'],
    { isic: '2732' },
  ),
  c(
    'cbl-03',
    'en',
    'IR/Yazd',
    'Power and control cables',
    'Low-voltage copper power cables, flexible and rigid.',
    ['854449', '854460'],
    { isic: '2732' },
  ),
  // hard negative: fibre optic cable
  c('cbl-04', 'fa', 'IR/Tehran', 'کابل فیبر نوری', 'تولید کابل فیبر نوری مخابراتی.', ['854470']),
  // hard negative: wire harnesses
  c('cbl-05', 'tr', 'TR/Bursa', 'Kablo demeti', 'Otomotiv kablo demetleri.', ['854430']),
  c('cbl-06', 'fa', 'IR/Tehran', 'سیم و کابل مسی', 'تولید سیم برق و کابل مسی افشان.', ['8544'], {
    isic: '2732',
  }),

  // Hydraulic cylinders (n21).
  c(
    'hyd-01',
    'fa',
    'IR/Isfahan',
    'ساخت جک هیدرولیک',
    'جک هیدرولیک دوطرفه و یکطرفه برای پرس و ماشین آلات راهسازی.',
    ['841221'],
    { isic: '2812' },
  ),
  c(
    'hyd-02',
    'tr',
    'TR/Konya',
    'Hidrolik silindir imalatı',
    'Çift etkili hidrolik silindirler, pres ve iş makineleri için.',
    ['841221'],
    { isic: '2812' },
  ),
  c(
    'hyd-03',
    'en',
    'TR/Ankara',
    'Hydraulic cylinders',
    'Custom hydraulic cylinders up to 300 bar, bores 40–400 mm.',
    ['841221'],
    { isic: '2812' },
  ),
  // hard negative: press maker
  c('hyd-04', 'fa', 'IR/Tehran', 'ساخت پرس هیدرولیک', 'پرس هیدرولیک ۱۰۰ تا ۱۰۰۰ تن.', ['846291']),
  // hard negative: pneumatic cylinders (same heading)
  c('hyd-05', 'tr', 'TR/Konya', 'Pnömatik silindir', 'ISO 15552 pnömatik silindirler.', ['841231']),
  // hard negative: hydraulic oil
  c('hyd-06', 'en', 'IR/Tehran', 'Hydraulic oil', 'Hydraulic oils ISO VG 32–68.', ['271019']),
  c(
    'hyd-07',
    'fa',
    'IR/Razavi Khorasan',
    'هیدرولیک صنعتی',
    'ساخت سیلندر هیدرولیک و پاورپک.',
    ['8412'],
    { isic: '2812' },
  ),

  // Gaskets (n22 spiral wound gaskets).
  c(
    'gsk-01',
    'en',
    'IR/Bushehr',
    'Spiral wound gaskets',
    'Spiral wound, kammprofile and ring joint gaskets for refinery flanges.',
    ['848410'],
    { isic: '2219' },
  ),
  c(
    'gsk-02',
    'fa',
    'IR/Tehran',
    'تولید گسکت اسپیرال',
    'گسکت اسپیرال وند و رینگ جوینت برای فلنجهای نفت و گاز.',
    ['848410'],
    { isic: '2219' },
  ),
  c(
    'gsk-03',
    'tr',
    'TR/Kocaeli',
    'Spiral sargılı conta',
    'Spiral sargılı ve metal contalar, ASME B16.20.',
    ['848410'],
    { isic: '2219' },
  ),
  // hard negative: o-rings (same family)
  c('gsk-04', 'fa', 'IR/Tehran', 'اورینگ و کاسه نمد', 'اورینگ و کاسه نمد لاستیکی.', ['401693']),
  // hard negative: flanges
  c('gsk-05', 'tr', 'TR/Bursa', 'Flanş imalatı', 'Kaynak boyunlu flanşlar.', ['730791']),
  // hard negative: mechanical seals (same heading)
  c('gsk-06', 'en', 'TR/Istanbul', 'Mechanical seals', 'Mechanical seals for pumps and mixers.', [
    '848420',
  ]),

  // Springs (n23 coil springs).
  c('spr-01', 'fa', 'IR/Tehran', 'فنرسازی', 'ساخت فنر لول فشاری و کششی برای خودرو.', ['732020'], {
    isic: '2599',
  }),
  c(
    'spr-02',
    'tr',
    'TR/Bursa',
    'Helezon yay üretimi',
    'Otomotiv için basma ve çekme helezon yaylar.',
    ['732020'],
    { isic: '2599', certifications: ['IATF 16949'] },
  ),
  c(
    'spr-03',
    'en',
    'TR/Kocaeli',
    'Coil springs',
    'Hot and cold coiled compression springs and suspension springs.',
    ['732020'],
    { isic: '2599' },
  ),
  // hard negative: leaf springs (same heading)
  c('spr-04', 'fa', 'IR/Tehran', 'فنر تخت کامیون', 'فنر شمش تخت برای کامیون و تریلر.', ['732010']),
  // hard negative: shock absorbers
  c('spr-05', 'tr', 'TR/Bursa', 'Amortisör üretimi', 'Binek araç amortisörleri.', ['870880']),

  // Castings (n24 ductile iron).
  c(
    'cst-01',
    'fa',
    'IR/East Azerbaijan',
    'ریخته گری چدن داکتیل',
    'قطعات چدن نشکن برای تراکتور و ماشین آلات کشاورزی.',
    ['732510'],
    { isic: '2431' },
  ),
  c(
    'cst-02',
    'tr',
    'TR/Konya',
    'Sfero döküm',
    'Sfero ve pik döküm parçalar, tarım makineleri için.',
    ['732510'],
    { isic: '2431' },
  ),
  c(
    'cst-03',
    'en',
    'IR/Markazi',
    'Grey and ductile iron foundry',
    'Castings of 1–500 kg in GG25 and GGG50.',
    ['732510'],
    { isic: '2431' },
  ),
  // hard negative: aluminium die casting
  c('cst-04', 'fa', 'IR/Tehran', 'ریخته گری آلومینیوم تحت فشار', 'دایکست قطعات آلومینیومی.', [
    '761699',
  ]),
  // hard negative: ploughs (same words tarım, same province)
  c('cst-05', 'tr', 'TR/Konya', 'Tarım makineleri', 'Pulluk ve tırmık imalatı.', ['843210']),
  // hard negative: steel investment castings
  c('cst-06', 'en', 'TR/Istanbul', 'Investment casting', 'Lost-wax stainless steel castings.', [
    '732599',
  ]),

  // Moulds (n25 cap moulds).
  c(
    'mld-01',
    'fa',
    'IR/Tehran',
    'قالب سازی تزریق پلاستیک',
    'ساخت قالب تزریق چند کویته درب بطری و پریفرم.',
    ['848071'],
    { isic: '2829' },
  ),
  c(
    'mld-02',
    'tr',
    'TR/Istanbul',
    'Plastik enjeksiyon kalıbı',
    'Çok gözlü kapak ve preform kalıpları, sıcak yolluk.',
    ['848071'],
    { isic: '2829' },
  ),
  c(
    'mld-03',
    'en',
    'IR/East Azerbaijan',
    'Injection mould making',
    'Hot-runner injection moulds for caps and closures.',
    ['848071'],
    { isic: '2829' },
  ),
  // hard negative: a cap producer (same words درب بطری)
  c('mld-04', 'fa', 'IR/Tehran', 'تولید درب بطری', 'تولید درب پلاستیکی بطری آب و نوشابه.', [
    '392350',
  ]),
  // hard negative: sheet metal dies
  c('mld-05', 'tr', 'TR/Bursa', 'Sac pres kalıpları', 'Otomotiv sac kalıpları.', ['820730']),
  c(
    'mld-06',
    'fa',
    'IR/Isfahan',
    'قالب\u200cسازی صنعتی',
    'ساخت قالب تزریق پلاستیک و قالب دایکست.',
    ['8480'],
    { isic: '2829' },
  ),

  // Injection moulded parts (n26).
  c(
    'inj-01',
    'tr',
    'TR/Bursa',
    'Plastik enjeksiyon parça',
    'ABS, PP ve PA plastik enjeksiyon parçalar, 50–1000 ton makineler.',
    ['392690'],
    { isic: '2220' },
  ),
  c(
    'inj-02',
    'fa',
    'IR/Tehran',
    'تزریق پلاستیک',
    'تولید قطعات تزریقی ABS و پلی کربنات برای لوازم برقی.',
    ['392690'],
    { isic: '2220' },
  ),
  c(
    'inj-03',
    'en',
    'IR/Qazvin',
    'Injection moulded plastic parts',
    'Technical plastic housings and enclosures in ABS and PC.',
    ['392690'],
    { isic: '2220' },
  ),
  // hard negative: ABS granules (same word ABS)
  c('inj-04', 'tr', 'TR/Bursa', 'Plastik hammadde', 'ABS ve PP granül dağıtımı.', ['390330']),
  // hard negative: injection machines
  c('inj-05', 'fa', 'IR/Tehran', 'دستگاه تزریق پلاستیک', 'ساخت دستگاه تزریق پلاستیک.', ['847710']),

  // Filters (n27 compressor air filters).
  c(
    'flt-01',
    'fa',
    'IR/Tehran',
    'فیلتر هوای صنعتی',
    'ساخت فیلتر هوا برای کمپرسور و دیزل ژنراتور.',
    ['842139'],
    { isic: '2819' },
  ),
  c(
    'flt-02',
    'tr',
    'TR/Konya',
    'Hava filtresi',
    'Kompresör ve iş makinesi hava filtreleri.',
    ['842139'],
    { isic: '2819' },
  ),
  c(
    'flt-03',
    'en',
    'IR/Razavi Khorasan',
    'Air and oil filters',
    'Air, oil and separator filters for screw compressors.',
    ['842139', '842123'],
    { isic: '2819' },
  ),
  // hard negative: compressor sales (same words)
  c('flt-04', 'fa', 'IR/Tehran', 'فروش کمپرسور اسکرو', 'فروش و تعمیر کمپرسور اسکرو.', ['841480']),
  // hard negative: household water filters (same heading)
  c('flt-05', 'tr', 'TR/Istanbul', 'Su arıtma filtreleri', 'Ev tipi su arıtma filtreleri.', [
    '842121',
  ]),

  // Batteries (n28 lithium packs).
  c(
    'bat-01',
    'fa',
    'IR/Tehran',
    'باتری لیتیومی',
    'مونتاژ پک باتری لیتیوم یون برای یو پی اس و ذخیره انرژی.',
    ['850760'],
    { isic: '2720' },
  ),
  c(
    'bat-02',
    'tr',
    'TR/Istanbul',
    'Lityum batarya',
    'UPS ve enerji depolama için lityum iyon batarya paketleri.',
    ['850760'],
    { isic: '2720' },
  ),
  c(
    'bat-03',
    'en',
    'IR/Isfahan',
    'Lithium battery packs',
    'LiFePO4 battery packs with BMS for UPS and telecom.',
    ['850760'],
    { isic: '2720' },
  ),
  // hard negative: lead-acid car batteries (same heading)
  c('bat-04', 'fa', 'IR/Tehran', 'باتری خودرو سرب اسیدی', 'تولید باتری سرب اسیدی خودرو.', [
    '850710',
  ]),
  // hard negative: UPS systems
  c('bat-05', 'tr', 'TR/Ankara', 'UPS sistemleri', 'Online UPS üretimi.', ['850440']),

  // Sensors (n29 pressure transmitters).
  c(
    'sns-01',
    'en',
    'IR/Tehran',
    'Pressure transmitters',
    'Piezoresistive pressure transmitters 4–20 mA with HART.',
    ['902620'],
    { isic: '2651' },
  ),
  c(
    'sns-02',
    'fa',
    'IR/Isfahan',
    'ترانسمیتر فشار',
    'ساخت سنسور و ترانسمیتر فشار صنعتی.',
    ['902620'],
    { isic: '2651' },
  ),
  c(
    'sns-03',
    'tr',
    'TR/Istanbul',
    'Basınç sensörü',
    'Basınç transmitterleri ve sensörleri.',
    ['902620'],
    { isic: '2651' },
  ),
  // hard negative: temperature sensors (same family)
  c('sns-04', 'fa', 'IR/Tehran', 'سنسور دما', 'ترموکوپل و PT100.', ['902519']),
  // hard negative: mechanical gauges (same code)
  c('sns-05', 'en', 'TR/Izmir', 'Pressure gauges', 'Bourdon tube pressure gauges for panels.', [
    '902620',
  ]),

  // Compressors (n30 screw compressors).
  c(
    'cmp-01',
    'tr',
    'TR/Izmir',
    'Vidalı kompresör',
    'Vidalı hava kompresörleri 7,5–250 kW.',
    ['841480'],
    { isic: '2813' },
  ),
  c(
    'cmp-02',
    'fa',
    'IR/East Azerbaijan',
    'کمپرسور اسکرو',
    'ساخت کمپرسور اسکرو ۳۰ تا ۱۶۰ کیلووات.',
    ['841480'],
    { isic: '2813' },
  ),
  c(
    'cmp-03',
    'en',
    'IR/Tehran',
    'Industrial air compressors',
    'Rotary screw and piston air compressors.',
    ['841480'],
    { isic: '2813' },
  ),
  // hard negative: refrigeration compressor repair
  c(
    'cmp-04',
    'tr',
    'TR/Izmir',
    'Soğutma kompresörü tamiri',
    'Soğutma kompresörü tamir ve bakımı.',
    ['841430'],
  ),
  // hard negative: fans (same heading)
  c('cmp-05', 'fa', 'IR/Tehran', 'فن صنعتی', 'فن سانتریفیوژ و بلوئر.', ['841459']),

  // Heat exchangers (n31 plate heat exchangers).
  c(
    'hex-01',
    'fa',
    'IR/Tehran',
    'مبدل حرارتی صفحه ای',
    'ساخت مبدل صفحه\u200cای واشردار و لحیمی.',
    ['841950'],
    { isic: '2825' },
  ),
  c(
    'hex-02',
    'tr',
    'TR/Bursa',
    'Plakalı eşanjör',
    'Contalı ve lehimli plakalı eşanjörler.',
    ['841950'],
    { isic: '2825' },
  ),
  c(
    'hex-03',
    'en',
    'IR/Isfahan',
    'Heat exchangers',
    'Shell-and-tube and plate heat exchangers.',
    ['841950'],
    { isic: '2825' },
  ),
  // hard negative: boilers
  c('hex-04', 'fa', 'IR/Tehran', 'دیگ بخار', 'ساخت دیگ بخار و آبگرم.', ['840211']),
  // hard negative: panel radiators
  c('hex-05', 'tr', 'TR/Istanbul', 'Panel radyatör', 'Panel radyatör üretimi.', ['732219']),

  // Brakes (n32 brake pads).
  c(
    'brk-01',
    'fa',
    'IR/Tehran',
    'تولید لنت ترمز',
    'لنت ترمز دیسکی و کفشکی خودرو سواری.',
    ['681381'],
    { isic: '2930' },
  ),
  c(
    'brk-02',
    'tr',
    'TR/Bursa',
    'Fren balatası',
    'Binek araç disk fren balataları, ECE R90.',
    ['681381'],
    { isic: '2930' },
  ),
  c(
    'brk-03',
    'en',
    'IR/Isfahan',
    'Brake pads',
    'Disc brake pads and shoes, ECE R90.',
    ['681381', '870830'],
    { isic: '2930' },
  ),
  // hard negative: brake discs
  c('brk-04', 'fa', 'IR/Tehran', 'دیسک ترمز', 'تولید دیسک ترمز چدنی.', ['870830']),
  // hard negative: clutch facings (same heading)
  c('brk-05', 'tr', 'TR/Bursa', 'Debriyaj balatası', 'Debriyaj diski ve balataları.', ['681389']),

  // Welding electrodes (n33).
  c(
    'wld-01',
    'fa',
    'IR/Tehran',
    'تولید الکترود جوشکاری',
    'الکترود روتیل E6013 و قلیایی E7018.',
    ['831110'],
    { isic: '2599' },
  ),
  c(
    'wld-02',
    'tr',
    'TR/Istanbul',
    'Örtülü elektrot',
    'Rutil ve bazik örtülü kaynak elektrotları.',
    ['831110'],
    { isic: '2599' },
  ),
  c(
    'wld-03',
    'en',
    'IR/Razavi Khorasan',
    'Welding electrodes',
    'Rutile E6013 and basic E7018 stick electrodes.',
    ['831110'],
    { isic: '2599' },
  ),
  // hard negative: welding machines
  c('wld-04', 'fa', 'IR/Tehran', 'دستگاه جوش اینورتر', 'تولید اینورتر جوشکاری.', ['851531']),
  // hard negative: MIG wire (same heading)
  c('wld-05', 'tr', 'TR/Kocaeli', 'Gazaltı kaynak teli', 'SG2 gazaltı kaynak teli.', ['831120']),

  // Steel pipes (n34 seamless line pipe).
  c(
    'pip-01',
    'tr',
    'TR/Kocaeli',
    'Dikişsiz çelik boru',
    'Sıcak haddelenmiş dikişsiz borular, API 5L ve ASTM A106.',
    ['730419'],
    { isic: '2410', certifications: ['API 5L'] },
  ),
  c(
    'pip-02',
    'fa',
    'IR/Khuzestan',
    'لوله بدون درز',
    'تولید لوله مانیسمان نفت و گاز API 5L.',
    ['730419'],
    { isic: '2410' },
  ),
  c(
    'pip-03',
    'en',
    'IR/Isfahan',
    'Seamless line pipe',
    'Seamless carbon steel line pipe to API 5L.',
    ['730419'],
    { isic: '2410' },
  ),
  // hard negative: PVC pipes
  c('pip-04', 'tr', 'TR/Istanbul', 'PVC boru', 'PVC ve PE borular.', ['391723']),
  // hard negative: spiral welded pipe
  c('pip-05', 'fa', 'IR/Khuzestan', 'لوله درزدار', 'لوله جوشی مارپیچ.', ['730511']),
  // hard negative: fittings
  c('pip-06', 'en', 'TR/Istanbul', 'Pipe fittings', 'Butt-weld elbows and tees.', ['730793']),

  // Makers of other things (relevant to no need of the set).
  c('oth-01', 'fa', 'IR/Tehran', 'کارتن سازی', 'تولید کارتن سه لایه و پنج لایه.', ['481910']),
  c(
    'oth-02',
    'tr',
    'TR/Gaziantep',
    'Oluklu mukavva kutu',
    'Oluklu mukavva ve karton kutu üretimi.',
    ['481910'],
  ),
  c('oth-03', 'en', 'IR/Qazvin', 'Flat glass processing', 'Tempered and laminated flat glass.', [
    '700721',
  ]),
  c('oth-04', 'fa', 'IR/Yazd', 'کاشی و سرامیک', 'تولید کاشی دیوار و سرامیک کف.', ['690721']),
  c('oth-05', 'tr', 'TR/Eskişehir', 'Seramik karo', 'Porselen seramik karo.', ['690722']),
  c('oth-06', 'en', 'IR/Kerman', 'Cement and clinker', 'Portland cement type II and clinker.', [
    '252329',
  ]),
  c('oth-07', 'fa', 'IR/Tabriz', 'چرم طبیعی', 'دباغی و تولید چرم گاوی.', ['410719']),
  c('oth-08', 'tr', 'TR/Izmir', 'Deri işleme', 'Tabakhane, hakiki deri.', ['410712']),
  c('oth-09', 'en', 'IR/Semnan', 'Solar PV modules', 'Mono PERC solar modules 450–550 W.', [
    '854143',
  ]),
  c('oth-10', 'fa', 'IR/Isfahan', 'آهنگری قطعات خودرو', 'فورج گرم قطعات فولادی خودرو.', ['732619']),
  c(
    'oth-11',
    'tr',
    'TR/Bursa',
    'Sıcak dövme parçalar',
    'Otomotiv için sıcak dövme çelik parçalar.',
    ['732619'],
  ),
  c(
    'oth-12',
    'en',
    'IR/Tehran',
    'Bolts and nuts',
    'High-tensile bolts and nuts, grade 8.8 and 10.9.',
    ['731815'],
  ),
  c('oth-13', 'fa', 'IR/Tehran', 'پیچ و مهره صنعتی', 'تولید پیچ و مهره گرید ۸.۸.', ['731815']),
  c('oth-14', 'tr', 'TR/Konya', 'CNC talaşlı imalat', 'Fason CNC torna ve freze işleri.', [
    '847990',
  ]),
  c(
    'oth-15',
    'en',
    'IR/Markazi',
    'Precision CNC machining',
    'Job-shop CNC turning and milling of steel parts.',
    ['847990'],
  ),
  c('oth-16', 'fa', 'IR/Tehran', 'رنگ پودری الکترواستاتیک', 'تولید رنگ پودری و پوشش ضد خوردگی.', [
    '320890',
  ]),
  c('oth-17', 'tr', 'TR/Kocaeli', 'Endüstriyel boya', 'Epoksi ve poliüretan endüstriyel boyalar.', [
    '320810',
  ]),
  c('oth-18', 'en', 'IR/Tehran', 'Industrial adhesives', 'Hot melt and epoxy adhesives.', [
    '350699',
  ]),
  c('oth-19', 'fa', 'IR/Khuzestan', 'روغن موتور و گریس', 'تولید روغن موتور و گریس صنعتی.', [
    '271019',
  ]),
  c('oth-20', 'tr', 'TR/Istanbul', 'Madeni yağ', 'Motor ve şanzıman yağları.', ['271019']),
  c('oth-21', 'en', 'IR/Tehran', 'Car tyres', 'Radial passenger car tyres.', ['401110']),
  c('oth-22', 'fa', 'IR/Yazd', 'تایر کامیون', 'تولید تایر رادیال کامیون.', ['401120']),
  c('oth-23', 'tr', 'TR/Konya', 'Traktör üretimi', 'Tarım traktörleri 50–110 hp.', ['870192']),
  c('oth-24', 'en', 'IR/Tabriz', 'Tractor assembly', 'Assembly of 75 hp agricultural tractors.', [
    '870192',
  ]),
  c('oth-25', 'fa', 'IR/Tehran', 'تابلو برق صنعتی', 'ساخت تابلو برق و تابلو کنترل.', ['853720']),
  c('oth-26', 'tr', 'TR/Ankara', 'PLC ve otomasyon', 'Endüstriyel otomasyon ve PLC panoları.', [
    '853710',
  ]),
  c('oth-27', 'en', 'IR/Isfahan', 'Overhead cranes', 'Single and double girder overhead cranes.', [
    '842611',
  ]),
  c('oth-28', 'fa', 'IR/Tehran', 'جرثقیل سقفی', 'ساخت جرثقیل سقفی و وینچ.', ['842611']),
  c(
    'oth-29',
    'tr',
    'TR/Istanbul',
    'Makaralı zincir',
    'Transmisyon zincirleri ve zincir dişlileri.',
    ['731511'],
  ),
  c('oth-30', 'en', 'IR/Tehran', 'Roller chains and sprockets', 'Industrial roller chains.', [
    '731511',
  ]),
  c('oth-31', 'fa', 'IR/Qom', 'دیگ روغن داغ', 'ساخت دیگ روغن داغ و مشعل.', ['840390']),
  c('oth-32', 'tr', 'TR/Kayseri', 'Alüminyum profil', 'Alüminyum ekstrüzyon profilleri.', [
    '760421',
  ]),
  c('oth-33', 'en', 'IR/Tehran', 'Aluminium extrusion', 'Architectural aluminium profiles.', [
    '760421',
  ]),
  c('oth-34', 'fa', 'IR/Isfahan', 'ورق فولادی گرم', 'تولید ورق و کلاف گرم.', ['720839']),
  c('oth-35', 'tr', 'TR/Karabük', 'İnşaat demiri', 'Nervürlü inşaat demiri.', ['721420']),
  c('oth-36', 'en', 'IR/Khuzestan', 'Structural steel sections', 'IPE and HEA beams.', ['721632']),
  c('oth-37', 'fa', 'IR/Kerman', 'گندله سنگ آهن', 'تولید گندله و کنسانتره سنگ آهن.', ['260112']),
  c('oth-38', 'tr', 'TR/Istanbul', 'İlaç etken maddesi', 'Farmasötik etken madde sentezi.', [
    '294200',
  ]),
  c(
    'oth-39',
    'en',
    'IR/Tehran',
    'Pharmaceutical APIs',
    'Active pharmaceutical ingredients for generics.',
    ['294200'],
  ),
  c('oth-40', 'fa', 'IR/Tehran', 'دستگاه پرکن و بسته بندی', 'ساخت دستگاه پرکن مایعات و شیرینگ.', [
    '842230',
  ]),
  c('oth-41', 'tr', 'TR/Bursa', 'Dokuma kumaş', 'Pamuklu dokuma kumaş.', ['520942']),
  c('oth-42', 'en', 'IR/Qazvin', 'Knitted fabrics', 'Circular knitted cotton fabrics.', ['600622']),
  c('oth-43', 'fa', 'IR/Tehran', 'ژنراتور دیزلی', 'مونتاژ دیزل ژنراتور ۲۰ تا ۱۰۰۰ کیلوولت آمپر.', [
    '850213',
  ]),
  c('oth-44', 'tr', 'TR/Istanbul', 'Şalt malzemesi', 'Kontaktör, otomatik sigorta ve röle.', [
    '853650',
  ]),
  c(
    'oth-45',
    'en',
    'IR/Tehran',
    'Refractory bricks',
    'Magnesia-carbon and alumina refractory bricks.',
    ['690220'],
  ),
  c('oth-46', 'fa', 'IR/Isfahan', 'آجر نسوز', 'تولید آجر نسوز و جرم نسوز.', ['690220']),
  c('oth-47', 'tr', 'TR/Denizli', 'Havlu ve bornoz', 'Pamuklu havlu üretimi.', ['630260']),
  c('oth-48', 'en', 'IR/Tehran', 'Corrugated packaging', 'Printed corrugated boxes.', ['481910']),
  c('oth-49', 'fa', 'IR/Tehran', 'قطعات لاستیکی صنعتی', 'شلنگ و قطعات لاستیکی فنی.', ['401699']),
  c('oth-50', 'tr', 'TR/Bursa', 'Kauçuk hortum', 'Teknik kauçuk hortumlar.', ['400931']),
  c('oth-51', 'en', 'IR/Markazi', 'Forklift trucks', 'Diesel forklifts 3–5 t.', ['842720']),
  c('oth-52', 'fa', 'IR/Tehran', 'بطری شیشه ای', 'تولید بطری شیشه\u200cای دارویی.', ['701090']),
  c('oth-53', 'tr', 'TR/Istanbul', 'Medikal cihaz – ultrason', 'Ultrason cihazı montajı.', [
    '901812',
  ]),
  c('oth-54', 'en', 'IR/Tehran', 'Hospital beds', 'Manual and electric hospital beds.', ['940290']),
  c('oth-55', 'fa', 'IR/Tehran', 'ورق گالوانیزه', 'ورق گالوانیزه رنگی.', ['721049']),
  c('oth-56', 'tr', 'TR/Kocaeli', 'Plastik ambalaj', 'PET şişe ve preform.', ['392330']),
  c('oth-57', 'en', 'IR/Tehran', 'Dairy processing', 'Pasteurised milk and yoghurt production.', [
    '040120',
  ]),
  c('oth-58', 'fa', 'IR/Qom', 'تولید پارچه صنعتی', 'پارچه برزنتی و صنعتی.', ['591190']),
  c('oth-59', 'tr', 'TR/Ankara', 'Vinç imalatı', 'Gezer vinç ve caraskal.', ['842611']),
  c('oth-60', 'en', 'IR/Tehran', 'Steel wire rod', 'Low-carbon steel wire rod 5.5–12 mm.', [
    '721391',
  ]),
  // More makers, added with the same rules.
  // hard negative: slewing rings (other bearing type)
  c(
    'brg-16',
    'en',
    'IR/Isfahan',
    'Slewing ring bearings',
    'Large slewing rings for cranes and excavators, 300–3000 mm.',
    ['848280'],
  ),
  // hard negative: a trader
  c(
    'brg-17',
    'tr',
    'TR/Istanbul',
    'Rulman ve keçe toptan',
    'İthal rulman, keçe ve kayış toptan satış.',
    ['848210'],
  ),
  c(
    'pmp-13',
    'fa',
    'IR/Tehran',
    'پمپهای سانتریفیوژ پروانه بسته',
    'ساخت پمپ سانتریفیوژ پروانه بسته با پوسته چدنی تا ۳۰۰ متر مکعب بر ساعت.',
    ['841370'],
    { isic: '2813' },
  ),
  c(
    'pmp-14',
    'tr',
    'TR/Kocaeli',
    'Yangın pompası setleri',
    'Santrifüj yangın pompası setleri ve sirkülasyon pompaları.',
    ['841370'],
    { isic: '2813', certifications: ['CE'] },
  ),
  // hard negative: dosing pumps (same heading)
  c('pmp-15', 'en', 'TR/Istanbul', 'Dosing pumps', 'Diaphragm dosing pumps for chemicals.', [
    '841350',
  ]),
  // hard negative: gate and globe valves (same code, other type)
  c(
    'vlv-14',
    'en',
    'IR/Khuzestan',
    'Gate and globe valves',
    'Forged steel gate and globe valves to API 602.',
    ['848180'],
    { isic: '2813' },
  ),
  // hard negative: check valves and strainers
  c('vlv-15', 'fa', 'IR/Tehran', 'شير يکطرفه و صافي', 'توليد شير يکطرفه و صافي Y شکل.', ['848130']),
  c(
    'gbx-08',
    'tr',
    'TR/Konya',
    'Helisel konik ve sonsuz vida redüktörleri',
    'Karıştırıcı ve konveyör tahriki için redüktörler.',
    ['848340'],
    { isic: '2814' },
  ),
  // hard negative: single-layer boards only
  c(
    'pcb-08',
    'fa',
    'IR/Tehran',
    'ساخت پی سی بی تک لایه',
    'فیبر مدار چاپی تک لایه فنولی برای لوازم خانگی.',
    ['853400'],
  ),
  c(
    'med-12',
    'en',
    'IR/Alborz',
    'Safety syringes',
    'Auto-disable and safety syringes 0.5–5 ml.',
    ['901831'],
    { isic: '3250', certifications: ['ISO 13485'] },
  ),
  // hard negative: IV sets and catheters (medical consumables, not syringes)
  c('med-13', 'tr', 'TR/Ankara', 'Serum seti ve kateter', 'Serum setleri ve IV kateterler.', [
    '901839',
  ]),
  // hard negative: sole compounds (raw material)
  c(
    'ftw-07',
    'en',
    'TR/Istanbul',
    'PU sole compounds',
    'Polyurethane systems for shoe sole moulding.',
    ['390950'],
  ),
  c(
    'shp-08',
    'fa',
    'IR/Hormozgan',
    'ماشینکاری پروانه و شفت',
    'ساخت و بالانس پروانه و شفت شناورهای صیادی.',
    ['848710'],
    { isic: '3011' },
  ),
  c(
    'fdm-07',
    'fa',
    'IR/Golestan',
    'ماشین آلات آسیاب غلات',
    'ساخت والس، الک و پیوریفایر برای آسیاب گندم.',
    ['843780'],
    { isic: '2825' },
  ),
  c(
    'stl-08',
    'tr',
    'TR/Hatay',
    'ÇELİK KÜTÜK VE BLUM',
    'Elektrik ark ocağı ile kütük ve blum üretimi.',
    ['720711', '720712'],
    { isic: '2410' },
  ),
  // hard negative: wire drawing (uses rod)
  c('cu-09', 'tr', 'TR/Kayseri', 'Bakır tel çekme', 'Bakır tel çekme ve kalaylama.', ['740819']),
  c(
    'yrn-07',
    'en',
    'IR/Semnan',
    'Carded cotton yarn',
    'Ring-spun carded cotton yarn Ne 20–32.',
    ['520511'],
    { isic: '1311' },
  ),
  c(
    'mot-09',
    'tr',
    'TR/Manisa',
    'ELEKTRİK MOTORU İMALATI',
    'Alüminyum ve döküm gövdeli trifaze motorlar 0,09–22 kW.',
    ['850152'],
    { isic: '2710' },
  ),
  // hard negative: transformer repair
  c('trf-08', 'fa', 'IR/Tehran', 'تعمیر ترانس', 'تعمیر و روغن\u200cکاری ترانسفورماتور.', [
    '850490',
  ]),
  c(
    'cbl-07',
    'tr',
    'TR/Izmir',
    'Esnek kablo',
    'Bakır iletkenli esnek kablolar ve kontrol kabloları.',
    ['854449'],
    { isic: '2732' },
  ),
  // hard negative: hydraulic power units only
  c('hyd-08', 'en', 'IR/Tehran', 'Hydraulic power units', 'Hydraulic power packs and manifolds.', [
    '841229',
  ]),
  c(
    'gsk-07',
    'fa',
    'IR/Khuzestan',
    'واشر نسوز و گسکت فلزی',
    'گسکت اسپیرال و واشر فلزی برای پالایشگاه.',
    ['848410'],
    { isic: '2219' },
  ),
  c(
    'spr-06',
    'en',
    'IR/Tehran',
    'Springs and wire forms',
    'Compression, extension and torsion springs, wire 0.5–20 mm.',
    ['732020'],
    { isic: '2599' },
  ),
  c(
    'cst-07',
    'tr',
    'TR/Manisa',
    'DÖKÜMHANE',
    'Pik ve sfero döküm, 2–300 kg parçalar.',
    ['732510'],
    { isic: '2431' },
  ),
  // hard negative: blow moulds
  c(
    'mld-07',
    'en',
    'TR/Istanbul',
    'Blow moulds for PET bottles',
    'Blow moulds for PET bottles and jars.',
    ['848079'],
  ),
  c(
    'inj-06',
    'tr',
    'TR/Izmir',
    'Elektronik kutu enjeksiyonu',
    'ABS ve PC elektronik kutu ve kapak enjeksiyonu.',
    ['392690'],
    { isic: '2220' },
  ),
  c(
    'flt-06',
    'en',
    'TR/Kocaeli',
    'Compressor intake filters',
    'Air intake filter elements for screw compressors.',
    ['842139'],
    { isic: '2819' },
  ),
  // hard negative: lead-acid batteries (same heading)
  c('bat-06', 'tr', 'TR/Manisa', 'Akü imalatı', 'Kurşun asit otomotiv aküleri.', ['850710']),
  c(
    'sns-06',
    'fa',
    'IR/Tehran',
    'سنسور فشار و سطح',
    'ترانسمیتر فشار و سطح مایعات با خروجی ۴ تا ۲۰ میلی آمپر.',
    ['902620', '902610'],
    { isic: '2651' },
  ),
  // hard negative: piston compressors (same code, other type)
  c(
    'cmp-06',
    'tr',
    'TR/Konya',
    'Pistonlu kompresör',
    'Pistonlu hava kompresörleri 100–500 litre.',
    ['841480'],
  ),
  c(
    'hex-06',
    'tr',
    'TR/Istanbul',
    'Isı eşanjörü imalatı',
    'Borulu ve plakalı ısı eşanjörleri.',
    ['841950'],
    { isic: '2825' },
  ),
  c(
    'brk-06',
    'en',
    'IR/Qazvin',
    'Friction materials',
    'Brake pads, brake linings and clutch facings.',
    ['681381', '681389'],
    { isic: '2930' },
  ),
  c(
    'wld-06',
    'tr',
    'TR/Kocaeli',
    'KAYNAK ELEKTRODU',
    'Rutil E6013 ve bazik E7018 elektrot üretimi.',
    ['831110'],
    { isic: '2599' },
  ),
  c(
    'pip-07',
    'fa',
    'IR/Isfahan',
    'لوله فولادی بدون درز',
    'لوله های بدون درز نفت و گاز طبق API 5L.',
    ['730419'],
    { isic: '2410' },
  ),
  c(
    'oth-61',
    'en',
    'IR/Tehran',
    'Laboratory furniture',
    'Steel laboratory benches and fume hoods.',
    ['940320'],
  ),
  c('oth-62', 'fa', 'IR/Mazandaran', 'تولید کنسرو', 'کنسرو ماهی و حبوبات.', ['160414']),
];
