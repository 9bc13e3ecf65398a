import { hsServerQuery, mergeHsOptions, nextHsFocus } from '../../apps/web/src/hs/hs-picker-logic';
import { hsName, searchHs } from '../../apps/web/src/hs/hs-search';

describe('HS picker logic', () => {
  it('asks the API for a heading, a subheading or words', () => {
    expect(hsServerQuery('84')).toBeNull();
    expect(hsServerQuery('8482')).toEqual({ kind: 'code', code: '8482' });
    expect(hsServerQuery('۸۴۸۲.۱۰')).toEqual({ kind: 'code', code: '848210' });
    expect(hsServerQuery('8482101000')).toEqual({ kind: 'code', code: '848210' });
    expect(hsServerQuery(' بلبرینگ ')).toEqual({ kind: 'text', q: 'بلبرینگ' });
    expect(hsServerQuery('a')).toBeNull();
  });

  it("puts each subheading right after its heading, named by the heading in the reader's language", () => {
    const local = searchHs('8482');
    const server = [
      { code: '848210', description: 'Ball bearings' },
      { code: '848220', description: 'Tapered roller bearings' },
      { code: '848310', description: 'Transmission shafts' },
      { code: '8482', description: 'Ball or roller bearings' },
    ];
    const options = mergeHsOptions(local, server, 'fa', (c) => hsName(c, 'fa'));
    const codes = options.map((o) => o.code);
    expect(codes.slice(0, 3)).toEqual(['8482', '848210', '848220']);
    expect(codes).toContain('848310');
    expect(new Set(codes).size).toBe(codes.length);
    const ball = options.find((o) => o.code === '848210')!;
    expect(ball).toMatchObject({ level: 'subheading', description: 'Ball bearings' });
    expect(ball.name).toBe(hsName('8482', 'fa'));
    expect(ball.name).toMatch(/[\u0600-\u06FF]/);
    expect(mergeHsOptions(local, server, 'tr', (c) => hsName(c, 'tr'), 2)).toHaveLength(2);
  });

  it('moves keyboard focus through the lines and back to the search box', () => {
    expect(nextHsFocus(-1, 'ArrowDown', 3)).toBe(0);
    expect(nextHsFocus(2, 'ArrowDown', 3)).toBe(-1);
    expect(nextHsFocus(-1, 'ArrowUp', 3)).toBe(2);
    expect(nextHsFocus(0, 'ArrowUp', 3)).toBe(-1);
    expect(nextHsFocus(1, 'Home', 3)).toBe(0);
    expect(nextHsFocus(1, 'End', 3)).toBe(2);
    expect(nextHsFocus(1, 'Escape', 3)).toBe(-1);
    expect(nextHsFocus(1, 'a', 3)).toBeNull();
    expect(nextHsFocus(-1, 'ArrowDown', 0)).toBeNull();
  });
});
