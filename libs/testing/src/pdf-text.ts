import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Test helpers around poppler-utils (`pdftotext`, `pdftoppm`, `pdffonts`), which `.ci/run`
 * installs when missing. Used by the exhibition catalog tests.
 */
function withPdf<T>(pdf: Buffer, fn: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'niaz-pdf-'));
  try {
    const file = join(dir, 'catalog.pdf');
    writeFileSync(file, pdf);
    return fn(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The PDF's text in logical order, without the bidi control marks pdftotext wraps around
 * right-to-left runs.
 */
export function pdfText(pdf: Buffer): string {
  return withPdf(pdf, (file) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
      /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
      '',
    ),
  );
}

/** The fonts embedded in the PDF (`pdffonts`), as `[name, embedded]`. */
export function pdfFonts(pdf: Buffer): Array<[string, boolean]> {
  return withPdf(pdf, (file) =>
    execFileSync('pdffonts', [file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((l) => l.trim())
      .map((l) => {
        const cols = l.trim().split(/\s+/);
        return [cols[0], cols[cols.length - 5] === 'yes'] as [string, boolean];
      }),
  );
}

/** Page `page` as a PNG under `dir` (kept as a test artifact to look at). Returns its path. */
export function pdfPagePng(pdf: Buffer, dir: string, name: string, page = 1): string {
  mkdirSync(dir, { recursive: true });
  const prefix = join(dir, name);
  withPdf(pdf, (file) =>
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      file,
      prefix,
    ]),
  );
  return `${prefix}.png`;
}
