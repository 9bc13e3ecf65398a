import { candidateQueries, CandidateSubject } from './match-candidates.service';

const subject: CandidateSubject = {
  organizationId: 'org"1',
  declaredHsCodes: ['848210'],
  searchTitle: 'بلبرینگ 6204 برای نوار نقاله',
  searchBody: 'سالانه 5000 عدد بلبرینگ شیار عمیق از آلمان وارد می کنیم',
};

describe('candidateQueries', () => {
  const queries = candidateQueries(subject, 'capabilities', 50);

  it('searches the subject’s first other words (no family terms, no function words), at most 3, least telling last', () => {
    expect(queries[0].q).toBe('6204 5000 سالانه');
    expect(queries[0].matchingStrategy).toBe('last');
  });

  it('searches each product family its text names, alone', () => {
    expect(queries.filter((q) => q.matchingStrategy === 'all').map((q) => q.q)).toEqual([
      'xfambearing',
      'xfamconveyor',
    ]);
  });

  it('finds every document under the same HS heading or code, with no words', () => {
    const hs = queries.find((q) => q.q === '')!;
    expect(hs.filter).toBe(
      '((NOT (organizationId = "org\\"1"))) AND (hsCodes IN ["8482", "848210"])',
    );
    expect(hs.limit).toBe(100);
  });

  it('never returns the subject’s own organisation, and only open needs', () => {
    for (const q of queries) expect(q.filter).toContain('NOT (organizationId = "org\\"1")');
    for (const q of candidateQueries(subject, 'needs', 50))
      expect(q.filter).toContain('(status = "open")');
  });
});
