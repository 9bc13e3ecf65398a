/**
 * The 97 chapters of the Harmonized System (2022), named in English, Turkish and Persian.
 * One row per chapter: `code|en|tr|fa`. Chapter 77 is reserved by the WCO.
 */
export const HS_CHAPTER_ROWS = `01|Live animals|Canlı hayvanlar|حیوانات زنده
02|Meat and edible meat offal|Etler ve yenilen sakatat|گوشت و احشای خوراکی
03|Fish and crustaceans|Balıklar ve kabuklu hayvanlar|ماهی و سخت‌پوستان
04|Dairy produce; eggs; honey|Süt ürünleri; yumurta; bal|لبنیات؛ تخم پرندگان؛ عسل
05|Other products of animal origin|Hayvansal menşeli diğer ürünler|سایر محصولات حیوانی
06|Live trees and plants; cut flowers|Canlı ağaç ve bitkiler; kesme çiçekler|گیاهان زنده و گل‌های بریده
07|Edible vegetables|Yenilen sebzeler|سبزیجات خوراکی
08|Edible fruit and nuts|Yenilen meyveler ve kabuklu yemişler|میوه‌ها و مغزهای خوراکی
09|Coffee, tea, maté and spices|Kahve, çay, mate ve baharat|قهوه، چای و ادویه
10|Cereals|Hububat|غلات
11|Milling products; malt; starches|Değirmencilik ürünleri; malt; nişasta|محصولات آسیابانی؛ مالت؛ نشاسته
12|Oil seeds and oleaginous fruits|Yağlı tohumlar ve meyveler|دانه‌ها و میوه‌های روغنی
13|Lac; gums, resins and vegetable saps|Lak; sakızlar, reçineler ve bitkisel özsular|لاک؛ صمغ‌ها و شیره‌های گیاهی
14|Vegetable plaiting materials|Örülmeye elverişli bitkisel maddeler|مواد گیاهی برای بافتن
15|Animal and vegetable fats and oils|Hayvansal ve bitkisel yağlar|چربی‌ها و روغن‌های حیوانی و گیاهی
16|Preparations of meat or fish|Et ve balık müstahzarları|فرآورده‌های گوشت و ماهی
17|Sugars and sugar confectionery|Şeker ve şeker mamulleri|قند، شکر و شیرینی
18|Cocoa and cocoa preparations|Kakao ve kakao müstahzarları|کاکائو و فرآورده‌های آن
19|Preparations of cereals, flour or milk; bakery products|Hububat, un veya süt müstahzarları; pastacılık ürünleri|فرآورده‌های غلات، آرد یا شیر؛ نان و شیرینی
20|Preparations of vegetables, fruit or nuts|Sebze ve meyve müstahzarları|فرآورده‌های سبزی و میوه
21|Miscellaneous edible preparations|Yenilen çeşitli gıda müstahzarları|فرآورده‌های خوراکی گوناگون
22|Beverages, spirits and vinegar|İçecekler, alkollü içkiler ve sirke|نوشیدنی‌ها و سرکه
23|Food industry residues; animal fodder|Gıda sanayii kalıntıları; hayvan yemleri|پسماند صنایع غذایی؛ خوراک دام
24|Tobacco|Tütün|توتون و تنباکو
25|Salt; sulphur; earths and stone; lime and cement|Tuz; kükürt; toprak ve taşlar; kireç ve çimento|نمک؛ گوگرد؛ خاک و سنگ؛ آهک و سیمان
26|Ores, slag and ash|Metal cevherleri, cüruf ve kül|سنگ فلز، سرباره و خاکستر
27|Mineral fuels and oils|Mineral yakıtlar ve yağlar|سوخت‌ها و روغن‌های معدنی
28|Inorganic chemicals|Anorganik kimyasallar|مواد شیمیایی معدنی
29|Organic chemicals|Organik kimyasallar|مواد شیمیایی آلی
30|Pharmaceutical products|Eczacılık ürünleri|محصولات دارویی
31|Fertilisers|Gübreler|کودها
32|Tanning and dyeing extracts; paints, varnishes; inks|Tabaklama ve boya hülasaları; boyalar, vernikler; mürekkepler|عصاره‌های دباغی و رنگرزی؛ رنگ و ورنی؛ جوهر
33|Essential oils; perfumery and cosmetics|Uçucu yağlar; parfümeri ve kozmetik|اسانس‌ها؛ عطر و لوازم آرایشی
34|Soap, washing and lubricating preparations; waxes|Sabunlar, yıkama ve yağlama müstahzarları; mumlar|صابون، مواد شوینده و روان‌کننده؛ موم
35|Albuminoidal substances; glues; enzymes|Albüminoid maddeler; tutkallar; enzimler|مواد آلبومینوئیدی؛ چسب‌ها؛ آنزیم‌ها
36|Explosives; pyrotechnics; matches|Patlayıcılar; piroteknik ürünler; kibritler|مواد منفجره؛ مواد آتش‌بازی؛ کبریت
37|Photographic and cinematographic goods|Fotoğrafçılık ve sinemacılık ürünleri|کالاهای عکاسی و سینمایی
38|Miscellaneous chemical products|Çeşitli kimyasal ürünler|محصولات شیمیایی گوناگون
39|Plastics and articles thereof|Plastikler ve mamulleri|پلاستیک و اشیای ساخته‌شده از آن
40|Rubber and articles thereof|Kauçuk ve kauçuktan eşya|کائوچو و اشیای ساخته‌شده از آن
41|Raw hides and skins; leather|Ham postlar ve deriler; köseleler|پوست خام و چرم
42|Articles of leather; travel goods, handbags|Deri eşya; seyahat eşyası, el çantaları|مصنوعات چرمی؛ کیف و لوازم سفر
43|Furskins and artificial fur|Kürkler ve taklit kürkler|پوست‌های نرم (خز)
44|Wood and articles of wood; wood charcoal|Ağaç ve ahşap eşya; odun kömürü|چوب و اشیای چوبی؛ زغال چوب
45|Cork and articles of cork|Mantar ve mantardan eşya|چوب‌پنبه و اشیای آن
46|Straw and basketware|Hasır ve sepetçi eşyası|مصنوعات حصیری و سبدبافی
47|Pulp of wood; recovered paper|Odun hamuru; geri kazanılmış kağıt|خمیر چوب؛ کاغذ بازیافتی
48|Paper and paperboard|Kağıt ve karton|کاغذ و مقوا
49|Printed books, newspapers, pictures|Basılı kitaplar, gazeteler, resimler|کتاب، روزنامه و مطبوعات چاپی
50|Silk|İpek|ابریشم
51|Wool and animal hair|Yün ve hayvan kılı|پشم و موی حیوان
52|Cotton|Pamuk|پنبه
53|Other vegetable textile fibres|Diğer bitkisel dokumaya elverişli lifler|سایر الیاف نسجی گیاهی
54|Man-made filaments|Sentetik ve suni filamentler|رشته‌های سنتتیک و مصنوعی
55|Man-made staple fibres|Sentetik ve suni devamsız lifler|الیاف سنتتیک و مصنوعی غیرممتد
56|Wadding, felt and nonwovens; twine and ropes|Vatka, keçe ve dokunmamış mensucat; sicim ve halat|لایی، نمد و نبافته؛ ریسمان و طناب
57|Carpets and textile floor coverings|Halılar ve tekstil yer kaplamaları|فرش و کف‌پوش‌های نسجی
58|Special woven fabrics; lace; tapestries|Özel dokunmuş mensucat; dantel; duvar halıları|پارچه‌های ویژه؛ تور؛ ملیله‌دوزی
59|Coated and laminated fabrics; industrial textiles|Sıvanmış ve lamine mensucat; teknik tekstiller|پارچه‌های روکش‌دار؛ منسوجات صنعتی
60|Knitted or crocheted fabrics|Örme kumaşlar|پارچه‌های کشباف
61|Apparel, knitted or crocheted|Örme giyim eşyası|پوشاک کشباف
62|Apparel, not knitted|Örülmemiş giyim eşyası|پوشاک غیرکشباف
63|Other made-up textile articles; worn clothing|Diğer hazır tekstil eşyası; kullanılmış giyim|سایر مصنوعات نسجی آماده؛ لباس مستعمل
64|Footwear and parts|Ayakkabılar ve aksamı|کفش و اجزای آن
65|Headgear|Başlıklar|کلاه و اجزای آن
66|Umbrellas and walking sticks|Şemsiyeler ve bastonlar|چتر و عصا
67|Prepared feathers; artificial flowers|Hazırlanmış tüyler; yapma çiçekler|پر آماده؛ گل مصنوعی
68|Articles of stone, plaster, cement, mica|Taş, alçı, çimento ve mikadan eşya|اشیای سنگی، گچی، سیمانی و میکا
69|Ceramic products|Seramik mamulleri|محصولات سرامیکی
70|Glass and glassware|Cam ve cam eşya|شیشه و آلات شیشه‌ای
71|Pearls, precious stones and metals; jewellery|İnciler, kıymetli taşlar ve metaller; mücevherat|مروارید، سنگ‌ها و فلزات گران‌بها؛ جواهرات
72|Iron and steel|Demir ve çelik|آهن و فولاد
73|Articles of iron or steel|Demir veya çelikten eşya|اشیای آهنی و فولادی
74|Copper and articles thereof|Bakır ve bakırdan eşya|مس و اشیای مسی
75|Nickel and articles thereof|Nikel ve nikelden eşya|نیکل و اشیای آن
76|Aluminium and articles thereof|Alüminyum ve alüminyumdan eşya|آلومینیوم و اشیای آن
77|(Reserved)|(Ayrılmış)|(رزرو)
78|Lead and articles thereof|Kurşun ve kurşundan eşya|سرب و اشیای آن
79|Zinc and articles thereof|Çinko ve çinkodan eşya|روی و اشیای آن
80|Tin and articles thereof|Kalay ve kalaydan eşya|قلع و اشیای آن
81|Other base metals; cermets|Diğer adi metaller; sermetler|سایر فلزات معمولی؛ سرمت‌ها
82|Tools and cutlery of base metal|Adi metallerden aletler ve bıçakçı eşyası|ابزار و کارد و چنگال از فلزات معمولی
83|Miscellaneous articles of base metal|Adi metallerden çeşitli eşya|اشیای گوناگون از فلزات معمولی
84|Machinery and mechanical appliances; boilers|Makineler ve mekanik cihazlar; kazanlar|ماشین‌آلات و وسایل مکانیکی؛ دیگ بخار
85|Electrical machinery and equipment|Elektrikli makine ve cihazlar|ماشین‌آلات و تجهیزات برقی
86|Railway locomotives, rolling stock and track fixtures|Demiryolu taşıtları ve malzemeleri|لوکوموتیو، واگن و تجهیزات راه‌آهن
87|Vehicles and their parts (not railway)|Motorlu kara taşıtları ve parçaları|وسایل نقلیه غیرریلی و قطعات آن
88|Aircraft, spacecraft and parts|Hava ve uzay taşıtları ve aksamı|هواپیما، فضاپیما و قطعات آن
89|Ships, boats and floating structures|Gemiler, botlar ve yüzer yapılar|کشتی، قایق و سازه‌های شناور
90|Optical, measuring, medical and precision instruments|Optik, ölçü, tıbbi ve hassas cihazlar|ابزار اپتیکی، اندازه‌گیری، پزشکی و دقیق
91|Clocks and watches|Saatler|ساعت و اجزای آن
92|Musical instruments|Müzik aletleri|آلات موسیقی
93|Arms and ammunition|Silahlar ve mühimmat|سلاح و مهمات
94|Furniture; bedding; lamps; prefabricated buildings|Mobilyalar; yatak eşyası; aydınlatma; prefabrik yapılar|مبلمان؛ لوازم خواب؛ چراغ؛ ساختمان پیش‌ساخته
95|Toys, games and sports equipment|Oyuncaklar, oyun ve spor malzemeleri|اسباب‌بازی و وسایل ورزشی
96|Miscellaneous manufactured articles|Çeşitli mamul eşya|مصنوعات گوناگون
97|Works of art and antiques|Sanat eserleri ve antikalar|آثار هنری و عتیقه`;
