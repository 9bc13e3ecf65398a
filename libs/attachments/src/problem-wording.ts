import { addProblemWording } from '@niaz/core';

/**
 * The attachments' refusals in Persian and Turkish (English is written where they are thrown).
 * Field codes carry their numbers and names in `params` ({limit}, {entry}, {detected}, …).
 */
addProblemWording({
  fields: {
    fa: {
      fileTypeNotAccepted:
        'فقط پرونده‌های PDF، PNG، JPEG، DXF، DWG، STEP/STP و ZIP با نام هم‌خوان پذیرفته می‌شوند.',
      attachmentTooLarge: 'حجم پرونده باید حداکثر {limit} مگابایت باشد.',
      needFilesTooLarge: 'مجموع پرونده‌های یک نیاز باید حداکثر {limit} مگابایت باشد.',
      sizeMismatch: 'پرونده‌ی بارگذاری‌شده {uploaded} بایت است، {declared} بایت اعلام شده بود.',
      fileTypeMismatch: 'محتوای پرونده {detected} است، نه {declared}.',
      fileBytesNotAccepted: 'محتوای پرونده از نوع‌های پذیرفته نیست ({declared} اعلام شده بود).',
      fileNameCharacters: 'نام پرونده نباید جداکنندهٔ مسیر، نویسهٔ کنترلی یا جهت‌نما داشته باشد.',
      fileNameDots: 'نام پرونده نباید با نقطه آغاز شود یا «..» داشته باشد.',
      fileNameSpaces: 'نام پرونده نباید با فاصله آغاز یا تمام شود.',
      fileAmendmentRationale:
        'این نیاز منتشر شده است: تغییر پرونده‌هایش اصلاحیه است و دلیل می‌خواهد.',
      zipCorrupt: 'پروندهٔ ZIP خوانا نیست ({entry}).',
      zipTooDeep: 'آرشیوهای تودرتو بیش از حد مجاز عمیق‌اند ({entry}).',
      zipTooManyEntries: 'آرشیو بیش از حد مجاز پرونده دارد ({entry}).',
      zipTooLarge: 'آرشیو پس از گشودن بیش از حد مجاز بزرگ می‌شود ({entry}).',
      zipBomb: 'پروندهٔ «{entry}» بیش از حد مجاز فشرده شده است (بمب ZIP).',
      zipEncrypted: 'پروندهٔ «{entry}» رمزگذاری شده است؛ آرشیو را بدون گذرواژه بسازید.',
      zipPathTraversal: 'نام «{entry}» به بیرون از پوشهٔ آرشیو اشاره می‌کند.',
      zipEntryType: '«{entry}» از نوع‌های پذیرفته (PDF، PNG، JPEG، DXF، DWG، STEP) نیست.',
    },
    tr: {
      fileTypeNotAccepted:
        'Yalnızca adıyla uyumlu PDF, PNG, JPEG, DXF, DWG, STEP/STP ve ZIP dosyaları kabul edilir.',
      attachmentTooLarge: 'Dosya en fazla {limit} MB olabilir.',
      needFilesTooLarge: 'Bir ihtiyacın dosyaları toplam en fazla {limit} MB olabilir.',
      sizeMismatch: 'Yüklenen dosya {uploaded} bayt, bildirilen {declared} bayttı.',
      fileTypeMismatch: 'Dosyanın içeriği {detected}, {declared} değil.',
      fileBytesNotAccepted:
        'Dosyanın içeriği kabul edilen türlerden değil ({declared} bildirilmişti).',
      fileNameCharacters: 'Dosya adı yol ayırıcı, denetim veya yön karakteri içeremez.',
      fileNameDots: 'Dosya adı nokta ile başlayamaz ve ".." içeremez.',
      fileNameSpaces: 'Dosya adı boşlukla başlayamaz veya bitemez.',
      fileAmendmentRationale:
        'Bu ihtiyaç yayımlandı: dosyalarını değiştirmek bir tadildir ve gerekçe ister.',
      zipCorrupt: 'ZIP dosyası okunamıyor ({entry}).',
      zipTooDeep: 'İç içe arşivler izin verilenden derin ({entry}).',
      zipTooManyEntries: 'Arşivde izin verilenden fazla dosya var ({entry}).',
      zipTooLarge: 'Arşiv açıldığında izin verilenden büyük ({entry}).',
      zipBomb: '"{entry}" izin verilenden fazla sıkıştırılmış (ZIP bombası).',
      zipEncrypted: '"{entry}" şifreli; arşivi parolasız oluşturun.',
      zipPathTraversal: '"{entry}" adı arşivin klasörünün dışını gösteriyor.',
      zipEntryType: '"{entry}" kabul edilen türlerden (PDF, PNG, JPEG, DXF, DWG, STEP) değil.',
    },
  },
  details: {
    fa: [
      [
        /^The ZIP file holds something Niaz does not accept\.$/,
        'پروندهٔ ZIP چیزی دارد که نیاز نمی‌پذیرد.',
      ],
      [
        /^A bid's files can change only while bidding is open\.$/,
        'پرونده‌های پیشنهاد فقط تا پایان مهلت پیشنهاد تغییر می‌کنند.',
      ],
      [
        /^Accept the need’s NDA to download its confidential files\.$/,
        'برای دریافت پرونده‌های محرمانهٔ این نیاز، توافق‌نامهٔ عدم افشا را بپذیرید.',
      ],
      [
        /^Nothing was uploaded yet: PUT the bytes to uploadUrl first\.$/,
        'هنوز چیزی بارگذاری نشده است: نخست پرونده را به uploadUrl بفرستید.',
      ],
      [
        /^Only the capability’s organisation may change its files\.$/,
        'فقط سازمانِ صاحبِ این توانمندی می‌تواند پرونده‌هایش را تغییر دهد.',
      ],
      [
        /^Only the organisation’s members may change its files\.$/,
        'فقط اعضای سازمان می‌توانند پرونده‌هایش را تغییر دهند.',
      ],
    ],
    tr: [
      [
        /^The ZIP file holds something Niaz does not accept\.$/,
        "ZIP dosyası Niaz'ın kabul etmediği bir şey içeriyor.",
      ],
      [
        /^A bid's files can change only while bidding is open\.$/,
        'Teklifin dosyaları yalnızca teklif süresi açıkken değişebilir.',
      ],
      [
        /^Accept the need’s NDA to download its confidential files\.$/,
        'Gizli dosyaları indirmek için ihtiyacın gizlilik sözleşmesini kabul edin.',
      ],
      [
        /^Nothing was uploaded yet: PUT the bytes to uploadUrl first\.$/,
        "Henüz bir şey yüklenmedi: önce dosyayı uploadUrl'e gönderin.",
      ],
      [
        /^Only the capability’s organisation may change its files\.$/,
        'Yalnızca yeteneğin sahibi kuruluş dosyalarını değiştirebilir.',
      ],
      [
        /^Only the organisation’s members may change its files\.$/,
        'Yalnızca kuruluşun üyeleri dosyalarını değiştirebilir.',
      ],
    ],
  },
});
