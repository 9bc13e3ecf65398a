import { wireTime } from '@niaz/core';
import type {
  ExhibitionResponse,
  SubmissionExhibitionView,
  SubmissionNeedView,
  SubmissionResponse,
} from './dto/exhibition.response';
import type { Exhibition } from './exhibition.entity';
import type { ExhibitionSubmission } from './exhibition-submission.entity';

export interface OrganizationRef {
  id: string;
  name: string;
}

/** An exhibition as the API shows it (everything about it is public once published). */
export function exhibitionView(
  e: Exhibition,
  organization?: OrganizationRef | null,
): ExhibitionResponse {
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
    startsAt: wireTime(e.startsAt),
    endsAt: wireTime(e.endsAt),
    submissionDeadline: wireTime(e.submissionDeadline),
    hsChapters: e.hsChapters,
    isic: e.isic,
    sections: e.sections,
    publishedAt: wireTime(e.publishedAt),
    closedAt: wireTime(e.closedAt),
    createdAt: wireTime(e.createdAt),
    updatedAt: wireTime(e.updatedAt),
  };
}
export type ExhibitionView = ExhibitionResponse;

/** A submission as its organisers and its submitter see it (the reason included). */
export function submissionView(
  s: ExhibitionSubmission,
  extra: {
    need?: SubmissionNeedView | null;
    organization?: OrganizationRef | null;
    exhibition?: SubmissionExhibitionView | null;
  } = {},
): SubmissionResponse {
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
    submittedAt: wireTime(s.submittedAt),
    decidedAt: wireTime(s.decidedAt),
    decidedById: s.decidedById,
    createdAt: wireTime(s.createdAt),
    updatedAt: wireTime(s.updatedAt),
    ...('need' in extra ? { need: extra.need ?? null } : {}),
    ...('organization' in extra ? { organization: extra.organization ?? null } : {}),
    ...('exhibition' in extra ? { exhibition: extra.exhibition ?? null } : {}),
  };
}
export type SubmissionView = SubmissionResponse;
