import { attachmentDisposition, detectKind, fileNameProblem, kindOfDeclared } from './file-types';

describe('file types', () => {
  it('tells kinds by their bytes', () => {
    expect(detectKind(Buffer.from('%PDF-1.7\n'))).toBe('pdf');
    expect(detectKind(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      'png',
    );
    expect(detectKind(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(detectKind(Buffer.from('  0\nSECTION\n  2\nHEADER\n'))).toBe('dxf');
    expect(detectKind(Buffer.from('AC1032\0\0\0'))).toBe('dwg');
    expect(detectKind(Buffer.from('ISO-10303-21;\nHEADER;'))).toBe('step');
    expect(detectKind(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe('zip');
    expect(detectKind(Buffer.from('MZ\x90\0'))).toBeNull();
    expect(detectKind(Buffer.alloc(0))).toBeNull();
  });

  it('asks the name and the declared type to agree', () => {
    expect(kindOfDeclared('drawing.PDF', 'application/pdf')).toBe('pdf');
    expect(kindOfDeclared('part.stp', 'application/octet-stream')).toBe('step');
    expect(kindOfDeclared('photo.png', 'application/pdf')).toBeNull();
    expect(kindOfDeclared('tool.exe', 'application/octet-stream')).toBeNull();
  });

  it('refuses traversal, controls and direction overrides in names', () => {
    expect(fileNameProblem('نقشه قطعه ۱۲.pdf')).toBeNull();
    expect(fileNameProblem('../../etc/passwd')).toMatchObject({ code: 'fileNameCharacters' });
    expect(fileNameProblem('..passwd.pdf')).toMatchObject({ code: 'fileNameDots' });
    expect(fileNameProblem('a\\b.pdf')).not.toBeNull();
    expect(fileNameProblem('invoice\u202Efdp.exe')).not.toBeNull();
    expect(fileNameProblem('a\u0000.pdf')).not.toBeNull();
    expect(fileNameProblem('   ')).not.toBeNull();
    expect(fileNameProblem('x'.repeat(201))).not.toBeNull();
  });

  it('writes a download header that keeps the name and injects nothing', () => {
    const h = attachmentDisposition('نقشه "1".pdf');
    expect(h).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(h).not.toMatch(/[\r\n]/);
    expect(decodeURIComponent(h.split("UTF-8''")[1]!)).toBe('نقشه "1".pdf');
  });
});
