/**
 * The file types Niaz accepts, told apart by their bytes, never by the name alone. Pure: no I/O.
 */
export const FILE_KINDS = ['pdf', 'png', 'jpeg', 'dxf', 'dwg', 'step', 'zip'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

interface KindRule {
  /** The content type the download is served with. */
  contentType: string;
  /** Content types a client may declare for it (browsers differ for CAD files). */
  declared: string[];
  extensions: string[];
  matches(head: Buffer): boolean;
}

const startsWith = (head: Buffer, bytes: number[]) => bytes.every((b, i) => head[i] === b);
const text = (head: Buffer) => head.subarray(0, 512).toString('latin1');

export const KIND_RULES: Record<FileKind, KindRule> = {
  pdf: {
    contentType: 'application/pdf',
    declared: ['application/pdf'],
    extensions: ['pdf'],
    matches: (h) => text(h).startsWith('%PDF-'),
  },
  png: {
    contentType: 'image/png',
    declared: ['image/png'],
    extensions: ['png'],
    matches: (h) => startsWith(h, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  jpeg: {
    contentType: 'image/jpeg',
    declared: ['image/jpeg', 'image/jpg', 'image/pjpeg'],
    extensions: ['jpg', 'jpeg'],
    matches: (h) => startsWith(h, [0xff, 0xd8, 0xff]),
  },
  // ASCII DXF opens with group code 0 and SECTION (or a 999 comment); binary DXF has its sentinel.
  dxf: {
    contentType: 'image/vnd.dxf',
    declared: ['image/vnd.dxf', 'application/dxf', 'image/x-dxf', 'application/octet-stream'],
    extensions: ['dxf'],
    matches: (h) =>
      /^\s*(0\r?\n\s*SECTION|999\r?\n)/.test(text(h)) || text(h).startsWith('AutoCAD Binary DXF'),
  },
  dwg: {
    contentType: 'image/vnd.dwg',
    declared: ['image/vnd.dwg', 'application/acad', 'application/dwg', 'application/octet-stream'],
    extensions: ['dwg'],
    matches: (h) => /^AC10\d\d/.test(text(h)),
  },
  step: {
    contentType: 'model/step',
    declared: ['model/step', 'application/step', 'application/p21', 'application/octet-stream'],
    extensions: ['step', 'stp'],
    matches: (h) => text(h).trimStart().startsWith('ISO-10303-21;'),
  },
  zip: {
    contentType: 'application/zip',
    declared: ['application/zip', 'application/x-zip-compressed'],
    extensions: ['zip'],
    matches: (h) => startsWith(h, [0x50, 0x4b, 0x03, 0x04]),
  },
};

export const extensionOf = (name: string) => {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
};

/** The kind a name and a declared content type agree on, or null. */
export function kindOfDeclared(name: string, contentType: string): FileKind | null {
  const ext = extensionOf(name);
  const type = contentType.toLowerCase().split(';')[0]!.trim();
  return (
    FILE_KINDS.find(
      (k) => KIND_RULES[k].extensions.includes(ext) && KIND_RULES[k].declared.includes(type),
    ) ?? null
  );
}

/** The kind the first bytes show, or null for anything Niaz does not accept. */
export function detectKind(head: Buffer): FileKind | null {
  return FILE_KINDS.find((k) => KIND_RULES[k].matches(head)) ?? null;
}

// Directional overrides and isolates can make "gpj.exe" read as "exe.jpg"; controls and
// separators have no place in a file name.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069/\\:*?"<>|]/u;

/** Why a file name is refused (a code and English text), or null when it may be stored (after NFC). */
export function fileNameProblem(raw: string): { code: string; message: string } | null {
  const name = raw.normalize('NFC');
  if (name.trim().length === 0) return { code: 'isNotEmpty', message: 'name must not be empty' };
  if ([...name].length > 200)
    return { code: 'maxLength', message: 'name must be at most 200 characters' };
  if (FORBIDDEN.test(name))
    return {
      code: 'fileNameCharacters',
      message: 'name must not contain path separators, control or direction characters',
    };
  if (name.startsWith('.') || name.includes('..'))
    return { code: 'fileNameDots', message: 'name must not contain ".."' };
  if (name !== name.trim())
    return { code: 'fileNameSpaces', message: 'name must not start or end with spaces' };
  return null;
}

/**
 * The Content-Disposition of a download: an ASCII fallback and the UTF-8 name (RFC 6266),
 * so a Persian name survives and no header can be injected.
 */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
