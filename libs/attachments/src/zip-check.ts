import { Readable } from 'node:stream';
import * as yauzl from 'yauzl';
import { detectKind } from './file-types';

/**
 * What a ZIP may hold: drawings and documents of the accepted kinds, never an archive that
 * expands without bound, hides its bytes, or writes outside its own folder when unpacked.
 */
export interface ZipLimits {
  /** Nesting: 1 is a ZIP of files; 2 lets it hold ZIPs of files; deeper is refused. */
  maxDepth: number;
  /** Entries in all archives together (a bomb may be millions of tiny entries). */
  maxEntries: number;
  /** Uncompressed bytes of all entries together. */
  maxTotalBytes: number;
  /** Uncompressed / compressed size of an entry larger than `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

const MB = 1024 * 1024;

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxDepth: 2,
  maxEntries: 1000,
  maxTotalBytes: 250 * MB,
  maxRatio: 100,
  ratioFloorBytes: 1 * MB,
};

export const ZIP_REFUSALS = [
  'zipCorrupt',
  'zipTooDeep',
  'zipTooManyEntries',
  'zipTooLarge',
  'zipBomb',
  'zipEncrypted',
  'zipPathTraversal',
  'zipEntryType',
] as const;
export type ZipRefusalCode = (typeof ZIP_REFUSALS)[number];

/** Why a ZIP is refused: a code for the client's wording, the entry it is about, English text. */
export class ZipRefusal extends Error {
  constructor(
    readonly code: ZipRefusalCode,
    readonly entry: string | null,
    message: string,
  ) {
    super(message);
  }
}

const HEAD_BYTES = 4096;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** Whether an entry's name could land outside the folder it is unpacked into. */
export function escapesFolder(name: string): boolean {
  if (name.includes('\\') || name.includes('\0')) return true;
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return true;
  return name.split('/').some((part) => part === '..');
}

function entryName(entry: yauzl.Entry): string {
  const raw = entry.fileName as unknown as Buffer;
  // Bit 11: the name is UTF-8; otherwise CP437, whose ASCII half is all a path check needs.
  return raw.toString(entry.generalPurposeBitFlag & 0x800 ? 'utf8' : 'latin1');
}

/**
 * Reads an entry to its end (so that yauzl checks its true size against the declared one:
 * a lying header is refused), keeping only its first `keep` bytes.
 */
async function readEntry(stream: Readable, keep: number, shown: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let kept = 0;
  try {
    for await (const chunk of stream) {
      if (kept < keep) {
        chunks.push(chunk as Buffer);
        kept += (chunk as Buffer).length;
      }
    }
  } catch (e) {
    throw new ZipRefusal('zipCorrupt', shown, `entry "${shown}" cannot be read: ${String(e)}`);
  }
  return Buffer.concat(chunks).subarray(0, keep);
}

interface Tally {
  entries: number;
  bytes: number;
}

/**
 * Inspects a ZIP (its bytes, or the path of a file holding them): every entry's name, flags, sizes and, from its first bytes,
 * its kind; nested ZIPs the same way, one level deeper. Reads only what the declared sizes
 * allow (yauzl refuses an entry that inflates past its declared size), so a lying header
 * cannot make it read more. Throws a `ZipRefusal`; resolves when the archive may be stored.
 */
export async function inspectZip(
  zip: Buffer | string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  depth = 1,
  tally: Tally = { entries: 0, bytes: 0 },
  path = '',
): Promise<void> {
  if (depth > limits.maxDepth)
    throw new ZipRefusal(
      'zipTooDeep',
      path || null,
      `archives may be nested at most ${limits.maxDepth} deep`,
    );
  let file: yauzl.ZipFile;
  try {
    const options = { lazyEntries: true, decodeStrings: false, validateEntrySizes: true };
    file =
      typeof zip === 'string'
        ? await yauzl.openPromise(zip, options)
        : await yauzl.fromBufferPromise(zip, options);
  } catch (e) {
    throw new ZipRefusal('zipCorrupt', path || null, `the archive cannot be read: ${String(e)}`);
  }
  try {
    for (;;) {
      const entry = await nextEntry(file, path);
      if (!entry) return;
      await inspectEntry(file, entry, limits, depth, tally, path);
    }
  } finally {
    file.close();
  }
}

function nextEntry(file: yauzl.ZipFile, path: string): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      file.removeAllListeners('entry');
      file.removeAllListeners('end');
      file.removeAllListeners('error');
    };
    file.once('entry', (e: yauzl.Entry) => (cleanup(), resolve(e)));
    file.once('end', () => (cleanup(), resolve(null)));
    file.once('error', (e: Error) => {
      cleanup();
      reject(
        new ZipRefusal('zipCorrupt', path || null, `the archive cannot be read: ${e.message}`),
      );
    });
    file.readEntry();
  });
}

async function inspectEntry(
  file: yauzl.ZipFile,
  entry: yauzl.Entry,
  limits: ZipLimits,
  depth: number,
  tally: Tally,
  path: string,
) {
  const name = entryName(entry);
  const shown = path ? `${path}/${name}` : name;
  tally.entries += 1;
  if (tally.entries > limits.maxEntries)
    throw new ZipRefusal(
      'zipTooManyEntries',
      shown,
      `archives may hold at most ${limits.maxEntries} entries`,
    );
  const unixMode = (entry.externalFileAttributes >>> 16) & S_IFMT;
  if (escapesFolder(name) || unixMode === S_IFLNK)
    throw new ZipRefusal('zipPathTraversal', shown, `entry "${shown}" points outside the archive`);
  if (entry.isEncrypted())
    throw new ZipRefusal('zipEncrypted', shown, `entry "${shown}" is encrypted`);
  tally.bytes += entry.uncompressedSize;
  if (tally.bytes > limits.maxTotalBytes)
    throw new ZipRefusal(
      'zipTooLarge',
      shown,
      `archives may unpack to at most ${Math.floor(limits.maxTotalBytes / MB)} MB`,
    );
  if (
    entry.uncompressedSize > limits.ratioFloorBytes &&
    entry.uncompressedSize > limits.maxRatio * Math.max(entry.compressedSize, 1)
  )
    throw new ZipRefusal(
      'zipBomb',
      shown,
      `entry "${shown}" expands more than ${limits.maxRatio} times`,
    );
  if (name.endsWith('/')) return;
  const head = await readEntry(await openEntry(file, entry, shown), HEAD_BYTES, shown);
  const kind = head.length ? detectKind(head) : null;
  if (kind === 'zip') {
    if (depth + 1 > limits.maxDepth)
      throw new ZipRefusal(
        'zipTooDeep',
        shown,
        `archives may be nested at most ${limits.maxDepth} deep`,
      );
    // Its size is bounded by the limits above: the nested archive is read whole.
    const bytes = await readEntry(
      await openEntry(file, entry, shown),
      entry.uncompressedSize,
      shown,
    );
    await inspectZip(bytes, limits, depth + 1, tally, shown);
    return;
  }
  if (!kind)
    throw new ZipRefusal(
      'zipEntryType',
      shown,
      `entry "${shown}" is not a PDF, PNG, JPEG, DXF, DWG or STEP file`,
    );
}

async function openEntry(file: yauzl.ZipFile, entry: yauzl.Entry, shown: string) {
  try {
    return await file.openReadStreamPromise(entry);
  } catch (e) {
    throw new ZipRefusal('zipCorrupt', shown, `entry "${shown}" cannot be read: ${String(e)}`);
  }
}
