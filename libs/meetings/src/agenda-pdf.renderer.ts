import { Language } from '@niaz/core';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

/** Everything the agenda PDF shows, already worded and formatted (see AgendaService). */
export interface AgendaPdfModel {
  lang: Language;
  title: string;
  subtitle: string;
  note: string;
  headers: [string, string, string, string];
  days: Array<{ day: string; rows: Array<[string, string, string, string]> }>;
  empty: string;
}

/**
 * The agenda as PDF, with Typst as the catalog (Vazirmatn embedded, Persian right to left).
 * Every string is placed as text from `sys.inputs.data`: nothing a user wrote is parsed as
 * Typst markup.
 */
const TEMPLATE = String.raw`
#let data = json(bytes(sys.inputs.data))
#set document(title: data.title)
#set text(font: "Vazirmatn", size: 10pt, lang: data.lang)
#set page(paper: "a4", margin: (x: 1.6cm, y: 1.8cm))
#text(size: 16pt, weight: "bold", data.title)
#v(2pt)
#text(size: 11pt, data.subtitle)
#v(2pt)
#text(size: 8pt, fill: luma(95), data.note)
#v(8pt)
#if data.days.len() == 0 { data.empty }
#for d in data.days {
  block(above: 10pt, below: 4pt, text(weight: "bold", d.day))
  table(
    columns: (auto, auto, 1fr, 1fr),
    inset: 5pt,
    stroke: 0.5pt + luma(175),
    ..data.headers.map(h => text(weight: "bold", h)),
    ..d.rows.flatten(),
  )
}
`;

@Injectable()
export class AgendaPdfRenderer {
  private compiler?: NodeCompiler;

  render(model: AgendaPdfModel): Buffer {
    this.compiler ??= NodeCompiler.create({ fontArgs: [{ fontBlobs: vazirmatn() }] });
    const compiler = this.compiler;
    try {
      const result = compiler.compile({
        mainFileContent: TEMPLATE,
        inputs: { data: JSON.stringify(model) },
      });
      const error = result.takeError();
      const doc = result.result;
      if (error || !doc) {
        const diagnostics = error ? compiler.fetchDiagnostics(error) : [];
        throw new Error(`agenda PDF failed to compile: ${JSON.stringify(diagnostics)}`);
      }
      return compiler.pdf(doc, {});
    } finally {
      compiler.evictCache(10);
    }
  }
}

function vazirmatn(): Buffer[] {
  const dir = join(dirname(require.resolve('vazirmatn/package.json')), 'fonts', 'ttf');
  return ['Vazirmatn-Regular.ttf', 'Vazirmatn-Bold.ttf'].map((f) => readFileSync(join(dir, f)));
}
