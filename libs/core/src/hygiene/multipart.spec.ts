import { MultipartBody, parseMultipart } from './multipart';

const CRLF = '\r\n';
function body(boundary: string, parts: string[]): Buffer {
  return Buffer.from(
    parts.map((p) => `--${boundary}${CRLF}${p}${CRLF}`).join('') + `--${boundary}--${CRLF}`,
    'utf8',
  );
}

describe('parseMultipart', () => {
  it('reads text fields and files, bytes intact, names in UTF-8 (RFC 5987 too)', () => {
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x0d, 0x0a, 0x2d, 0x2d, 0xff]);
    const raw = Buffer.concat([
      Buffer.from(
        `--b1${CRLF}Content-Disposition: form-data; name="note"${CRLF}${CRLF}سلام${CRLF}` +
          `--b1${CRLF}Content-Disposition: form-data; name="file"; filename="x.xlsx"; filename*=UTF-8''%D9%86%DB%8C%D8%A7%D8%B2.xlsx${CRLF}` +
          `Content-Type: Application/Vnd.Test${CRLF}${CRLF}`,
      ),
      bytes,
      Buffer.from(`${CRLF}--b1--${CRLF}`),
    ]);
    const parsed = parseMultipart(raw, 'multipart/form-data; boundary=b1');
    expect(parsed).toBeInstanceOf(MultipartBody);
    expect(parsed.fields).toEqual({ note: 'سلام' });
    const file = parsed.file('file')!;
    expect(file.filename).toBe('نیاز.xlsx');
    expect(file.contentType).toBe('application/vnd.test');
    expect(file.data.equals(bytes)).toBe(true);
  });

  it('refuses a body without a boundary, a cut part, a nameless part and too many parts', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as { fieldErrors?: Array<{ code: string }> }).fieldErrors?.[0]?.code;
      }
      return 'none';
    };
    expect(code(() => parseMultipart(Buffer.from('x'), 'multipart/form-data'))).toBe(
      'multipartMalformed',
    );
    expect(
      code(() =>
        parseMultipart(
          Buffer.from(`--b${CRLF}Content-Disposition: form-data; name="a"${CRLF}${CRLF}cut`),
          'multipart/form-data; boundary=b',
        ),
      ),
    ).toBe('multipartMalformed');
    expect(
      code(() =>
        parseMultipart(
          body('b', ['Content-Disposition: form-data\r\n\r\nx']),
          'multipart/form-data; boundary=b',
        ),
      ),
    ).toBe('multipartMalformed');
    const many = Array.from(
      { length: 21 },
      (_, i) => `Content-Disposition: form-data; name="f${i}"\r\n\r\nv`,
    );
    expect(code(() => parseMultipart(body('b', many), 'multipart/form-data; boundary="b"'))).toBe(
      'multipartMalformed',
    );
  });
});
