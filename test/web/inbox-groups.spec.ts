import { dayHeading, groupInbox } from '../../apps/web/src/pages/inbox-groups';

const n = (id: string, createdAt: string, needId?: string, score?: number) => ({
  id,
  createdAt,
  score,
  needTitle: needId ? `title of ${needId}` : undefined,
  refs: needId ? { needId } : {},
});

describe('the inbox grouped by day and by need, ordered by time or fit', () => {
  const items = [
    n('a', '2026-12-02T20:40:00.000Z', 'n1', 0.4), // 00:10 on 3 Dec in Tehran
    n('b', '2026-12-02T10:00:00.000Z', 'n2', 0.9),
    n('c', '2026-12-01T09:00:00.000Z', 'n1', 0.7),
    n('d', '2026-12-02T12:00:00.000Z'),
  ];

  it("puts each notice under its day in the reader's zone, newest day first", () => {
    const groups = groupInbox(items, 'day', 'time', 'Asia/Tehran');
    expect(groups.map((g) => [g.key, g.items.map((i) => i.id)])).toEqual([
      ['2026-12-03', ['a']],
      ['2026-12-02', ['d', 'b']],
      ['2026-12-01', ['c']],
    ]);
    // In UTC the late notice is still on the 2nd.
    expect(groupInbox(items, 'day', 'time', 'UTC')[0].items.map((i) => i.id)).toEqual([
      'a',
      'd',
      'b',
    ]);
  });

  it('gathers the notices of one need, and those about no need last', () => {
    const groups = groupInbox(items, 'need', 'time', 'UTC');
    expect(groups.map((g) => [g.key, g.items.map((i) => i.id)])).toEqual([
      ['n1', ['a', 'c']],
      ['n2', ['b']],
      ['', ['d']],
    ]);
  });

  it('orders by fit: best match first, within and across groups', () => {
    const byNeed = groupInbox(items, 'need', 'score', 'UTC');
    expect(byNeed.map((g) => g.key)).toEqual(['n2', 'n1', '']);
    expect(byNeed[1].items.map((i) => i.id)).toEqual(['c', 'a']);
    const byDay = groupInbox(items, 'day', 'score', 'UTC');
    expect(byDay[0].items.map((i) => i.id)).toEqual(['b', 'a', 'd']);
  });

  it('names today and yesterday in the reader’s language, other days in full', () => {
    const now = new Date('2026-12-02T12:00:00.000Z');
    expect(dayHeading('2026-12-02', 'en-GB', 'UTC', now)).toBe('Today');
    expect(dayHeading('2026-12-01', 'tr-TR', 'UTC', now)).toBe('Dün');
    expect(dayHeading('2026-12-01', 'fa-IR', 'UTC', now)).toBe('دیروز');
    expect(dayHeading('2026-11-20', 'en-GB', 'UTC', now)).toBe('Friday, 20 November 2026');
    expect(dayHeading('2026-11-30', 'fa-IR-u-ca-persian-nu-arabext', 'UTC', now)).toBe(
      'دوشنبه، ۹ آذر ۱۴۰۵',
    );
  });
});
