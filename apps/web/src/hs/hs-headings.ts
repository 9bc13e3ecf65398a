/**
 * Common 4-digit HS headings, named in English, Turkish and Persian: every heading of the
 * synonym families in libs/text/src/synonyms.data.ts and the ones industry needs mention
 * most. One row per heading: `code|en|tr|fa`. Users may still type any 4–10 digit code.
 */
export const HS_HEADING_ROWS = `1001|Wheat and meslin|Buğday ve mahlut|گندم
2523|Portland and other hydraulic cement|Portland ve hidrolik çimento|سیمان پرتلند و سیمان‌های آبی
2601|Iron ores and concentrates|Demir cevherleri ve konsantreleri|سنگ آهن و کنسانتره آن
2603|Copper ores and concentrates|Bakır cevherleri ve konsantreleri|سنگ مس و کنسانتره آن
2710|Petroleum oils, not crude; lubricating oils|Ham olmayan petrol yağları; yağlama yağları|فرآورده‌های نفتی غیرخام؛ روغن موتور
2804|Hydrogen, rare gases, other non-metals|Hidrojen, nadir gazlar, diğer ametaller|هیدروژن، گازهای کمیاب و سایر نافلزات
2818|Aluminium oxide; artificial corundum|Alüminyum oksit; suni korindon|اکسید آلومینیوم (آلومینا)؛ کوراندوم
2936|Vitamins|Vitaminler|ویتامین‌ها
2937|Hormones|Hormonlar|هورمون‌ها
2939|Alkaloids|Alkaloitler|آلکالوئیدها
2941|Antibiotics|Antibiyotikler|آنتی‌بیوتیک‌ها
2942|Other organic compounds|Diğer organik bileşikler|سایر ترکیبات آلی
3004|Medicaments in measured doses|Dozlandırılmış ilaçlar|داروهای دوزبندی‌شده
3005|Bandages and dressings|Sargılar ve pansuman malzemeleri|باند و پانسمان
3006|Pharmaceutical goods (sutures, test kits)|Eczacılık eşyası (cerrahi dikiş, test kitleri)|کالاهای دارویی (نخ بخیه، کیت)
3208|Paints and varnishes, solvent-based|Boya ve vernikler, solvent bazlı|رنگ و ورنی حلال‌پایه
3209|Paints and varnishes, water-based|Boya ve vernikler, su bazlı|رنگ و ورنی آب‌پایه
3210|Other paints and varnishes|Diğer boya ve vernikler|سایر رنگ‌ها و ورنی‌ها
3403|Lubricating preparations|Yağlama müstahzarları|فرآورده‌های روان‌کننده (گریس)
3506|Glues and adhesives|Tutkallar ve yapıştırıcılar|چسب‌های آماده
3816|Refractory cements and mortars|Ateşe dayanıklı çimento ve harçlar|سیمان و ملات نسوز
3824|Chemical preparations and binders|Kimyasal müstahzarlar ve bağlayıcılar|فرآورده‌های شیمیایی و چسباننده‌ها
3901|Polymers of ethylene (polyethylene)|Etilen polimerleri (polietilen)|پلیمرهای اتیلن (پلی‌اتیلن)
3902|Polymers of propylene (polypropylene)|Propilen polimerleri (polipropilen)|پلیمرهای پروپیلن (پلی‌پروپیلن)
3903|Polymers of styrene|Stiren polimerleri|پلیمرهای استایرن
3904|Polymers of vinyl chloride (PVC)|Vinil klorür polimerleri (PVC)|پلیمرهای وینیل کلرید (پی‌وی‌سی)
3907|Polyesters, epoxy resins, PET|Polyesterler, epoksi reçineler, PET|پلی‌استر، رزین اپوکسی، پت
3908|Polyamides (nylon)|Poliamitler (naylon)|پلی‌آمیدها (نایلون)
3923|Plastic packaging|Plastik ambalaj eşyası|بسته‌بندی پلاستیکی
3926|Other articles of plastics|Plastikten diğer eşya|سایر اشیای پلاستیکی
4009|Rubber tubes, pipes and hoses|Kauçuk borular ve hortumlar|لوله و شلنگ لاستیکی
4010|Rubber conveyor and transmission belts|Kauçuk konveyör ve transmisyon kayışları|تسمه نقاله و تسمه انتقال نیرو لاستیکی
4011|New pneumatic tyres|Yeni dış lastikler|لاستیک (تایر) نو
4012|Retreaded or used tyres|Kaplanmış veya kullanılmış lastikler|تایر روکش‌شده یا کارکرده
4013|Inner tubes|İç lastikler|تیوب لاستیک
4015|Rubber gloves and apparel|Kauçuk eldiven ve giyim eşyası|دستکش و پوشاک لاستیکی
4016|Other rubber articles (gaskets, seals)|Kauçuktan diğer eşya (conta, keçe)|سایر اشیای لاستیکی (واشر، اورینگ)
4104|Tanned hides of bovine or equine animals|Tabaklanmış sığır ve at derileri|چرم گاوی و اسبی دباغی‌شده
4105|Tanned skins of sheep or lambs|Tabaklanmış koyun ve kuzu derileri|پوست گوسفند دباغی‌شده
4106|Tanned hides of other animals|Tabaklanmış diğer hayvan derileri|پوست سایر حیوانات دباغی‌شده
4107|Finished leather of bovine or equine animals|İşlenmiş sığır ve at derisi|چرم گاوی و اسبی پرداخت‌شده
4113|Finished leather of other animals|Diğer hayvanların işlenmiş derisi|چرم پرداخت‌شده سایر حیوانات
4415|Wooden packing cases and pallets|Ahşap sandıklar ve paletler|جعبه و پالت چوبی
4819|Cartons, boxes and bags of paper|Kağıt ve karton kutular ve torbalar|کارتن، جعبه و کیسه کاغذی
5106|Carded wool yarn|Karde yün ipliği|نخ پشمی
5205|Cotton yarn (85% or more cotton)|Pamuk ipliği (%85 veya daha fazla)|نخ پنبه‌ای
5206|Cotton yarn (less than 85% cotton)|Pamuk ipliği (%85'ten az)|نخ پنبه‌ای مخلوط
5208|Light woven cotton fabrics|Hafif pamuklu dokuma kumaşlar|پارچه پنبه‌ای سبک
5209|Heavy woven cotton fabrics|Ağır pamuklu dokuma kumaşlar|پارچه پنبه‌ای سنگین
5402|Synthetic filament yarn|Sentetik filament iplikleri|نخ رشته‌ای سنتتیک
5407|Woven fabrics of synthetic filament yarn|Sentetik filament dokuma kumaşlar|پارچه از نخ رشته‌ای سنتتیک
5509|Yarn of synthetic staple fibres|Sentetik devamsız lif iplikleri|نخ الیاف سنتتیک
5510|Yarn of artificial staple fibres|Suni devamsız lif iplikleri|نخ الیاف مصنوعی
5512|Woven fabrics of synthetic staple fibres|Sentetik devamsız lif dokuma kumaşlar|پارچه الیاف سنتتیک
5513|Synthetic staple fabrics mixed with cotton|Pamuk karışımlı sentetik lif kumaşlar|پارچه الیاف سنتتیک مخلوط با پنبه
6006|Other knitted fabrics|Diğer örme kumaşlar|سایر پارچه‌های کشباف
6402|Footwear with rubber or plastic uppers|Kauçuk veya plastik yüzlü ayakkabılar|کفش با رویه لاستیکی یا پلاستیکی
6403|Footwear with leather uppers|Deri yüzlü ayakkabılar|کفش با رویه چرمی
6404|Footwear with textile uppers|Tekstil yüzlü ayakkabılar|کفش با رویه پارچه‌ای
6406|Parts of footwear|Ayakkabı aksamı|اجزای کفش
6813|Friction material, brake linings|Sürtünme malzemesi, fren balataları|مواد اصطکاکی، لنت ترمز
6902|Refractory bricks and blocks|Ateşe dayanıklı tuğla ve bloklar|آجر و بلوک نسوز
6903|Other refractory ceramic goods|Diğer ateşe dayanıklı seramik eşya|سایر کالاهای سرامیکی نسوز
6907|Ceramic tiles|Seramik karolar|کاشی و سرامیک کف و دیوار
6909|Laboratory and technical ceramics|Laboratuvar ve teknik seramikler|سرامیک آزمایشگاهی و صنعتی
6910|Ceramic sinks, baths and toilets|Seramik lavabo, küvet ve klozetler|چینی بهداشتی
6911|Porcelain tableware|Porselen sofra eşyası|ظروف چینی
6912|Ceramic tableware, not porcelain|Seramik sofra eşyası (porselen hariç)|ظروف سرامیکی
6914|Other ceramic articles|Diğer seramik eşya|سایر اشیای سرامیکی
7003|Cast or rolled glass sheets|Dökme veya haddelenmiş cam levhalar|شیشه ریختگی یا نوردشده
7004|Drawn or blown glass sheets|Çekme veya üfleme cam levhalar|شیشه کشیده یا دمیده
7005|Float glass|Float cam|شیشه فلوت
7007|Safety glass|Emniyet camı|شیشه ایمنی (سکوریت، لمینت)
7010|Glass bottles and jars|Cam şişeler ve kavanozlar|بطری و ظروف شیشه‌ای
7019|Glass fibres|Cam lifleri|الیاف شیشه
7203|Direct-reduced iron (sponge iron)|Doğrudan indirgenmiş demir (sünger demir)|آهن اسفنجی
7207|Semi-finished iron or steel (billets, slabs)|Demir veya çelik yarı mamulleri (kütük, slab)|شمش فولاد (بیلت، اسلب)
7208|Hot-rolled flat steel|Sıcak haddelenmiş yassı çelik|ورق فولادی گرم‌نورد
7209|Cold-rolled flat steel|Soğuk haddelenmiş yassı çelik|ورق فولادی سردنورد
7210|Coated flat steel (galvanised, tinplate)|Kaplanmış yassı çelik (galvaniz, teneke)|ورق فولادی روکش‌دار (گالوانیزه، حلب)
7211|Narrow flat steel, not coated|Dar yassı çelik, kaplanmamış|تسمه فولادی بدون روکش
7213|Steel wire rod|Çelik filmaşin|مفتول فولادی (وایرراد)
7214|Steel bars and rebar|Çelik çubuklar ve inşaat demiri|میلگرد فولادی
7216|Steel angles, shapes and sections|Çelik profiller|نبشی و پروفیل فولادی
7224|Semi-finished alloy steel|Alaşımlı çelik yarı mamulleri|شمش فولاد آلیاژی
7225|Flat-rolled alloy steel|Alaşımlı çelik yassı mamuller|ورق فولاد آلیاژی
7228|Bars and rods of alloy steel|Alaşımlı çelik çubuklar|میلگرد فولاد آلیاژی
7304|Seamless steel tubes and pipes|Dikişsiz çelik borular|لوله فولادی بدون درز
7305|Large welded steel pipes|Büyük çaplı kaynaklı çelik borular|لوله فولادی درزدار قطور
7306|Other welded steel tubes and profiles|Diğer kaynaklı çelik borular ve profiller|سایر لوله‌ها و پروفیل‌های درزدار
7307|Steel tube and pipe fittings|Çelik boru bağlantı parçaları|اتصالات لوله فولادی
7310|Steel tanks, drums and cans|Çelik tanklar, variller ve kutular|مخزن، بشکه و قوطی فولادی
7315|Chain of iron or steel|Demir veya çelik zincirler|زنجیر آهنی و فولادی
7317|Nails, tacks and staples|Çiviler, raptiyeler ve zımbalar|میخ، پونز و منگنه
7318|Screws, bolts, nuts and washers|Vidalar, cıvatalar, somunlar ve pullar|پیچ، مهره و واشر
7320|Springs of iron or steel|Demir veya çelik yaylar|فنر آهنی و فولادی
7323|Household articles of steel|Çelik ev eşyası|لوازم خانگی فولادی
7325|Cast articles of iron or steel|Demir veya çelik döküm eşya|قطعات ریختگی آهنی و فولادی
7326|Other articles of iron or steel (forgings)|Demir veya çelikten diğer eşya (dövme)|سایر اشیای آهنی و فولادی (آهنگری)
7403|Refined copper, unwrought|İşlenmemiş rafine bakır|مس تصفیه‌شده (کاتد)
7407|Copper bars, rods and profiles|Bakır çubuk ve profiller|میله و پروفیل مسی
7408|Copper wire|Bakır tel|سیم مسی
7413|Stranded copper wire and cables, bare|Yalıtılmamış bakır halat ve kablolar|کابل و رشته مسی بدون عایق
7418|Household and sanitary articles of copper|Bakır ev ve sıhhi eşyası|لوازم خانگی و بهداشتی مسی
7601|Unwrought aluminium|İşlenmemiş alüminyum|شمش آلومینیوم
7604|Aluminium bars, rods and profiles|Alüminyum çubuk ve profiller|پروفیل و میله آلومینیومی
7606|Aluminium plates and sheets|Alüminyum levha ve saclar|ورق آلومینیومی
7610|Aluminium structures, doors and windows|Alüminyum yapılar, kapı ve pencereler|سازه، در و پنجره آلومینیومی
7612|Aluminium casks, drums and cans|Alüminyum fıçı ve kutular|مخزن و قوطی آلومینیومی
7615|Household articles of aluminium|Alüminyum ev eşyası|لوازم خانگی آلومینیومی
8207|Interchangeable tools (drills, dies, cutters)|Değiştirilebilir aletler (matkap, kalıp, freze)|ابزار قابل تعویض (مته، قالب، تیغه فرز)
8215|Spoons, forks and kitchen utensils|Kaşık, çatal ve mutfak gereçleri|قاشق، چنگال و لوازم آشپزخانه
8311|Welding wire and electrodes|Kaynak teli ve elektrotlar|سیم جوش و الکترود
8402|Steam boilers|Buhar kazanları|دیگ بخار
8403|Central heating boilers|Kalorifer kazanları|دیگ آبگرم شوفاژ
8404|Boiler auxiliaries; condensers|Kazan yardımcı cihazları; kondenserler|تجهیزات جانبی دیگ بخار؛ کندانسور
8409|Parts of internal combustion engines|İçten yanmalı motor parçaları|قطعات موتور درون‌سوز
8412|Other engines (hydraulic, pneumatic)|Diğer motorlar (hidrolik, pnömatik)|سایر موتورها (هیدرولیک، پنوماتیک)
8413|Pumps for liquids|Sıvı pompaları|پمپ مایعات
8414|Air and vacuum pumps, compressors, fans|Hava ve vakum pompaları, kompresörler, fanlar|پمپ هوا و خلأ، کمپرسور و فن
8418|Refrigerators and freezers|Buzdolapları ve dondurucular|یخچال و فریزر
8419|Heating, cooling and drying machinery; heat exchangers|Isıtma, soğutma ve kurutma makineleri; ısı eşanjörleri|ماشین‌آلات گرمایش، سرمایش و خشک‌کن؛ مبدل حرارتی
8421|Centrifuges; filtering machinery|Santrifüjler; filtre cihazları|سانتریفیوژ؛ دستگاه فیلتر و تصفیه
8422|Dishwashers; packing and filling machinery|Bulaşık makineleri; ambalaj ve dolum makineleri|ماشین ظرف‌شویی؛ ماشین بسته‌بندی و پرکنی
8425|Hoists, winches and jacks|Palangalar, vinçler ve krikolar|جرثقیل زنجیری، وینچ و جک
8426|Cranes|Vinçler|جرثقیل
8427|Fork-lift trucks|Forkliftler|لیفتراک
8428|Conveyors, lifts and other handling machinery|Konveyörler, asansörler ve diğer taşıma makineleri|نوار نقاله، آسانسور و سایر ماشین‌های جابجایی
8431|Parts of lifting and earth-moving machinery|Kaldırma ve iş makineleri parçaları|قطعات ماشین‌آلات بالابر و راه‌سازی
8432|Soil preparation machinery|Toprak işleme makineleri|ماشین‌آلات آماده‌سازی خاک
8433|Harvesting machinery|Hasat makineleri|ماشین‌آلات برداشت محصول
8434|Milking and dairy machinery|Sağım ve süt makineleri|ماشین شیردوشی و لبنیات
8435|Juice and wine presses|Meyve suyu ve şarap presleri|پرس آب‌میوه
8436|Other agricultural and poultry machinery|Diğer tarım ve kümes makineleri|سایر ماشین‌آلات کشاورزی و مرغداری
8437|Seed cleaning and grain milling machinery|Tohum temizleme ve değirmen makineleri|ماشین‌آلات بوجاری و آسیاب غلات
8438|Food processing machinery|Gıda işleme makineleri|ماشین‌آلات صنایع غذایی
8457|Machining centres|İşleme merkezleri|مراکز ماشین‌کاری (سی‌ان‌سی)
8458|Metal lathes|Metal torna tezgahları|ماشین تراش فلز
8459|Drilling, boring and milling machines|Delme, işleme ve freze tezgahları|ماشین مته، بورینگ و فرز
8466|Parts of machine tools; tool holders|Takım tezgahı parçaları; takım tutucular|قطعات ماشین‌ابزار؛ نگهدارنده ابزار
8471|Computers and data processing machines|Bilgisayarlar ve veri işleme makineleri|رایانه و ماشین‌های پردازش داده
8474|Machinery for stone, ore and minerals|Taş, cevher ve mineral işleme makineleri|ماشین‌آلات سنگ‌شکن و فرآوری مواد معدنی
8477|Rubber and plastics machinery (injection moulding)|Kauçuk ve plastik makineleri (enjeksiyon)|ماشین‌آلات لاستیک و پلاستیک (تزریق)
8479|Machines with individual functions|Kendine özgü işlevli makineler|ماشین‌آلات با کارکرد ویژه
8480|Moulds and mould boxes|Kalıplar ve kalıp kutuları|قالب‌ها و درجه‌های ریخته‌گری
8481|Taps, cocks and valves|Musluklar, vanalar ve valfler|شیرآلات و ولو
8482|Ball and roller bearings|Bilyalı ve makaralı rulmanlar|بلبرینگ و رولبرینگ
8483|Transmission shafts, bearing housings, gears, couplings|Transmisyon milleri, yatak kutuları, dişliler, kaplinler|شفت، یاتاقان، چرخ‌دنده و کوپلینگ
8484|Gaskets and mechanical seals|Contalar ve mekanik salmastralar|واشر و آب‌بند مکانیکی
8501|Electric motors and generators|Elektrik motorları ve jeneratörler|الکتروموتور و ژنراتور
8502|Generating sets|Jeneratör grupları|دیزل ژنراتور و مولد برق
8503|Parts of electric motors and generators|Elektrik motoru ve jeneratör parçaları|قطعات الکتروموتور و ژنراتور
8504|Transformers and static converters|Transformatörler ve statik konvertörler|ترانسفورماتور و مبدل‌های ایستا
8506|Primary cells and batteries|Piller|باتری‌های اولیه (قلمی)
8507|Electric accumulators (rechargeable batteries)|Akümülatörler (şarj edilebilir piller)|باتری قابل شارژ (انباره)
8511|Ignition and starting equipment|Ateşleme ve marş donanımı|تجهیزات جرقه و استارت
8515|Welding machines|Kaynak makineleri|دستگاه جوش
8516|Electric heaters and water heaters|Elektrikli ısıtıcılar ve su ısıtıcıları|بخاری و آبگرمکن برقی
8517|Telephones and network equipment|Telefonlar ve ağ cihazları|تلفن و تجهیزات شبکه
8534|Printed circuits|Baskılı devreler|مدار چاپی
8535|High-voltage switchgear (over 1000 V)|Yüksek gerilim şalt cihazları (1000 V üstü)|تجهیزات قطع و وصل فشار قوی
8536|Low-voltage switchgear (1000 V or less)|Alçak gerilim şalt cihazları (1000 V ve altı)|کلید، فیوز و تجهیزات فشار ضعیف
8537|Control panels and switchboards|Kontrol ve dağıtım panoları|تابلو برق و کنترل
8539|Electric lamps|Elektrik lambaları|لامپ‌های برقی
8541|Semiconductors, LEDs and solar cells|Yarı iletkenler, LED ve güneş pilleri|نیمه‌هادی، ال‌ای‌دی و سلول خورشیدی
8542|Integrated circuits|Entegre devreler|مدارهای مجتمع (آی‌سی)
8544|Insulated wire and cable|Yalıtılmış tel ve kablolar|سیم و کابل عایق‌دار
8545|Carbon and graphite electrodes|Karbon ve grafit elektrotlar|الکترود کربنی و گرافیتی
8546|Electrical insulators|Elektrik izolatörleri|مقره‌های برق
8701|Tractors|Traktörler|تراکتور
8703|Motor cars|Otomobiller|خودروی سواری
8708|Parts and accessories of motor vehicles|Motorlu taşıt parça ve aksesuarları|قطعات و لوازم یدکی خودرو
8901|Passenger and cargo ships, barges|Yolcu ve yük gemileri, mavnalar|کشتی مسافری و باری، بارج
8902|Fishing vessels|Balıkçı gemileri|کشتی ماهیگیری
8904|Tugs and pusher craft|Römorkörler ve itici tekneler|یدک‌کش
8905|Dredgers, floating docks, drilling platforms|Taraklar, yüzer havuzlar, sondaj platformları|لایروب، حوضچه شناور، سکوی حفاری
8906|Other vessels, lifeboats|Diğer gemiler, can filikaları|سایر شناورها، قایق نجات
8907|Other floating structures (buoys, rafts)|Diğer yüzer yapılar (şamandıralar, sallar)|سایر سازه‌های شناور (بویه)
9018|Medical, surgical and dental instruments|Tıbbi, cerrahi ve dişçilik aletleri|ابزار پزشکی، جراحی و دندان‌پزشکی
9019|Therapy and respiration apparatus|Terapi ve solunum cihazları|دستگاه‌های درمانی و تنفسی
9020|Other breathing appliances and gas masks|Diğer solunum cihazları ve gaz maskeleri|سایر دستگاه‌های تنفسی و ماسک گاز
9021|Orthopaedic appliances, implants, hearing aids|Ortopedik cihazlar, implantlar, işitme cihazları|وسایل ارتوپدی، ایمپلنت و سمعک
9022|X-ray apparatus|Röntgen cihazları|دستگاه‌های پرتو ایکس
9025|Thermometers, hydrometers and barometers|Termometreler, hidrometreler ve barometreler|دماسنج، چگالی‌سنج و فشارسنج
9026|Flow, level and pressure instruments|Akış, seviye ve basınç ölçme cihazları|ابزار اندازه‌گیری جریان، سطح و فشار
9027|Instruments for physical or chemical analysis|Fiziksel veya kimyasal analiz cihazları|دستگاه‌های آنالیز فیزیکی و شیمیایی
9031|Other measuring and checking instruments|Diğer ölçme ve kontrol cihazları|سایر ابزارهای اندازه‌گیری و بازرسی
9032|Automatic regulating and control instruments|Otomatik ayar ve kontrol cihazları|ابزار تنظیم و کنترل خودکار
9402|Medical, surgical and dental furniture|Tıbbi, cerrahi ve dişçilik mobilyaları|مبلمان پزشکی و دندان‌پزشکی`;
