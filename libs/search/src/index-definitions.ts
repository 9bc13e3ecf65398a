import type { Settings } from 'meilisearch';
import type { IndexKey } from './meili.service';

/** The indexes and their explicit settings; applied before any document (FIELD-NOTES.md). */
export const INDEX_DEFINITIONS: Record<IndexKey, { primaryKey: string; settings: Settings }> = {
  needs: {
    primaryKey: 'id',
    settings: {
      searchableAttributes: ['title', 'hsCodes', 'description', 'organizationName'],
      filterableAttributes: ['status', 'hsCodes', 'isic', 'country', 'province', 'organizationId'],
      sortableAttributes: ['publishedAt', 'bidDeadline', 'createdAt'],
      localizedAttributes: [{ attributePatterns: ['*'], locales: ['pes'] }],
      pagination: { maxTotalHits: 1000 },
      searchCutoffMs: 500,
    },
  },
  capabilities: {
    primaryKey: 'id',
    settings: {
      searchableAttributes: [
        'title',
        'hsCodes',
        'processes',
        'materials',
        'description',
        'organizationName',
      ],
      filterableAttributes: [
        'hsCodes',
        'isic',
        'country',
        'province',
        'certifications',
        'verified',
        'organizationId',
      ],
      sortableAttributes: ['updatedAt', 'createdAt'],
      localizedAttributes: [{ attributePatterns: ['*'], locales: ['pes'] }],
      pagination: { maxTotalHits: 1000 },
      searchCutoffMs: 500,
    },
  },
};
