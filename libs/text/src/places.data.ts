import type { TextLanguage } from './language.detector';
import { termsByLanguage } from './term-matcher';

/**
 * Provinces and major industrial cities of Iran and Turkey in Persian, Turkish and English
 * (and the usual Latin transliterations), so that a place written in one script finds what
 * is located there in another: تبریز, Tebriz, Tabriz; قم, Kum, Qom; ارزروم, Erzurum.
 */
export interface Place {
  /** snake_case English name (`east_azerbaijan`). */
  readonly key: string;
  readonly country: 'IR' | 'TR';
  readonly kind: 'province' | 'city';
  /** For a city, the key of its province (Tabriz → east_azerbaijan); a capital city may share it. */
  readonly province: string;
  readonly terms: Readonly<Record<TextLanguage, readonly string[]>>;
}

function p(
  country: 'IR' | 'TR',
  kind: 'province' | 'city',
  key: string,
  province: string,
  fa: string,
  tr: string,
  en: string,
): Place {
  return { key, country, kind, province: province || key, terms: termsByLanguage(fa, tr, en) };
}

const ir = (key: string, fa: string, tr: string, en: string) =>
  p('IR', 'province', key, '', fa, tr, en);
const irCity = (key: string, province: string, fa: string, tr: string, en: string) =>
  p('IR', 'city', key, province, fa, tr, en);
const trp = (key: string, fa: string, tr: string, en: string) =>
  p('TR', 'province', key, '', fa, tr, en);
const trCity = (key: string, province: string, fa: string, tr: string, en: string) =>
  p('TR', 'city', key, province, fa, tr, en);

