/**
 * E-mail addresses in an organiser's list of firms (issue 19 point 7): a CSV or text file in
 * any layout, or an XLSX workbook (every sheet, every cell). Read in the browser; the server
 * checks each address again when the invitations are sent.
 */
const ADDRESS = /[^\s,;،"'<>()[\]:]+@[^\s,;،"'<>()[\]:]+\.[^\s,;،"'<>()[\]:.]+/g;

/** Each address once, lower-cased, in the order of the list. */
export function addressesInText(text: string): string[] {
  const seen = new Set<string>();
  for (const match of text.match(ADDRESS) ?? []) seen.add(match.toLowerCase());
  return [...seen];
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** UTF-8, or Turkish Excel's Windows-1254 when the bytes are not UTF-8. */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1254').decode(bytes);
  }
}

/** The addresses of a file's bytes; throws when an XLSX file cannot be read. */
export async function addressesInBytes(data: ArrayBuffer): Promise<string[]> {
  const bytes = new Uint8Array(data);
  if (!isZip(bytes)) return addressesInText(decode(bytes));
  // Loaded only when a workbook is chosen: the library is large.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  const cells: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as unknown;
        // Hyperlinks (mailto:) and rich text carry the address in `text`/`hyperlink`.
        if (v && typeof v === 'object')
          cells.push(
            ['text', 'hyperlink', 'result']
              .map((k) => (v as Record<string, unknown>)[k])
              .filter((x) => typeof x === 'string')
              .join(' '),
            cell.text ?? '',
          );
        else cells.push(String(v ?? ''));
      }),
    ),
  );
  return addressesInText(cells.join('\n'));
}

/** The server takes at most this many addresses a call. */
export const INVITE_BATCH = 100;

export function batches<T>(items: T[], size = INVITE_BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
