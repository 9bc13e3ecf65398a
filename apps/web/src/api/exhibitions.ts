import { query, request } from './http';
import type { MoneyValue, Need } from './types';

/** Exhibitions, curation, catalog and stats (API.md; exhibitions branch). */
export interface ExhibitionSection {
  key: string;
  title: string;
}

export interface Exhibition {
  id: string;
  organizationId?: string;
  status: 'draft' | 'published' | 'closed';
  title: string;
  description?: string;
  language?: 'fa' | 'tr' | 'en';
  translations?: Record<string, { title?: string; description?: string }>;
  city: string;
  province?: string | null;
  country: string;
  startsAt: string;
  endsAt: string;
  submissionDeadline?: string | null;
  hsChapters?: string[];
  isic?: string[];
  sections?: ExhibitionSection[];
  createdAt?: string;
}

export type ExhibitionInput = Omit<Exhibition, 'id' | 'status' | 'organizationId' | 'createdAt'>;

export type SubmissionStatus = 'pending' | 'approved' | 'rejected' | 'changes_requested';

export interface Submission {
  id: string;
  exhibitionId: string;
  needId: string;
  need?: Pick<Need, 'id' | 'title' | 'hsCodes' | 'country' | 'province'> & Partial<Need>;
  status: SubmissionStatus;
  reason?: string | null;
  section?: string | null;
  order?: number | null;
  featured?: boolean;
  createdAt?: string;
}

export interface CatalogSection {
  key: string;
  title: string;
  needs: Array<Partial<Need> & { id: string; title: string; featured?: boolean }>;
}

export interface Catalog {
  exhibition: Exhibition;
  sections: CatalogSection[];
}

export interface ExhibitionStats {
  needs: number;
  importValueTargeted: MoneyValue[] | MoneyValue | number | null;
  bids: number;
  matches: number;
  awards: number;
  valueAwarded: MoneyValue[] | MoneyValue | number | null;
  [extra: string]: unknown;
}

export const listExhibitions = (mine = false) =>
  request<{ items: Exhibition[]; nextCursor: string | null }>(
    'GET',
    `/exhibitions${query({ mine: mine ? 'true' : undefined, limit: 100 })}`,
  );

export const getExhibition = (id: string) => request<Exhibition>('GET', `/exhibitions/${id}`);

export const createExhibition = (body: ExhibitionInput) =>
  request<Exhibition>('POST', '/exhibitions', body);

export const updateExhibition = (id: string, body: Partial<ExhibitionInput>) =>
  request<Exhibition>('PATCH', `/exhibitions/${id}`, body);

export const publishExhibition = (id: string) =>
  request<Exhibition>('POST', `/exhibitions/${id}/publish`);

export const closeExhibition = (id: string) =>
  request<Exhibition>('POST', `/exhibitions/${id}/close`);

export const submitNeed = (exhibitionId: string, needId: string) =>
  request<Submission>('POST', `/exhibitions/${exhibitionId}/submissions`, { needId });

export const listSubmissions = (exhibitionId: string) =>
  request<{ items: Submission[] }>(
    'GET',
    `/exhibitions/${exhibitionId}/submissions${query({ limit: 100 })}`,
  ).then((r) => r.items ?? []);

export type Review = 'approve' | 'reject' | 'request-changes';

export const reviewSubmission = (
  exhibitionId: string,
  id: string,
  review: Review,
  reason?: string,
) =>
  request<Submission>(
    'POST',
    `/exhibitions/${exhibitionId}/submissions/${id}/${review}`,
    reason ? { reason } : {},
  );

export const arrangeSubmission = (
  exhibitionId: string,
  id: string,
  body: { section?: string; order?: number; featured?: boolean },
) => request<Submission>('PATCH', `/exhibitions/${exhibitionId}/submissions/${id}`, body);

export const getCatalog = (id: string) => request<Catalog>('GET', `/exhibitions/${id}/catalog`);

export const catalogCsvUrl = (id: string) => `/api/v1/exhibitions/${id}/catalog.csv`;
export const catalogPdfUrl = (id: string) => `/api/v1/exhibitions/${id}/catalog.pdf`;

export const getStats = (id: string) => request<ExhibitionStats>('GET', `/exhibitions/${id}/stats`);
