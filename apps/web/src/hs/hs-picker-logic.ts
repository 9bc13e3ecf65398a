import { codeDigits, type HsEntry } from './hs-search';

/** One line of the HS picker: a chapter, a heading or a 6-digit subheading of HS 2022. */
export interface HsOption {
  code: string;
  level: 'chapter' | 'heading' | 'subheading';
  /** The name in the reader's language (chapters and headings), else the heading's name. */
  name: string;
  /** For a subheading: its HS 2022 English text, the only language the nomenclature has. */
  description?: string;
}

/** A code and its English text as the API gives them (`GET /hs/suggest`, `GET /hs/:code`). */
export interface ServerHsCode {
  code: string;
  description: string;
}

/** What to ask the API for a query: a code to describe, a text to suggest from, or nothing. */
export type HsServerQuery = { kind: 'code'; code: string } | { kind: 'text'; q: string } | null;

/**
 * `8482` asks for the heading's subheadings, `848210` (or a national `8482101000`) for that
 * subheading; words of two letters or more ask for suggestions; shorter input asks nothing.
 */
export function hsServerQuery(query: string): HsServerQuery {
  const digits = codeDigits(query.trim());
  if (digits !== null) {
    if (digits.length < 4) return null;
    return { kind: 'code', code: digits.slice(0, digits.length >= 6 ? 6 : 4) };
  }
  const q = query.trim();
  return q.length >= 2 ? { kind: 'text', q } : null;
}

/**
 * The picker's lines: the app's own chapters and headings (named in the reader's language),
 * each 6-digit subheading from the API right after its heading (the rest after them), no code
 * twice, at most `limit`.
 */
export function mergeHsOptions(
  local: readonly HsEntry[],
  server: readonly ServerHsCode[],
  lang: 'fa' | 'tr' | 'en',
  headingName: (code: string) => string | undefined,
  limit = 20,
): HsOption[] {
  const out: HsOption[] = [];
  const seen = new Set<string>();
  const push = (o: HsOption) => {
    if (seen.has(o.code)) return;
    seen.add(o.code);
    out.push(o);
  };
  const sub = (s: ServerHsCode): HsOption => ({
    code: s.code,
    level: 'subheading',
    name: headingName(s.code.slice(0, 4)) ?? '',
    description: s.description,
  });
  const subs = server.filter((s) => /^\d{6}$/.test(s.code));
  for (const e of local) {
    push({ code: e.code, level: e.level, name: e.names[lang] });
    if (e.level === 'heading') for (const s of subs) if (s.code.startsWith(e.code)) push(sub(s));
  }
  for (const s of server) {
    if (/^\d{6}$/.test(s.code)) push(sub(s));
    else if (/^\d{4}$/.test(s.code))
      push({ code: s.code, level: 'heading', name: headingName(s.code) ?? s.description });
  }
  return out.slice(0, limit);
}

/**
 * Keyboard moves in the list of lines (`-1` is the search box): ArrowDown/ArrowUp step and wrap
 * back to the box, Home/End jump, Escape returns to the box. Null for any other key.
 */
export function nextHsFocus(current: number, key: string, count: number): number | null {
  if (count <= 0) return key === 'Escape' ? -1 : null;
  switch (key) {
    case 'ArrowDown':
      return current + 1 >= count ? -1 : current + 1;
    case 'ArrowUp':
      return current <= -1 ? count - 1 : current - 1;
    case 'Home':
      return current === -1 ? null : 0;
    case 'End':
      return current === -1 ? null : count - 1;
    case 'Escape':
      return -1;
    default:
      return null;
  }
}
