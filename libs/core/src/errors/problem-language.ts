import type { Language } from '@niaz/text';
import type { FieldError, ProblemDocument } from './problem';

/** The languages messages are written in; `Accept-Language` picks one, English by default. */
export type MessageLanguage = Language;

/** The best of fa/tr/en for an `Accept-Language` header (q-values honoured), else `fallback`. */
export function pickLanguage(
  header: string | string[] | undefined,
  fallback: MessageLanguage = 'en',
): MessageLanguage {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  const ranked = value
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { lang: tag.split('-')[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const found = ranked.find((r) => r.lang === 'fa' || r.lang === 'tr' || r.lang === 'en');
  return (found?.lang as MessageLanguage | undefined) ?? fallback;
}

type Catalog = Record<string, string>;

const TITLES: Record<Exclude<MessageLanguage, 'en'>, Record<number, string>> = {
  fa: {
    400: 'درخواست نادرست',
    401: 'احراز هویت نشده',
    403: 'غیرمجاز',
    404: 'پیدا نشد',
    405: 'روش مجاز نیست',
    409: 'تعارض',
    413: 'درخواست بیش از حد بزرگ است',
    422: 'محتوا پذیرفته نیست',
    415: 'نوع محتوا پشتیبانی نمی‌شود',
    429: 'درخواست‌های بیش از حد',
    500: 'خطای داخلی سرور',
    503: 'سرویس در دسترس نیست',
  },
  tr: {
    400: 'Hatalı istek',
    401: 'Kimlik doğrulanmadı',
    403: 'Yasak',
    404: 'Bulunamadı',
    405: 'Yönteme izin verilmiyor',
    409: 'Çakışma',
    413: 'İstek çok büyük',
    422: 'İçerik kabul edilmedi',
    415: 'Desteklenmeyen içerik türü',
    429: 'Çok fazla istek',
    500: 'Sunucu hatası',
    503: 'Hizmet kullanılamıyor',
  },
};

/** Details the API writes in English, by their exact text (or a pattern with `{1}` holes). */
const DETAILS: Record<Exclude<MessageLanguage, 'en'>, Array<[RegExp, string]>> = {
  fa: [
    [/^The request has invalid fields\.$/, 'برخی از فیلدهای درخواست نادرست‌اند.'],
    [/^Sign in to do this\.$/, 'برای این کار وارد حساب خود شوید.'],
    [
      /^The access token is missing, expired or invalid\.$/,
      'توکن دسترسی وجود ندارد، منقضی شده یا نامعتبر است.',
    ],
    [/^You may not do this\.$/, 'شما اجازهٔ این کار را ندارید.'],
    [/^Platform admins only\.$/, 'فقط مدیران سامانه.'],
    [/^(.+) not found\.$/, 'پیدا نشد.'],
    [/^Something went wrong on our side\.$/, 'خطایی در سمت ما رخ داد.'],
    [/^The body is not valid JSON\.$/, 'بدنهٔ درخواست JSON معتبر نیست.'],
    [/^The request body is too large\.$/, 'بدنهٔ درخواست بیش از حد بزرگ است.'],
    [/^Too many (sign-in )?attempts.*$/, 'تلاش‌های بیش از حد؛ کمی صبر کنید و دوباره امتحان کنید.'],
    [
      /^Too many (requests|failed sign-in attempts).*$/,
      'درخواست‌های بیش از حد؛ کمی صبر کنید و دوباره امتحان کنید.',
    ],
    [
      /^Confirm your e-mail address first.*$/,
      'نخست نشانی ایمیل خود را تأیید کنید (پیوند ایمیل تأیید).',
    ],
    [/^Cannot (\S+) when status is (\S+)\.$/, 'این کار ({1}) در وضعیت «{2}» ممکن نیست.'],
    [/^E-mail or password is wrong\.$/, 'ایمیل یا گذرواژه نادرست است.'],
    [/^This already exists\.$/, 'این مورد از قبل وجود دارد.'],
    [/^No such route\.$/, 'چنین مسیری وجود ندارد.'],
    [
      /^The (database|search) is not reachable; try again in a moment\.$/,
      'این سرویس اکنون در دسترس نیست؛ کمی بعد دوباره امتحان کنید.',
    ],
    [
      /^Send JSON \(application\/json\)( in UTF-8)?\.$/,
      'بدنه را به صورت JSON (application/json، UTF-8) بفرستید.',
    ],
    [
      /^The bid deadline has passed: the terms are frozen\..*$/,
      'مهلت پیشنهاد گذشته است و شرایط ثابت‌اند؛ برای برگزاری دوباره، نیاز را از نو منتشر کنید.',
    ],
    [
      /^Whether bids are visible before the deadline is fixed at publication\.$/,
      'دیده‌شدن پیشنهادها پیش از مهلت هنگام انتشار تعیین شده و تغییر نمی‌کند.',
    ],
    [
      /^Once published, the bid deadline may be extended, never shortened\.$/,
      'پس از انتشار، مهلت پیشنهاد فقط تمدید می‌شود و کوتاه نمی‌شود.',
    ],
    [/^This request expired before it was answered\.$/, 'این درخواست پیش از پاسخ منقضی شد.'],
    [
      /^You have (\d+) requests waiting for an answer.*$/,
      '{1} درخواست شما در انتظار پاسخ است؛ بیش از این مجاز نیست.',
    ],
    [
      /^One side already has a meeting in this slot\.$/,
      'یکی از دو طرف در این نوبت ملاقات دیگری دارد.',
    ],
    [/^One side is unavailable in this slot\.$/, 'یکی از دو طرف در این نوبت در دسترس نیست.'],
    [/^Every table is taken in this slot\.$/, 'همهٔ میزها در این نوبت پر است.'],
    [/^This table is taken in this slot\.$/, 'این میز در این نوبت پر است.'],
    [
      /^The two sides share no free slot with a free table\.$/,
      'دو طرف هیچ نوبت آزاد مشترکی با میز خالی ندارند.',
    ],
    [
      /^The organisers have not set up meetings.*$/,
      'برگزارکنندگان هنوز ملاقات‌های این نمایشگاه را تنظیم نکرده‌اند.',
    ],
    [
      /^A request or meeting between you two about this already exists\.$/,
      'درخواست یا ملاقاتی میان شما دو طرف دربارهٔ این موضوع از پیش وجود دارد.',
    ],
  ],
  tr: [
    [/^The request has invalid fields\.$/, 'İstekte geçersiz alanlar var.'],
    [/^Sign in to do this\.$/, 'Bunu yapmak için oturum açın.'],
    [
      /^The access token is missing, expired or invalid\.$/,
      'Erişim belirteci eksik, süresi dolmuş veya geçersiz.',
    ],
    [/^You may not do this\.$/, 'Bunu yapmaya yetkiniz yok.'],
    [/^Platform admins only\.$/, 'Yalnızca platform yöneticileri.'],
    [/^(.+) not found\.$/, 'Bulunamadı.'],
    [/^Something went wrong on our side\.$/, 'Bizim tarafımızda bir sorun oluştu.'],
    [/^The body is not valid JSON\.$/, 'İstek gövdesi geçerli JSON değil.'],
    [/^The request body is too large\.$/, 'İstek gövdesi çok büyük.'],
    [/^Too many (sign-in )?attempts.*$/, 'Çok fazla deneme; biraz bekleyip yeniden deneyin.'],
    [
      /^Too many (requests|failed sign-in attempts).*$/,
      'Çok fazla istek; biraz bekleyip yeniden deneyin.',
    ],
    [
      /^Confirm your e-mail address first.*$/,
      'Önce e-posta adresinizi doğrulayın (doğrulama e-postasındaki bağlantı).',
    ],
    [/^Cannot (\S+) when status is (\S+)\.$/, '"{2}" durumundayken bu işlem ({1}) yapılamaz.'],
    [/^E-mail or password is wrong\.$/, 'E-posta veya parola yanlış.'],
    [/^This already exists\.$/, 'Bu zaten var.'],
    [/^No such route\.$/, 'Böyle bir yol yok.'],
    [
      /^The (database|search) is not reachable; try again in a moment\.$/,
      'Bu hizmete şu an ulaşılamıyor; biraz sonra yeniden deneyin.',
    ],
    [
      /^Send JSON \(application\/json\)( in UTF-8)?\.$/,
      'Gövdeyi JSON (application/json, UTF-8) olarak gönderin.',
    ],
    [
      /^The bid deadline has passed: the terms are frozen\..*$/,
      'Teklif son tarihi geçti, şartlar donduruldu; yeniden yürütmek için ihtiyacı yeniden yayımlayın.',
    ],
    [
      /^Whether bids are visible before the deadline is fixed at publication\.$/,
      'Tekliflerin son tarihten önce görünüp görünmeyeceği yayımlanırken belirlenir ve değişmez.',
    ],
    [
      /^Once published, the bid deadline may be extended, never shortened\.$/,
      'Yayımlandıktan sonra teklif son tarihi uzatılabilir, asla kısaltılamaz.',
    ],
    [/^This request expired before it was answered\.$/, 'Bu istek yanıtlanmadan süresi doldu.'],
    [
      /^You have (\d+) requests waiting for an answer.*$/,
      'Yanıt bekleyen {1} isteğiniz var; daha fazlasına izin verilmiyor.',
    ],
    [
      /^One side already has a meeting in this slot\.$/,
      'Taraflardan birinin bu dilimde başka bir görüşmesi var.',
    ],
    [/^One side is unavailable in this slot\.$/, 'Taraflardan biri bu dilimde müsait değil.'],
    [/^Every table is taken in this slot\.$/, 'Bu dilimde bütün masalar dolu.'],
    [/^This table is taken in this slot\.$/, 'Bu masa bu dilimde dolu.'],
    [
      /^The two sides share no free slot with a free table\.$/,
      'İki tarafın boş masası olan ortak boş dilimi yok.',
    ],
    [
      /^The organisers have not set up meetings.*$/,
      'Düzenleyenler bu fuarın görüşmelerini henüz ayarlamadı.',
    ],
    [
      /^A request or meeting between you two about this already exists\.$/,
      'Aranızda bu konuda zaten bir istek ya da görüşme var.',
    ],
  ],
};

/** Field messages by validation code (class-validator constraint names); `{field}` is the field. */
const FIELD_MESSAGES: Record<Exclude<MessageLanguage, 'en'>, Catalog> = {
  fa: {
    isString: '«{field}» باید متن باشد.',
    isInt: '«{field}» باید عدد صحیح باشد.',
    isNumber: '«{field}» باید عدد باشد.',
    isBoolean: '«{field}» باید true یا false باشد.',
    isIn: '«{field}» یکی از مقادیر مجاز نیست.',
    isEnum: '«{field}» یکی از مقادیر مجاز نیست.',
    min: '«{field}» از کمینهٔ مجاز کمتر است.',
    max: '«{field}» از بیشینهٔ مجاز بیشتر است.',
    minLength: '«{field}» کوتاه‌تر از حد مجاز است.',
    maxLength: '«{field}» بلندتر از حد مجاز است.',
    arrayMinSize: '«{field}» عناصر کافی ندارد.',
    arrayMaxSize: '«{field}» عناصر بیش از حد دارد.',
    arrayUnique: 'عناصر «{field}» باید یکتا باشند.',
    isArray: '«{field}» باید فهرست باشد.',
    isUuid: '«{field}» باید یک شناسهٔ UUID باشد.',
    isEmail: '«{field}» باید یک نشانی ایمیل باشد.',
    isIso8601: '«{field}» باید تاریخ و زمان ISO 8601 باشد.',
    isISO8601: '«{field}» باید تاریخ و زمان ISO 8601 باشد.',
    matches: 'قالب «{field}» نادرست است.',
    isIso31661Alpha2: '«{field}» باید کد دوحرفی کشور (ISO 3166-1) باشد.',
    isISO31661Alpha2: '«{field}» باید کد دوحرفی کشور (ISO 3166-1) باشد.',
    isISO4217CurrencyCode: '«{field}» باید کد ارز ISO 4217 باشد.',
    baseCurrency: 'یورو پایهٔ همهٔ نرخ‌هاست (یک یورو به ازای یک یورو) و تعیین نمی‌شود.',
    isUrl: '«{field}» باید یک نشانی اینترنتی باشد.',
    isFutureDate: '«{field}» باید زمانی در آینده باشد.',
    whitelistValidation: 'فیلد «{field}» مجاز نیست.',
    nestedValidation: '«{field}» باید یک شیء معتبر باشد.',
    isObject: '«{field}» باید یک شیء باشد.',
    isNotEmpty: '«{field}» نباید خالی باشد.',
    isDefined: '«{field}» لازم است.',
    // Meetings (libs/meetings)
    'blocks-overlap': '«{field}» با بلوک دیگری هم‌پوشانی دارد.',
    'slot-length-does-not-divide-block': 'طول «{field}» مضرب درستی از طول هر نوبت ملاقات نیست.',
    'block-ends-before-start': 'پایان «{field}» باید پس از آغاز آن باشد.',
    'break-ends-before-start': 'پایان «{field}» باید پس از آغاز آن باشد.',
    'break-outside-blocks': '«{field}» درون هیچ بلوک ملاقاتی نیست.',
    'block-outside-exhibition': '«{field}» بیرون از تاریخ‌های نمایشگاه است.',
    'duplicate-table': 'کلید میز در «{field}» تکراری است.',
    'time-zone': '«{field}» منطقهٔ زمانی معتبر IANA نیست.',
    'not-a-slot': '«{field}» آغاز هیچ نوبت ملاقاتی نیست.',
    'outside-blocks': '«{field}» آغاز نوبتی درون بلوک‌های ملاقات نیست.',
    'unknown-table': '«{field}» میزی از این نمایشگاه نیست.',
    'request-to-self': 'نمی‌توانید از خودتان درخواست ملاقات کنید.',
    'not-a-participant': '«{field}» شرکت‌کنندهٔ تأییدشدهٔ این نمایشگاه نیست.',
    'need-not-of-either-side': '«{field}» نیاز منتشرشدهٔ هیچ‌یک از دو طرف نیست.',
    'slot-required': '«{field}» لازم است: یک نوبت آزاد مشترک برگزینید.',
    'lock-unscheduled': 'فقط ملاقاتی که نوبت دارد قفل می‌شود.',
    'participant-kind': 'فقط تولیدکنندگان و تأمین‌کنندگان در ملاقات‌ها شرکت می‌کنند.',
    minLocalContent: 'سهم ساخت داخل برای این نیاز باید دست‌کم {limit}٪ باشد.',
    bidCurrency: '«{field}» باید {currency} باشد: این نیاز پیشنهادها را فقط با این ارز می‌پذیرد.',
    weightsSum: 'جمع وزن‌های «{field}» باید ۱۰۰ باشد (اکنون {sum}).',
    deadlinePassed: 'مهلت «{field}» گذشته است؛ پیش از انتشار آن را به آینده ببرید.',
    endsBeforeStart: 'پایان باید پس از آغاز باشد.',
    afterEnd: '«{field}» باید پیش از پایان یا هم‌زمان با آن باشد.',
    outOfRange: '«{field}» باید میان سال‌های ۲۰۰۰ و ۲۱۰۰ باشد.',
    ndaNotAccepted: 'برای خواندن جزئیات، تعهدنامهٔ محرمانگی را بپذیرید.',
    unknownReference: '«{field}» به چیزی که بتوانید برگزینید اشاره نمی‌کند.',
    hsCodeUnknown: '«{field}» سرفصل یا زیرسرفصلی از نظام هماهنگ‌شدهٔ ۲۰۲۲ (HS) نیست.',
    notPublic: 'پیش‌نویس‌ها فقط برای صاحب یا دعوت‌شدگان فهرست می‌شوند.',
    forbiddenCharacters: '«{field}» نویسه‌های کنترلی یا جهت‌دهی مجاز ندارد.',
    maxDepth: '«{field}» بیش از حد تودرتو است.',
    invalidCursor: '«{field}» معتبر نیست؛ فهرست را از ابتدا بخوانید.',
    // Spreadsheet import of needs (libs/needs/src/import)
    fileMissing: 'فایل XLSX یا CSV را در «{field}» بفرستید.',
    fileTooLarge: 'فایل بزرگ‌تر از حد مجاز است.',
    fileUnreadable: 'فایل را نمی‌توان به‌صورت XLSX یا CSV خواند.',
    fileEmpty: 'فایل سرستون یا ردیف نیازی ندارد.',
    fileTooManyRows: 'فایل بیش از {limit} ردیف نیاز دارد.',
    columnUnknown: 'ستون «{field}» در الگوی نیازها نیست.',
    columnMissing: 'ستون «{field}» لازم است.',
    columnDuplicate: 'ستون «{field}» دو بار آمده است.',
    multipartMalformed: 'بدنهٔ multipart درخواست خوانا نیست.',
  },
  tr: {
    isString: '"{field}" metin olmalıdır.',
    isInt: '"{field}" tam sayı olmalıdır.',
    isNumber: '"{field}" sayı olmalıdır.',
    isBoolean: '"{field}" true ya da false olmalıdır.',
    isIn: '"{field}" izin verilen değerlerden biri değil.',
    isEnum: '"{field}" izin verilen değerlerden biri değil.',
    min: '"{field}" izin verilen en küçük değerden küçük.',
    max: '"{field}" izin verilen en büyük değerden büyük.',
    minLength: '"{field}" çok kısa.',
    maxLength: '"{field}" çok uzun.',
    arrayMinSize: '"{field}" yeterli öğe içermiyor.',
    arrayMaxSize: '"{field}" çok fazla öğe içeriyor.',
    arrayUnique: '"{field}" öğeleri benzersiz olmalıdır.',
    isArray: '"{field}" bir liste olmalıdır.',
    isUuid: '"{field}" bir UUID olmalıdır.',
    isEmail: '"{field}" bir e-posta adresi olmalıdır.',
    isIso8601: '"{field}" ISO 8601 tarih-saat olmalıdır.',
    isISO8601: '"{field}" ISO 8601 tarih-saat olmalıdır.',
    matches: '"{field}" biçimi hatalı.',
    isIso31661Alpha2: '"{field}" iki harfli ülke kodu (ISO 3166-1) olmalıdır.',
    isISO31661Alpha2: '"{field}" iki harfli ülke kodu (ISO 3166-1) olmalıdır.',
    isISO4217CurrencyCode: '"{field}" ISO 4217 para birimi kodu olmalıdır.',
    baseCurrency: 'Euro tüm kurların tabanıdır (bir avroya bir avro) ve ayarlanamaz.',
    isUrl: '"{field}" bir URL olmalıdır.',
    isFutureDate: '"{field}" gelecekte bir zaman olmalıdır.',
    whitelistValidation: '"{field}" alanına izin verilmiyor.',
    nestedValidation: '"{field}" geçerli bir nesne olmalıdır.',
    isObject: '"{field}" bir nesne olmalıdır.',
    isNotEmpty: '"{field}" boş olmamalıdır.',
    isDefined: '"{field}" gereklidir.',
    // Meetings (libs/meetings)
    'blocks-overlap': '"{field}" başka bir blokla çakışıyor.',
    'slot-length-does-not-divide-block':
      '"{field}" süresi görüşme dilimi uzunluğunun tam katı değil.',
    'block-ends-before-start': '"{field}" bitişi başlangıcından sonra olmalıdır.',
    'break-ends-before-start': '"{field}" bitişi başlangıcından sonra olmalıdır.',
    'break-outside-blocks': '"{field}" hiçbir görüşme bloğunun içinde değil.',
    'block-outside-exhibition': '"{field}" fuar tarihlerinin dışında.',
    'duplicate-table': '"{field}" masa anahtarı tekrar ediyor.',
    'time-zone': '"{field}" geçerli bir IANA saat dilimi değil.',
    'not-a-slot': '"{field}" bir görüşme diliminin başlangıcı değil.',
    'outside-blocks': '"{field}" görüşme bloklarının içindeki bir dilimin başlangıcı değil.',
    'unknown-table': '"{field}" bu fuarın masalarından biri değil.',
    'request-to-self': 'Kendinizden görüşme isteyemezsiniz.',
    'not-a-participant': '"{field}" bu fuarın onaylı katılımcısı değil.',
    'need-not-of-either-side': '"{field}" iki taraftan birinin yayımlanmış ihtiyacı değil.',
    'slot-required': '"{field}" gerekli: ortak boş bir dilim seçin.',
    'lock-unscheduled': 'Yalnızca dilimi olan bir görüşme kilitlenebilir.',
    'participant-kind': 'Görüşmelere yalnızca üreticiler ve tedarikçiler katılır.',
    minLocalContent: 'Bu ihtiyaç için yerli katkı en az %{limit} olmalıdır.',
    bidCurrency:
      '"{field}" {currency} olmalıdır: bu ihtiyaç teklifleri yalnızca bu para biriminde alır.',
    weightsSum: '"{field}" ağırlıklarının toplamı 100 olmalıdır (şu an {sum}).',
    deadlinePassed: '"{field}" geçti; yayımlamadan önce ileri bir tarihe taşıyın.',
    endsBeforeStart: 'Bitiş, başlangıçtan sonra olmalıdır.',
    afterEnd: '"{field}" bitişten önce ya da bitişte olmalıdır.',
    outOfRange: '"{field}" 2000 ile 2100 arasında olmalıdır.',
    ndaNotAccepted: 'Ayrıntıları okumak için gizlilik sözleşmesini kabul edin.',
    unknownReference: '"{field}" seçebileceğiniz bir kaydı göstermiyor.',
    hsCodeUnknown: '"{field}" HS 2022 armonize sisteminde bir pozisyon ya da alt pozisyon değil.',
    notPublic: 'Taslaklar yalnızca sahibine veya davetlilere listelenir.',
    forbiddenCharacters: '"{field}" kontrol veya yön karakterleri içeremez.',
    maxDepth: '"{field}" çok derin iç içe.',
    invalidCursor: '"{field}" geçersiz; listeyi baştan okuyun.',
    // Spreadsheet import of needs (libs/needs/src/import)
    fileMissing: '"{field}" alanında bir XLSX ya da CSV dosyası gönderin.',
    fileTooLarge: 'Dosya izin verilenden büyük.',
    fileUnreadable: 'Dosya XLSX ya da CSV olarak okunamıyor.',
    fileEmpty: 'Dosyada başlık satırı ya da ihtiyaç satırı yok.',
    fileTooManyRows: 'Dosyada {limit} satırdan fazla ihtiyaç var.',
    columnUnknown: '"{field}" sütunu ihtiyaç şablonunda yok.',
    columnMissing: '"{field}" sütunu gerekli.',
    columnDuplicate: '"{field}" sütunu iki kez geçiyor.',
    multipartMalformed: 'İsteğin multipart gövdesi okunamıyor.',
  },
};

/** A lib's own wording: its field codes, and its details by exact text or pattern. */
export interface ProblemWording {
  fields?: Partial<Record<Exclude<MessageLanguage, 'en'>, Catalog>>;
  details?: Partial<Record<Exclude<MessageLanguage, 'en'>, Array<[RegExp, string]>>>;
}

/**
 * Adds a domain lib's wording beside the shared one (the lib calls it once, when loaded), so
 * each lib words its own problems next to its code. A code already worded keeps its text.
 */
export function addProblemWording(wording: ProblemWording): void {
  for (const lang of ['fa', 'tr'] as const) {
    for (const [code, text] of Object.entries(wording.fields?.[lang] ?? {}))
      FIELD_MESSAGES[lang][code] ??= text;
    DETAILS[lang].push(...(wording.details?.[lang] ?? []));
  }
}

function localizeDetail(detail: string, lang: Exclude<MessageLanguage, 'en'>): string {
  for (const [pattern, text] of DETAILS[lang]) {
    const m = pattern.exec(detail);
    if (m) return text.replace(/\{(\d)\}/g, (_, i: string) => m[Number(i)] ?? '');
  }
  return detail;
}

function localizeField(error: FieldError, lang: Exclude<MessageLanguage, 'en'>): FieldError {
  const template = error.code ? FIELD_MESSAGES[lang][error.code] : undefined;
  if (!template) return error;
  // Numbers in the reader's script; other params (an entry's name, a kind) as they are.
  const shown = (value: string | number, key: string) =>
    lang === 'fa' && (typeof value === 'number' || key === 'limit')
      ? String(value).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)])
      : String(value);
  const params: Record<string, string | number> = { limit: '', ...error.params };
  const message = template
    .replace('{field}', error.field)
    .replace(/\{(\w+)\}/g, (hole, key: string) => (key in params ? shown(params[key], key) : hole));
  return { ...error, message };
}

/** A field error in `lang`, when its code has a wording there (else as it is). */
export function localizeFieldError(error: FieldError, lang: MessageLanguage): FieldError {
  return lang === 'en' ? error : localizeField(error, lang);
}

/**
 * The problem in the caller's language: title, the API's standard details and the field
 * messages of known validation codes. Field names, codes and unknown texts stay as they are.
 */
export function localizeProblem(problem: ProblemDocument, lang: MessageLanguage): ProblemDocument {
  if (lang === 'en') return problem;
  return {
    ...problem,
    title: TITLES[lang][problem.status] ?? problem.title,
    ...(problem.detail ? { detail: localizeDetail(problem.detail, lang) } : {}),
    ...(problem.errors ? { errors: problem.errors.map((e) => localizeField(e, lang)) } : {}),
  };
}
