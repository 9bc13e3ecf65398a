import { isolateCodes } from './bidi';

describe('part numbers inside right-to-left text', () => {
  it('isolates codes joined by - / . ×, left to right', () => {
    expect(isolateCodes('بلبرینگ ۶۲۰۴-2RS برای موتور')).toBe(
      'بلبرینگ \u2066۶۲۰۴-2RS\u2069 برای موتور',
    );
    expect(isolateCodes('فولاد 18CrNiMo7-6 و پیچ M8×1.25')).toBe(
      'فولاد \u206618CrNiMo7-6\u2069 و پیچ \u2066M8×1.25\u2069',
    );
  });

  it('leaves plain words and numbers, and isolates nothing twice', () => {
    expect(isolateCodes('سالانه ۵۰۰۰ عدد 6204')).toBe('سالانه ۵۰۰۰ عدد 6204');
    const once = isolateCodes('قطعه 6204-2RS');
    expect(isolateCodes(once)).toBe(once);
  });
});
