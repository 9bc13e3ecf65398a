import { toAsciiDigits } from '@niaz/text';
import { HS_2022_LINES } from './hs-2022.data';

/** One code of the Harmonized System 2022: a chapter (2 digits), heading (4) or subheading (6). */
export interface HsEntry {
  readonly code: string;
  readonly description: string;
  readonly level: 2 | 4 | 6;
  /** The code one level up (`848210` → `8482` → `84`); null for a chapter. */
  readonly parent: string | null;
}

let byCode: Map<string, HsEntry> | undefined;

/** Every chapter, heading and subheading of HS 2022, parsed once on first use. */
export function hsEntries(): ReadonlyMap<string, HsEntry> {
  if (byCode) return byCode;
  byCode = new Map();
  for (const line of HS_2022_LINES.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const code = line.slice(0, tab);
    const level = code.length as 2 | 4 | 6;
    byCode.set(code, {
      code,
      description: line.slice(tab + 1),
      level,
      parent: level === 2 ? null : code.slice(0, level - 2),
    });
  }
  return byCode;
}

/**
 * A code as people write it (`8482.10`, `8482 10`, `۸۴۸۲۱۰`) in digits only, or null when
 * it holds anything but digits and the usual separators.
 */
export function canonicalHsCode(code: string): string | null {
  const ascii = toAsciiDigits(String(code ?? '')).trim();
  if (!/^[0-9][0-9.\s-]*$/.test(ascii)) return null;
  const digits = ascii.replace(/[^0-9]/g, '');
  return digits.length >= 2 ? digits : null;
}

/**
 * Whether a code names something in HS 2022. Codes of 2, 4 or 6 digits must exist as such;
 * longer national codes (8 or 10 digits, e.g. Iran's and Turkey's tariff lines) count when
 * their 6-digit subheading exists, as the nomenclature stops there.
 */
export function hsCodeExists(code: string): boolean {
  const digits = canonicalHsCode(code);
  if (!digits) return false;
  if ([2, 4, 6].includes(digits.length)) return hsEntries().has(digits);
  if (digits.length === 8 || digits.length === 10) return hsEntries().has(digits.slice(0, 6));
  return false;
}

/** A code's entry, or undefined; national 8/10-digit codes give their subheading. */
export function findHsEntry(code: string): HsEntry | undefined {
  const digits = canonicalHsCode(code);
  if (!digits) return undefined;
  const key = digits.length > 6 && digits.length % 2 === 0 ? digits.slice(0, 6) : digits;
  return hsEntries().get(key);
}

/** The entries above a code, nearest first (`848210` → heading 8482, chapter 84). */
export function hsParents(entry: HsEntry): HsEntry[] {
  const out: HsEntry[] = [];
  let parent = entry.parent;
  while (parent) {
    const p = hsEntries().get(parent);
    if (!p) break;
    out.push(p);
    parent = p.parent;
  }
  return out;
}

let childrenOf: Map<string, HsEntry[]> | undefined;

/** The entries one level below a code (`8482` → `848210` … `848299`), in code order. */
export function hsChildren(entry: HsEntry): HsEntry[] {
  if (!childrenOf) {
    childrenOf = new Map();
    for (const e of hsEntries().values())
      if (e.parent) childrenOf.set(e.parent, [...(childrenOf.get(e.parent) ?? []), e]);
  }
  return childrenOf.get(entry.code) ?? [];
}
