import { buildZip, SAMPLE_FILES } from '@niaz/testing';
import { DEFAULT_ZIP_LIMITS, escapesFolder, inspectZip, ZipRefusal } from './zip-check';

const { pdf, png, dxf } = SAMPLE_FILES;

async function refusal(zip: Buffer, limits = DEFAULT_ZIP_LIMITS) {
  try {
    await inspectZip(zip, limits);
  } catch (e) {
    if (e instanceof ZipRefusal) return { code: e.code, entry: e.entry };
    throw e;
  }
  return null;
}

describe('ZIP content check', () => {
  it('accepts drawings and documents, folders and one level of nesting', async () => {
    const inner = buildZip([{ name: 'sheet.dxf', data: dxf }]);
    const zip = buildZip([
      { name: 'docs/', data: Buffer.alloc(0), store: true },
      { name: 'docs/نقشه.pdf', data: pdf },
      { name: 'photo.png', data: png, store: true },
      { name: 'cad.zip', data: inner, store: true },
    ]);
    await expect(inspectZip(zip)).resolves.toBeUndefined();
  });

  it('refuses a type it would refuse as a file', async () => {
    const zip = buildZip([
      { name: 'ok.pdf', data: pdf },
      { name: 'setup.pdf', data: Buffer.from('MZ\x90\0 a Windows program') },
    ]);
    expect(await refusal(zip)).toEqual({ code: 'zipEntryType', entry: 'setup.pdf' });
    expect(await refusal(buildZip([{ name: 'empty.pdf', data: Buffer.alloc(0) }]))).toMatchObject({
      code: 'zipEntryType',
    });
  });

  it('refuses names that leave the folder and symbolic links', async () => {
    for (const name of [
      '../evil.pdf',
      'a/../../evil.pdf',
      '/etc/evil.pdf',
      'C:/evil.pdf',
      'a\\..\\b.pdf',
    ])
      expect(await refusal(buildZip([{ name, data: pdf }]))).toEqual({
        code: 'zipPathTraversal',
        entry: name,
      });
    expect(await refusal(buildZip([{ name: 'link.pdf', data: pdf, symlink: true }]))).toMatchObject(
      {
        code: 'zipPathTraversal',
      },
    );
    expect(escapesFolder('a/b..c.pdf')).toBe(false);
  });

  it('refuses encrypted entries', async () => {
    expect(await refusal(buildZip([{ name: 'secret.pdf', data: pdf, encrypted: true }]))).toEqual({
      code: 'zipEncrypted',
      entry: 'secret.pdf',
    });
  });

  it('refuses bombs: a high ratio, a large total, many entries, a lying header', async () => {
    const zeros = Buffer.concat([pdf, Buffer.alloc(20 * 1024 * 1024)]);
    expect(await refusal(buildZip([{ name: 'bomb.pdf', data: zeros }]))).toEqual({
      code: 'zipBomb',
      entry: 'bomb.pdf',
    });
    const small = { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 4000 };
    expect(
      await refusal(
        buildZip([
          { name: 'a.pdf', data: pdf, store: true },
          { name: 'b.pdf', data: pdf, store: true },
          { name: 'c.pdf', data: pdf, store: true },
          { name: 'd.pdf', data: pdf, store: true },
        ]),
        small,
      ),
    ).toEqual({ code: 'zipTooLarge', entry: 'd.pdf' });
    const many = buildZip(
      Array.from({ length: 12 }, (_, i) => ({ name: `${i}.png`, data: png, store: true })),
    );
    expect(await refusal(many, { ...DEFAULT_ZIP_LIMITS, maxEntries: 10 })).toEqual({
      code: 'zipTooManyEntries',
      entry: '10.png',
    });
    // Declares 100 bytes, inflates to 2 KB: read to the end, so the lie is caught.
    expect(
      await refusal(
        buildZip([{ name: 'liar.pdf', data: Buffer.concat([pdf, pdf]), declaredSize: 100 }]),
      ),
    ).toMatchObject({ code: 'zipCorrupt', entry: 'liar.pdf' });
  });

  it('refuses archives nested deeper than the limit', async () => {
    const level3 = buildZip([{ name: 'a.pdf', data: pdf }]);
    const level2 = buildZip([{ name: 'in.zip', data: level3 }]);
    const level1 = buildZip([{ name: 'out.zip', data: level2 }]);
    expect(await refusal(level1)).toEqual({ code: 'zipTooDeep', entry: 'out.zip/in.zip' });
    expect(await refusal(level2)).toBeNull();
    expect(await refusal(level1, { ...DEFAULT_ZIP_LIMITS, maxDepth: 3 })).toBeNull();
  });

  it('refuses what is not a ZIP at all', async () => {
    expect(
      await refusal(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100)])),
    ).toMatchObject({
      code: 'zipCorrupt',
    });
  });
});
