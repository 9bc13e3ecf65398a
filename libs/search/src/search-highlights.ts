/**
 * Highlights are HTML: the text escaped, matches wrapped in <mark>. Meilisearch marks with
 * private-use sentinels that no text contains, so that the text's own `<` or `&` is escaped
 * and only our tags come out as markup.
 */
export const MARK_PRE = '\uE000';
export const MARK_POST = '\uE001';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function highlightHtml(formatted: unknown): string {
  if (typeof formatted !== 'string') return '';
  return formatted
    .replace(/[&<>"']/g, (c) => ESCAPES[c])
    .split(MARK_PRE)
    .join('<mark>')
    .split(MARK_POST)
    .join('</mark>');
}
