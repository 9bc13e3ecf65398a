import { allOf, anyOf, filterValue, noneOf } from './search-filter';

describe('filterValue (the one escaping function)', () => {
  it.each([
    ['Qom', '"Qom"'],
    ['Q"om', '"Q\\"om"'],
    ['Q\\om', '"Q\\\\om"'],
    ['\\"', '"\\\\\\""'],
    ["it's", '"it\'s"'],
    ['" OR status = "draft', '"\\" OR status = \\"draft"'],
    ['', '""'],
    [8482, '"8482"'],
    [true, '"true"'],
  ])('%j → %s', (value, expected) => {
    expect(filterValue(value)).toBe(expected);
  });

  it('never lets a value end its string early', () => {
    const hostile = ['"', '\\', '\\"', '"\\', 'a" OR "b', '\\\\" OR x = "y', '"]', '") OR ("'];
    for (const value of hostile) {
      const quoted = filterValue(value);
      // Walk the quoted string as Meilisearch does: the first unescaped quote after the
      // opening one must be the last character.
      let i = 1;
      while (i < quoted.length && quoted[i] !== '"') i += quoted[i] === '\\' ? 2 : 1;
      expect(i).toBe(quoted.length - 1);
    }
  });
});

describe('filter clauses', () => {
  it('one value is an equality, several an IN list (OR within a field)', () => {
    expect(anyOf('hsCodes', ['8482'])).toBe('hsCodes = "8482"');
    expect(anyOf('hsCodes', ['8482', '8413', '8482'])).toBe('hsCodes IN ["8482", "8413"]');
    expect(anyOf('province', [])).toBeNull();
    expect(anyOf('province', undefined)).toBeNull();
  });

  it('noneOf negates, allOf ANDs the present clauses in parentheses', () => {
    expect(noneOf('organizationId', ['o1'])).toBe('NOT (organizationId = "o1")');
    expect(allOf([anyOf('status', ['open']), null, anyOf('country', ['IR', 'TR'])])).toBe(
      '(status = "open") AND (country IN ["IR", "TR"])',
    );
    expect(allOf([null, undefined])).toBeUndefined();
  });

  it('keeps an injection attempt inside one value', () => {
    const filter = allOf([anyOf('status', ['open']), anyOf('province', ['" OR status = "draft'])]);
    expect(filter).toBe('(status = "open") AND (province = "\\" OR status = \\"draft")');
  });
});
