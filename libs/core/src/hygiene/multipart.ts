import { problems } from '../errors/problem';

/** Uploads (spreadsheets) are read whole in memory: no route takes more than this. */
export const MULTIPART_BODY_LIMIT_BYTES = 4 * 1024 * 1024;
/** A form with more parts than this is refused: the API's forms carry a file and a few fields. */
const MAX_PARTS = 20;

/** One uploaded file of a `multipart/form-data` body. */
export interface MultipartFile {
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

/**
 * A parsed `multipart/form-data` body. A class (not a plain object) so that input hygiene
 * leaves the file bytes alone; text fields are cleaned by the route that reads them.
 */
export class MultipartBody {
  constructor(
    readonly fields: Record<string, string>,
    readonly files: MultipartFile[],
  ) {}

  file(field: string): MultipartFile | undefined {
    return this.files.find((f) => f.field === field);
  }
}

function malformed(detail: string) {
  return problems.validation([{ field: 'body', message: detail, code: 'multipartMalformed' }]);
}

function headerParam(header: string, name: string): string | undefined {
  // RFC 5987 `filename*=UTF-8''…` wins over the plain parameter.
  const extended = new RegExp(`(?:^|;)\\s*${name}\\*=(?:UTF-8|utf-8)''([^;]+)`).exec(header)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      return undefined;
    }
  }
  const quoted = new RegExp(`(?:^|;)\\s*${name}="((?:[^"\\\\]|\\\\.)*)"`).exec(header)?.[1];
  if (quoted !== undefined) return quoted.replace(/\\(.)/g, '$1');
  return new RegExp(`(?:^|;)\\s*${name}=([^;]+)`).exec(header)?.[1]?.trim();
}

/**
 * Parses a whole `multipart/form-data` body (RFC 7578): text fields and files. Parts without
 * a name are refused; file names and fields are read as UTF-8.
 */
export function parseMultipart(body: Buffer, contentType: string | undefined): MultipartBody {
  const boundary = headerParam(contentType ?? '', 'boundary');
  if (!boundary) throw malformed('multipart/form-data needs a boundary');
  const delimiter = Buffer.from(`--${boundary}`);
  const fields: Record<string, string> = {};
  const files: MultipartFile[] = [];
  let at = body.indexOf(delimiter);
  if (at < 0) throw malformed('the multipart body has no part');
  for (let parts = 0; ; parts++) {
    const afterDelimiter = at + delimiter.length;
    if (body.subarray(afterDelimiter, afterDelimiter + 2).toString() === '--') break;
    if (parts >= MAX_PARTS) throw malformed(`a form may have at most ${MAX_PARTS} parts`);
    const headersEnd = body.indexOf('\r\n\r\n', afterDelimiter);
    const next = body.indexOf(Buffer.from(`\r\n--${boundary}`), afterDelimiter);
    if (headersEnd < 0 || next < 0 || headersEnd > next)
      throw malformed('a multipart part is cut short');
    const headers = body.subarray(afterDelimiter + 2, headersEnd).toString('utf8');
    const data = body.subarray(headersEnd + 4, next);
    const disposition = /^content-disposition:\s*(.*)$/im.exec(headers)?.[1] ?? '';
    const name = headerParam(disposition, 'name');
    if (!name) throw malformed('a multipart part has no name');
    const filename = headerParam(disposition, 'filename');
    if (filename !== undefined)
      files.push({
        field: name,
        filename,
        contentType: (/^content-type:\s*(.*)$/im.exec(headers)?.[1] ?? 'application/octet-stream')
          .trim()
          .toLowerCase(),
        data: Buffer.from(data),
      });
    else fields[name] = data.toString('utf8');
    at = next + 2;
  }
  return new MultipartBody(fields, files);
}
