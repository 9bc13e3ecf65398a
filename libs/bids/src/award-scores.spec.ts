import { awardScores } from './award-scores';

const weights = { price: 60, localContent: 30, leadTimeDays: 10 };

describe('award scores', () => {
  it('gives the lowest total, highest local content and shortest lead time their full weight', () => {
    const scores = awardScores(
      [
        { bidId: 'a', total: '1000', leadTimeDays: 30, localContentPercent: 50 },
        { bidId: 'b', total: '1250', leadTimeDays: 60, localContentPercent: 80 },
        { bidId: 'c', total: '2000', leadTimeDays: 90, localContentPercent: null },
      ],
      weights,
    );
    // a: 60 + 30×50/80 + 10 = 88.75; b: 60×1000/1250 + 30 + 10×30/60 = 48+30+5 = 83.
    expect(scores.get('a')).toEqual({
      price: 60,
      localContent: 18.75,
      leadTimeDays: 10,
      total: 88.75,
      rank: 1,
    });
    expect(scores.get('b')).toEqual({
      price: 48,
      localContent: 30,
      leadTimeDays: 5,
      total: 83,
      rank: 2,
    });
    // c: 60×1000/2000 + 0 + 10×30/90 = 30 + 3.33.
    expect(scores.get('c')).toEqual({
      price: 30,
      localContent: 0,
      leadTimeDays: 3.33,
      total: 33.33,
      rank: 3,
    });
  });

  it('ranks equal scores alike and survives a free bid and no local content at all', () => {
    const scores = awardScores(
      [
        { bidId: 'a', total: '0', leadTimeDays: 10, localContentPercent: null },
        { bidId: 'b', total: '0', leadTimeDays: 10, localContentPercent: null },
        { bidId: 'c', total: '5', leadTimeDays: 20, localContentPercent: 0 },
      ],
      weights,
    );
    expect(scores.get('a')).toMatchObject({ price: 60, localContent: 0, total: 70, rank: 1 });
    expect(scores.get('b')?.rank).toBe(1);
    expect(scores.get('c')).toMatchObject({ price: 0, leadTimeDays: 5, total: 5, rank: 3 });
  });
});
