import { decodeCursor, encodeCursor, openCursor, sealCursor } from '../pagination/cursor';
import { cleanText, jsonDepthExceeds, sanitizeInput, textProblem } from './text-hygiene';
import type { FieldError } from '../errors/problem';

describe('text hygiene', () => {
  it.each([
    ['NUL', 'Bearing \u0000 6204'],
    ['bell', 'a\u0007b'],
    ['DEL', 'a\u007fb'],
    ['C1', 'a\u0085b'],
    ['right-to-left override', 'Org \u202Egnp.exe'],
    ['isolate', 'a\u2066b\u2069'],
    ['lone high surrogate', 'a\ud800b'],
    ['lone low surrogate', 'a\udc00b'],
  ])('refuses %s', (_name, text) => expect(textProblem(text)).not.toBeNull());

  it.each([
    ['tab, newline, CR', 'a\tb\nc\r\n'],
    ['an emoji (paired surrogates)', 'pump 🚀'],
    ['a Persian half-space (ZWNJ) inside a word', 'می‌کنیم'],
    ['right-to-left and left-to-right marks', 'a\u200fb\u200e'],
  ])('keeps %s', (_name, text) => expect(textProblem(text)).toBeNull());

  it('normalises to NFC and trims whitespace and zero-width characters at both ends', () => {
    expect(cleanText('  Cafe\u0301 pump \u200b')).toBe('Café pump');
    expect(cleanText('\u200b\u200b\u200b')).toBe('');
    expect(cleanText('\ufeff \u200d')).toBe('');
    expect(cleanText('می‌کنیم')).toBe('می‌کنیم');
  });

  it('names every refused field by its path, and keeps passwords verbatim', () => {
    const errors: FieldError[] = [];
    const body = {
      name: ' Ali ',
      password: ' secret ',
      organization: { name: 'x\u202e', tags: ['ok', 'b\u0000'] },
    };
    sanitizeInput(body, errors);
    expect(errors.map((e) => e.field)).toEqual(['organization.name', 'organization.tags.1']);
    expect(body.name).toBe('Ali');
    expect(body.password).toBe(' secret ');
  });

  it('measures JSON depth without parsing, ignoring brackets inside strings', () => {
    expect(jsonDepthExceeds('[[[1]]]', 3)).toBe(false);
    expect(jsonDepthExceeds('[[[[1]]]]', 3)).toBe(true);
    expect(jsonDepthExceeds('{"a":"[[[[[[\\"[[["}', 2)).toBe(false);
    expect(jsonDepthExceeds('['.repeat(5000) + ']'.repeat(5000), 32)).toBe(true);
  });
});

describe('cursors', () => {
  it('round-trip, and refuse garbled, forged or edited ones', () => {
    const at = new Date('2026-01-02T03:04:05.678Z');
    expect(decodeCursor(encodeCursor(at, '42'))).toEqual({ t: at.toISOString(), k: '42' });
    expect(openCursor(sealCursor({ o: 20 }))).toEqual({ o: 20 });
    const forged = Buffer.from(JSON.stringify({ t: '1', id: '0'.repeat(36) })).toString(
      'base64url',
    );
    const [payload] = encodeCursor(at, '42').split('.');
    const edited = Buffer.from(JSON.stringify({ t: at.toISOString(), k: '43' })).toString(
      'base64url',
    );
    for (const bad of ['x', forged, `${forged}.abc`, `${edited}.${payload}`, `${payload}.`, '.'])
      expect(() => decodeCursor(bad)).toThrow(
        expect.objectContaining({ fieldErrors: [expect.objectContaining({ field: 'cursor' })] }),
      );
  });
});
