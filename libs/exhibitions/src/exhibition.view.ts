import type { Exhibition } from './exhibition.entity';
import type { ExhibitionSubmission } from './exhibition-submission.entity';

export interface OrganizationRef {
  id: string;
  name: string;
}

/** An exhibition as the API shows it (everything about it is public once published). */
export function exhibitionView(e: Exhibition, organization?: OrganizationRef | null) {
  return {
    id: e.id,
    organizationId: e.organizationId,
    organization: organization ?? null,
    status: e.status,
    title: e.title,
    description: e.description,
    language: e.language,
    translations: e.translations,
    city: e.city,
    province: e.province,
    country: e.country,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    submissionDeadline: e.submissionDeadline,
    hsChapters: e.hsChapters,
    isic: e.isic,
    sections: e.sections,
    publishedAt: e.publishedAt,
    closedAt: e.closedAt,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
export type ExhibitionView = ReturnType<typeof exhibitionView>;

/** A submission as its organisers and its submitter see it (the reason included). */
export function submissionView(
  s: ExhibitionSubmission,
  extra: {
    need?: { id: string; title: string; status: string; organizationId: string } | null;
    organization?: OrganizationRef | null;
    exhibition?: { id: string; title: string; status: string } | null;
  } = {},
) {
  return {
    id: s.id,
    exhibitionId: s.exhibitionId,
    needId: s.needId,
    organizationId: s.organizationId,
    submittedById: s.submittedById,
    status: s.status,
    reason: s.reason,
    section: s.section,
    order: s.order,
    featured: s.featured,
    submittedAt: s.submittedAt,
    decidedAt: s.decidedAt,
    decidedById: s.decidedById,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    ...('need' in extra ? { need: extra.need ?? null } : {}),
    ...('organization' in extra ? { organization: extra.organization ?? null } : {}),
    ...('exhibition' in extra ? { exhibition: extra.exhibition ?? null } : {}),
  };
}
export type SubmissionView = ReturnType<typeof submissionView>;
