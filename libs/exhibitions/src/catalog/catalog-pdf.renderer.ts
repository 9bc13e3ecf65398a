import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import type { PdfModel } from './catalog-pdf-model';
import { CATALOG_TEMPLATE } from './catalog-template';

/** Vazirmatn (OFL, npm `vazirmatn`) covers Persian and Turkish; it is embedded in every PDF. */
function vazirmatn(): Buffer[] {
  const dir = join(dirname(require.resolve('vazirmatn/package.json')), 'fonts', 'ttf');
  return ['Vazirmatn-Regular.ttf', 'Vazirmatn-Bold.ttf'].map((f) => readFileSync(join(dir, f)));
}

/**
 * Renders the catalog PDF with Typst (a prebuilt native compiler, no browser). The compiler
 * is made once (~0.2 s, it loads the fonts) and reused; a compile takes milliseconds.
 */
@Injectable()
export class CatalogPdfRenderer {
  private compiler?: NodeCompiler;

  render(model: PdfModel, createdAt: Date): Buffer {
    this.compiler ??= NodeCompiler.create({ fontArgs: [{ fontBlobs: vazirmatn() }] });
    const compiler = this.compiler;
    try {
      const result = compiler.compile({
        mainFileContent: CATALOG_TEMPLATE,
        inputs: { data: JSON.stringify(model) },
      });
      const error = result.takeError();
      const doc = result.result;
      if (error || !doc) {
        const diagnostics = error ? compiler.fetchDiagnostics(error) : [];
        throw new Error(`catalog PDF failed to compile: ${JSON.stringify(diagnostics)}`);
      }
      return compiler.pdf(doc, { creationTimestamp: Math.floor(createdAt.getTime() / 1000) });
    } finally {
      // Typst memoises per compile; without eviction the cache grows with every catalog.
      compiler.evictCache(10);
    }
  }
}
