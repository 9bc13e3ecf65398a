import { detectLanguage } from './language.detector';
import { PERSIAN_SEED_SENTENCES, TURKISH_SEED_SENTENCES } from './fixtures/seed-sentences';

describe('detectLanguage', () => {
  it.each([
    ['بلبرینگ ۶۲۰۴', 'fa'],
    ['ياتاقان مكانيكي', 'fa'],
    ['نیاز به ۵۰۰ عدد بلبرینگ SKF 6204', 'fa'],
    ['قالب‌سازی تزریق پلاستیک', 'fa'],
    ['Rulman üretimi', 'tr'],
    ['RULMAN ÜRETİMİ', 'tr'],
    ['RULMAN URETIMI', 'tr'],
    ['Kalıp imalatı ve CNC işleme', 'tr'],
    ['pompa ve vana tedarik', 'tr'],
    ['Şahin', 'tr'],
    ['We need ball bearings for our gearbox', 'en'],
    ['Ball bearing 6204', 'en'],
    ['Supplier of steel billets from Türkiye', 'en'],
    ['PCB assembly', 'en'],
    ['', 'en'],
    ['   ', 'en'],
    ['6204', 'en'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it.each(PERSIAN_SEED_SENTENCES.map((s) => [s.slice(0, 30), s]))(
    'Persian seed %s… → fa',
    (_l, s) => {
      expect(detectLanguage(s)).toBe('fa');
    },
  );

  it.each(TURKISH_SEED_SENTENCES.map((s) => [s.slice(0, 30), s]))(
    'Turkish seed %s… → tr',
    (_l, s) => {
      expect(detectLanguage(s)).toBe('tr');
    },
  );
});