export const PLACES: readonly Place[] = [
  // Iran: the 31 provinces (a province named after its capital holds both)
  ir('tehran', 'تهران|استان تهران', 'Tahran', 'Tehran'),
  ir(
    'east_azerbaijan',
    'آذربایجان شرقی|آذربایجان شرقي',
    'Doğu Azerbaycan',
    'East Azerbaijan|Azarbayjan-e Sharqi',
  ),
  ir('west_azerbaijan', 'آذربایجان غربی', 'Batı Azerbaycan', 'West Azerbaijan'),
  ir('ardabil', 'اردبیل', 'Erdebil', 'Ardabil|Ardebil'),
  ir('isfahan', 'اصفهان', 'İsfahan', 'Isfahan|Esfahan'),
  ir('alborz', 'البرز', 'Elburz', 'Alborz'),
  ir('ilam', 'ایلام', 'İlam', 'Ilam'),
  ir('bushehr', 'بوشهر', 'Buşehr', 'Bushehr'),
  ir(
    'chaharmahal',
    'چهارمحال و بختیاری|چهارمحال',
    'Çaharmahal ve Bahtiyari',
    'Chaharmahal and Bakhtiari',
  ),
  ir('south_khorasan', 'خراسان جنوبی', 'Güney Horasan', 'South Khorasan'),
  ir('razavi_khorasan', 'خراسان رضوی|مشهد', 'Razavi Horasan|Meşhed', 'Razavi Khorasan|Mashhad'),
  ir('north_khorasan', 'خراسان شمالی|بجنورد', 'Kuzey Horasan|Bocnurd', 'North Khorasan|Bojnurd'),
  ir('khuzestan', 'خوزستان|اهواز', 'Huzistan|Ahvaz', 'Khuzestan|Ahvaz'),
  ir('zanjan', 'زنجان', 'Zencan', 'Zanjan'),
  ir('semnan', 'سمنان', 'Simnan', 'Semnan'),
  ir(
    'sistan_baluchestan',
    'سیستان و بلوچستان|زاهدان',
    'Sistan ve Belucistan|Zahedan',
    'Sistan and Baluchestan|Zahedan',
  ),
  ir('fars', 'فارس|شیراز', 'Fars|Şiraz', 'Fars|Shiraz'),
  ir('qazvin', 'قزوین', 'Kazvin', 'Qazvin|Ghazvin'),
  ir('qom', 'قم', 'Kum', 'Qom|Ghom'),
  ir('kurdistan', 'کردستان|سنندج', 'Kürdistan eyaleti|Senendec', 'Kurdistan province|Sanandaj'),
  ir('kerman', 'کرمان', 'Kirman', 'Kerman'),
  ir('kermanshah', 'کرمانشاه', 'Kirmanşah', 'Kermanshah'),
  ir(
    'kohgiluyeh',
    'کهگیلویه و بویراحمد|یاسوج',
    'Kohgiluye ve Boyer Ahmed|Yasuç',
    'Kohgiluyeh and Boyer-Ahmad|Yasuj',
  ),
  ir('golestan', 'گلستان|گرگان', 'Gülistan|Gürgan', 'Golestan|Gorgan'),
  ir('gilan', 'گیلان|رشت', 'Gilan|Reşt', 'Gilan|Guilan|Rasht'),
  ir('lorestan', 'لرستان|خرم آباد', 'Luristan|Hürremabad', 'Lorestan|Khorramabad'),
  ir('mazandaran', 'مازندران|ساری', 'Mazenderan', 'Mazandaran'),
  ir('markazi', 'استان مرکزی|اراک', 'Merkezi eyaleti|Erak', 'Markazi|Arak'),
  ir('hormozgan', 'هرمزگان|بندرعباس|بندر عباس', 'Hürmüzgan|Bender Abbas', 'Hormozgan|Bandar Abbas'),
  ir('hamadan', 'همدان', 'Hemedan', 'Hamadan|Hamedan'),
  ir('yazd', 'یزد', 'Yezd', 'Yazd'),
  // Iran: major industrial cities outside their province's name
  irCity('tabriz', 'east_azerbaijan', 'تبریز', 'Tebriz', 'Tabriz'),
  irCity('urmia', 'west_azerbaijan', 'ارومیه', 'Urmiye', 'Urmia|Orumiyeh'),
  irCity('karaj', 'alborz', 'کرج', 'Kerec', 'Karaj'),
  irCity('kashan', 'isfahan', 'کاشان', 'Kaşan', 'Kashan'),
  irCity('abadan', 'khuzestan', 'آبادان', 'Abadan', 'Abadan'),
  irCity('asaluyeh', 'bushehr', 'عسلویه', 'Asaluye', 'Asaluyeh|Assaluyeh'),
  irCity('sirjan', 'kerman', 'سیرجان', 'Sircan', 'Sirjan'),
  irCity('saveh', 'markazi', 'ساوه', 'Saveh', 'Saveh'),
  irCity('shahrekord', 'chaharmahal', 'شهرکرد', 'Şehrikord', 'Shahrekord'),
  irCity('birjand', 'south_khorasan', 'بیرجند', 'Bircend', 'Birjand'),
  irCity('kish', 'hormozgan', 'کیش|جزیره کیش', 'Kiş adası', 'Kish|Kish Island'),
  irCity('maragheh', 'east_azerbaijan', 'مراغه', 'Meraga', 'Maragheh'),
  irCity('sabzevar', 'razavi_khorasan', 'سبزوار', 'Sebzevar', 'Sabzevar'),
  irCity('dezful', 'khuzestan', 'دزفول', 'Dizful', 'Dezful'),
  irCity('mahshahr', 'khuzestan', 'ماهشهر|بندر ماهشهر', 'Mahşehr', 'Mahshahr|Bandar Imam'),
  // Turkey: provinces (the capital city carries the province's name)
  trp('istanbul', 'استانبول', 'İstanbul', 'Istanbul'),
  trp('ankara', 'آنکارا', 'Ankara', 'Ankara'),
  trp('izmir', 'ازمیر', 'İzmir', 'Izmir|Smyrna'),
  trp('bursa', 'بورسا', 'Bursa', 'Bursa'),
  trp('kocaeli', 'کوجائلی|ازمیت', 'Kocaeli|İzmit', 'Kocaeli|Izmit'),
  trp('konya', 'قونیه|کنیا', 'Konya', 'Konya'),
  trp('kayseri', 'قیصریه', 'Kayseri', 'Kayseri'),
  trp('gaziantep', 'غازی عنتاب|قازی آنتپ', 'Gaziantep|Antep', 'Gaziantep'),
  trp('adana', 'آدانا', 'Adana', 'Adana'),
  trp('mersin', 'مرسین', 'Mersin', 'Mersin'),
  trp('antalya', 'آنتالیا', 'Antalya', 'Antalya'),
  trp('denizli', 'دنیزلی', 'Denizli', 'Denizli'),
  trp('manisa', 'مانیسا', 'Manisa', 'Manisa'),
  trp('sakarya', 'ساکاریا|آداپازاری', 'Sakarya|Adapazarı', 'Sakarya|Adapazari'),
  trp('tekirdag', 'تکیرداغ|چورلو', 'Tekirdağ|Çorlu', 'Tekirdag|Corlu'),
  trp('eskisehir', 'اسکی شهر', 'Eskişehir', 'Eskisehir'),
  trp('samsun', 'سامسون', 'Samsun', 'Samsun'),
  trp('trabzon', 'ترابزون|طرابوزان', 'Trabzon', 'Trabzon|Trebizond'),
  trp('erzurum', 'ارزروم|ارض روم', 'Erzurum', 'Erzurum'),
  trp('van', 'استان وان', 'Van ili', 'Van province'),
  trp('corum', 'چوروم', 'Çorum', 'Corum'),
  trp('kahramanmaras', 'کهرمان مرعش|مرعش', 'Kahramanmaraş|Maraş', 'Kahramanmaras|Maras'),
  trp('malatya', 'ملاطیه', 'Malatya', 'Malatya'),
  trp('diyarbakir', 'دیاربکر', 'Diyarbakır', 'Diyarbakir'),
  trp('sanliurfa', 'شانلی اورفا|اورفا', 'Şanlıurfa|Urfa', 'Sanliurfa|Urfa'),
  trp('hatay', 'هاتای|انطاکیه|اسکندرون', 'Hatay|Antakya|İskenderun', 'Hatay|Antakya|Iskenderun'),
  trp('zonguldak', 'زونگولداک', 'Zonguldak', 'Zonguldak'),
  trp('karabuk', 'کارابوک', 'Karabük', 'Karabuk'),
  trp('balikesir', 'بالیکسیر', 'Balıkesir', 'Balikesir'),
  trp('aydin', 'آیدین', 'Aydın', 'Aydin'),
  trp('mugla', 'موغلا', 'Muğla', 'Mugla'),
  trp('usak', 'اوشاک', 'Uşak', 'Usak'),
  trp('afyonkarahisar', 'افیون قره حصار|افیون', 'Afyonkarahisar|Afyon', 'Afyonkarahisar|Afyon'),
  trp('kutahya', 'کوتاهیه', 'Kütahya', 'Kutahya'),
  trp('bilecik', 'بیله جیک', 'Bilecik', 'Bilecik'),
  trp('bolu', 'بولو', 'Bolu', 'Bolu'),
  trp('duzce', 'دوزجه', 'Düzce', 'Duzce'),
  trp('edirne', 'ادرنه', 'Edirne', 'Edirne'),
  trp('kirklareli', 'کرکلاره لی', 'Kırklareli', 'Kirklareli'),
  trp('canakkale', 'چاناکاله', 'Çanakkale', 'Canakkale'),
  trp('sivas', 'سیواس', 'Sivas', 'Sivas'),
  trp('tokat', 'توکات', 'Tokat', 'Tokat'),
  trp('ordu', 'اوردو', 'Ordu ili', 'Ordu province'),
  trp('rize', 'ریزه', 'Rize', 'Rize'),
  trp('erzincan', 'ارزنجان', 'Erzincan', 'Erzincan'),
  trp('elazig', 'الازیغ', 'Elazığ', 'Elazig'),
  trp('agri', 'آغری', 'Ağrı', 'Agri'),
  trp('kars', 'قارص|کارس', 'Kars', 'Kars'),
  trp('igdir', 'ایغدیر', 'Iğdır', 'Igdir'),
  trp('aksaray', 'آکسارای', 'Aksaray', 'Aksaray'),
  trp('nigde', 'نیغده', 'Niğde', 'Nigde'),
  trp('nevsehir', 'نوشهیر', 'Nevşehir', 'Nevsehir'),
  trp('karaman', 'قرامان', 'Karaman', 'Karaman'),
  trp('isparta', 'اسپارتا', 'Isparta', 'Isparta'),
  trp('burdur', 'بوردور', 'Burdur', 'Burdur'),
  trp('osmaniye', 'عثمانیه', 'Osmaniye', 'Osmaniye'),
  trp('adiyaman', 'آدیامان', 'Adıyaman', 'Adiyaman'),
  trp('mardin', 'ماردین', 'Mardin', 'Mardin'),
  trp('batman', 'استان باتمان', 'Batman ili', 'Batman province'),
  trp('yalova', 'یالووا', 'Yalova', 'Yalova'),
  trp('kastamonu', 'کاستامونو', 'Kastamonu', 'Kastamonu'),
  trp('giresun', 'گیرسون', 'Giresun', 'Giresun'),
  trCity('gebze', 'kocaeli', 'گبزه', 'Gebze', 'Gebze'),
  trCity('inegol', 'bursa', 'اینه گل', 'İnegöl', 'Inegol'),
  trCity('eregli', 'zonguldak', 'ارگلی', 'Ereğli', 'Eregli'),
];
