/**
 * The Typst source of the catalog PDF. It reads all text from `sys.inputs.data` (JSON made
 * by catalog-pdf-model.ts) and places strings as text: nothing a user wrote is ever parsed
 * as Typst markup, so a title like `#panic()` prints as it is. Direction follows each
 * text's language (`lang: "fa"` → right to left, letters joined by the shaper).
 */
export const CATALOG_TEMPLATE = String.raw`
#let data = json(bytes(sys.inputs.data))
#let L = data.labels
#let muted = luma(95)
#let gold = rgb("#9a6b00")

#set document(title: data.cover.title.text)
#set text(font: "Vazirmatn", size: 10pt, lang: data.lang)
#set par(leading: 0.7em, spacing: 0.9em, justify: false)
#set page(
  paper: "a4",
  margin: (x: 1.8cm, top: 1.8cm, bottom: 2.2cm),
  numbering: data.numbering,
  footer: context {
    set text(size: 8pt, fill: muted)
    // Page numbers in the catalog's digits (Persian on a Persian catalog).
    grid(columns: (1fr, auto), data.footer, counter(page).display(data.numbering))
  },
)

// A paragraph in the text's own language (and so its own direction).
#let para(t, size: 10pt, weight: "regular", fill: black) = block(width: 100%, {
  set text(lang: t.lang, size: size, weight: weight, fill: fill)
  t.text
})

#let facts(rows) = grid(
  columns: (auto, 1fr),
  column-gutter: 12pt,
  row-gutter: 6pt,
  ..rows.map(r => (text(fill: muted, r.at(0)), r.at(1))).flatten(),
)

#let tag(label, color) = box(
  inset: (x: 5pt, y: 2pt),
  radius: 2pt,
  fill: color.lighten(85%),
  text(size: 8pt, weight: "bold", fill: color, label),
)

#let need-block(n) = block(
  width: 100%,
  breakable: false,
  inset: 10pt,
  radius: 3pt,
  below: 9pt,
  stroke: if n.featured { 1.2pt + gold } else { 0.5pt + luma(175) },
  fill: if n.featured { rgb("#fffaf0") } else { none },
  {
    if n.featured or n.status != none {
      block(below: 6pt, {
        if n.featured { tag(L.featured, gold) }
        if n.featured and n.status != none { h(4pt) }
        if n.status != none { tag(n.status, luma(60)) }
      })
    }
    let body = {
      para(n.title, size: 12pt, weight: "bold")
      if n.original != none {
        block(above: 3pt, {
          set text(size: 8.5pt, fill: muted)
          text(L.translatedBy + " · " + L.original + ": ")
          box(text(lang: n.original.lang, n.original.text))
        })
      }
      if n.organization != none {
        block(above: 4pt, text(size: 9pt, fill: muted, n.organization))
      }
      if n.description != none {
        block(above: 6pt, para(n.description, size: 9.5pt))
      }
      block(above: 8pt, text(size: 9pt, facts(n.facts)))
    }
    if n.qr == none { body } else {
      // The QR code leads to the need's page (and is a link in the PDF itself).
      grid(
        columns: (1fr, auto),
        column-gutter: 10pt,
        body,
        link(n.url, align(center, {
          image(bytes(n.qr), format: "svg", width: 2.3cm)
          v(-4pt)
          text(size: 7pt, fill: muted, L.scan)
        })),
      )
    }
  },
)

#show heading.where(level: 1): it => block(above: 14pt, below: 10pt, width: 100%, {
  set text(size: 15pt, weight: "bold")
  it.body
  v(-6pt)
  line(length: 100%, stroke: 0.8pt + gold)
})

// The cover page.
#page(footer: none, {
  set align(center)
  v(2.5cm)
  text(size: 11pt, fill: muted, L.catalog)
  v(8mm)
  para(data.cover.title, size: 26pt, weight: "bold")
  for t in data.cover.titles {
    v(3mm)
    para(t, size: 15pt, fill: luma(40))
  }
  v(1.4cm)
  block(width: 82%, {
    set align(start)
    text(size: 10.5pt, facts(data.cover.facts))
  })
  if data.cover.description != none {
    v(1cm)
    block(width: 82%, {
      set align(start)
      para(data.cover.description, size: 10pt, fill: luma(30))
    })
  }
})

// The table of contents: one line per section, with its page.
#if data.sections.len() > 0 {
  page(footer: none, outline(title: L.contents, depth: 1, indent: 0pt))
}

#if data.sections.len() == 0 {
  text(fill: muted, L.empty)
}
#for section in data.sections {
  heading(level: 1, section.title)
  for n in section.needs { need-block(n) }
}
`;
