import { hsCodeExists } from '@niaz/hs';
import { HS_EVAL_TITLES } from './hs-eval-titles';

describe('the labelled HS evaluation set', () => {
  it('holds at least 150 titles, a third per language, labelled with existing headings', () => {
    expect(HS_EVAL_TITLES.length).toBeGreaterThanOrEqual(150);
    for (const lang of ['fa', 'tr', 'en'])
      expect(HS_EVAL_TITLES.filter((t) => t.language === lang).length).toBeGreaterThanOrEqual(50);
    const bad = HS_EVAL_TITLES.filter(
      (t) => !/^\d{4}$/.test(t.heading) || !hsCodeExists(t.heading),
    );
    expect(bad).toEqual([]);
    expect(new Set(HS_EVAL_TITLES.map((t) => t.title)).size).toBe(HS_EVAL_TITLES.length);
  });
});
