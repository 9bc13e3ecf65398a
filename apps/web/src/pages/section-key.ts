/**
 * A catalog section's key (1–40 of a–z, 0–9, "-", "_"): from a Latin title
 * ("Machinery & parts" → "machinery-parts"), else `section-<n>`; unique among `taken`.
 */
export function sectionKey(title: string, n: number, taken: ReadonlySet<string>): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32)
    .replace(/-+$/g, '');
  const base = slug || `section-${n}`;
  let key = base;
  for (let i = 2; taken.has(key); i++) key = `${base}-${i}`;
  return key;
}
