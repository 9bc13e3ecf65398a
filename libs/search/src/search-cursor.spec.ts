import { decodeSearchCursor, encodeSearchCursor, nextSearchCursor } from './search-cursor';
import { highlightHtml, MARK_POST, MARK_PRE } from './search-highlights';

describe('search cursor', () => {
  it('round-trips an offset and stops at the last page or the 1000-hit cap', () => {
    expect(decodeSearchCursor(encodeSearchCursor(40))).toBe(40);
    expect(decodeSearchCursor(undefined)).toBe(0);
    expect(nextSearchCursor(0, 20, 45)).toBe(encodeSearchCursor(20));
    expect(nextSearchCursor(40, 20, 45)).toBeNull();
    expect(nextSearchCursor(980, 20, 5000)).toBeNull();
  });

  it.each(['x', encodeSearchCursor(-1), encodeSearchCursor(1000), 'eyJvIjoiMSJ9'])(
    'refuses %j as a 400 naming cursor',
    (cursor) => {
      expect(() => decodeSearchCursor(cursor)).toThrow(
        expect.objectContaining({ fieldErrors: [expect.objectContaining({ field: 'cursor' })] }),
      );
    },
  );
});

describe('highlightHtml', () => {
  it('escapes the text and turns only our sentinels into <mark>', () => {
    expect(highlightHtml(`<b>${MARK_PRE}rulman${MARK_POST}</b> & "x"`)).toBe(
      '&lt;b&gt;<mark>rulman</mark>&lt;/b&gt; &amp; &quot;x&quot;',
    );
    expect(highlightHtml(undefined)).toBe('');
  });
});
