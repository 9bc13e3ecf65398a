import type { ExhibitionSection } from '../exhibition.entity';
import type { CatalogNeed, CatalogSection } from './catalog.types';

export interface PlacedNeed {
  section: string | null;
  need: CatalogNeed;
  /** When it was approved: the tie-breaker after featured and order. */
  decidedAt: Date | null;
}

/** Featured first, then the organisers' order, then the earlier approval, then the id. */
function compare(a: PlacedNeed, b: PlacedNeed): number {
  return (
    Number(b.need.featured) - Number(a.need.featured) ||
    a.need.order - b.need.order ||
    (a.decidedAt?.getTime() ?? 0) - (b.decidedAt?.getTime() ?? 0) ||
    a.need.id.localeCompare(b.need.id)
  );
}

/**
 * The catalog's sections in the exhibition's order, each with its needs sorted; needs in no
 * known section come last under `key: null` (only when there are any).
 */
export function arrangeCatalog(
  sections: ExhibitionSection[],
  placed: PlacedNeed[],
): CatalogSection[] {
  const keys = new Set(sections.map((s) => s.key));
  const sorted = [...placed].sort(compare);
  const out: CatalogSection[] = sections.map((s) => ({
    key: s.key,
    title: s.title,
    translations: s.translations ?? null,
    needs: sorted.filter((p) => p.section === s.key).map((p) => p.need),
  }));
  const rest = sorted.filter((p) => p.section === null || !keys.has(p.section));
  if (rest.length)
    out.push({ key: null, title: null, translations: null, needs: rest.map((p) => p.need) });
  return out;
}
