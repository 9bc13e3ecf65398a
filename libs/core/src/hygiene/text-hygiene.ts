import type { FieldError } from '../errors/problem';

/**
 * Characters no text of the API may hold: C0 controls other than tab, newline and carriage
 * return, DEL and the C1 controls, and the bidi embedding/override (U+202A–U+202E) and isolate
 * (U+2066–U+2069) controls, which make a name or a title display as something else.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whitespace and format characters (zero-width spaces, joiners, marks, BOM) at either end. */
const EDGES = /^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu;

/** Fields whose text is a secret, compared byte for byte: checked, never rewritten. */
const VERBATIM_KEY = /password/i;

/** Why a text is refused, or null when it may be stored. */
export function textProblem(value: string): string | null {
  if (UNPAIRED_SURROGATE.test(value)) return 'must not contain unpaired surrogates';
  if (FORBIDDEN.test(value)) return 'must not contain control or bidi override characters';
  return null;
}

/**
 * NFC-normalised and trimmed of whitespace and of zero-width/format characters at both ends,
 * so that a text of nothing but invisible characters becomes "" (and a required text, which
 * has a minimum length, is refused naming its field).
 */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(EDGES, '');
}

/** The character check as a field error (code `forbiddenCharacters`), or null. */
export function textFieldError(field: string, value: string): FieldError | null {
  const problem = textProblem(value);
  return problem ? { field, message: `${field} ${problem}`, code: 'forbiddenCharacters' } : null;
}

/**
 * Checks every string (values and keys) of a parsed body, query or params object, in place:
 * strings are cleaned (except password fields, kept verbatim), and every refused one is
 * reported by its path (`price.amount`, `items.0.name`, as class-validator names fields).
 */
export function sanitizeInput(input: unknown, errors: FieldError[], path = ''): unknown {
  if (typeof input === 'string') {
    const error = textFieldError(path || 'body', input);
    if (error) {
      errors.push(error);
      return input;
    }
    return VERBATIM_KEY.test(path.split('.').pop() ?? '') ? input : cleanText(input);
  }
  if (Array.isArray(input)) {
    for (let i = 0; i < input.length; i++)
      input[i] = sanitizeInput(input[i], errors, path ? `${path}.${i}` : String(i));
    return input;
  }
  if (isPlainObject(input)) {
    const record = input as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const field = path ? `${path}.${key}` : key;
      const keyError = textFieldError(field, key);
      if (keyError) {
        errors.push(keyError);
        continue;
      }
      record[key] = sanitizeInput(record[key], errors, field);
    }
    return input;
  }
  return input;
}

/** Parsed JSON, form and query objects; not buffers or streams (multipart files). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  // fast-querystring's objects inherit from an empty null-prototype object.
  return proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null;
}

/** How deep the brackets of a JSON text nest, scanning it once (strings skipped). */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}
