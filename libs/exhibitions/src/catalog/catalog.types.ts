import { Language } from '@niaz/core';
import type { ExhibitionSection } from '../exhibition.entity';
import type { ExhibitionView } from '../exhibition.view';

interface Money {
  amount: string;
  currency: string;
}

/** An approved need as the public catalog shows it: public fields only, never `details`. */
export interface CatalogNeed {
  id: string;
  submissionId: string;
  featured: boolean;
  order: number;
  title: string;
  description: string;
  language: Language;
  /** The owner's title and description in other languages. */
  translations: Partial<Record<Language, { title?: string; description?: string }>>;
  status: string;
  hsCodes: string[];
  isic: string | null;
  quantityPerYear: number | null;
  unit: string | null;
  importOrigin: string | null;
  annualImportValue: Money | null;
  targetPrice: Money | null;
  requiredCertifications: string[];
  minLocalContentPercent: number | null;
  bidDeadline: Date;
  country: string;
  province: string | null;
  /** IANA zone the deadline is read in. */
  timeZone: string;
  organization: { id: string; name: string } | null;
}

export interface CatalogSection {
  /** null: approved needs not (or no longer) placed in one of the exhibition's sections. */
  key: string | null;
  title: string | null;
  translations: ExhibitionSection['translations'] | null;
  needs: CatalogNeed[];
}

export interface Catalog {
  exhibition: ExhibitionView;
  sections: CatalogSection[];
  total: number;
  generatedAt: string;
}
