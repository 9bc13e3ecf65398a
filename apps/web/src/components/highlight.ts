/** A piece of highlighted text: `mark` when the search matched it. */
export interface HighlightPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/**
 * The search API's highlight HTML (text escaped, matches in <mark></mark>) as plain parts,
 * so React renders them as text: nothing in it ever becomes markup but our own <mark>.
 */
export function parseHighlight(html: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let mark = false;
  for (const token of html.split(/(<mark>|<\/mark>)/)) {
    if (token === '<mark>') mark = true;
    else if (token === '</mark>') mark = false;
    else if (token) {
      const text = token.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]);
      const last = parts[parts.length - 1];
      if (last && last.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}
