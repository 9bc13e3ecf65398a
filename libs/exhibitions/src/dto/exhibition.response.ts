import { ApiProperty, IntersectionType, PickType } from '@nestjs/swagger';
import {
  MoneyView,
  ResourceView,
  PageOf,
  TranslatedTextView,
  TranslationViewsOf,
  dateTime,
  nullableDateTime,
  nullableString,
  WrittenTextView,
} from '@niaz/core';
import { NeedResponse } from '@niaz/needs';
import {
  EXHIBITION_STATUSES,
  ExhibitionStatus,
  SUBMISSION_STATUSES,
  SubmissionStatus,
} from '../exhibition-lifecycle';

/** OpenAPI description of the exhibition answers (exhibition.view.ts, catalog, stats). */
export class ExhibitionOrganizationView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
}

export class ExhibitionTranslationView extends TranslatedTextView {}

export class ExhibitionTranslationsView extends TranslationViewsOf(ExhibitionTranslationView) {}

export class SectionTitleView {
  @ApiProperty({ required: false })
  title?: string;
}

export class SectionTranslationsView extends TranslationViewsOf(SectionTitleView) {}

export class ExhibitionSectionView {
  @ApiProperty({ example: 'machinery' })
  key: string;
  @ApiProperty()
  title: string;
  @ApiProperty({ type: SectionTranslationsView, required: false })
  translations?: SectionTranslationsView;
}

class ExhibitionHeadView extends ResourceView {
  @ApiProperty({ format: 'uuid' })
  organizationId: string;
  @ApiProperty({ type: ExhibitionOrganizationView, nullable: true })
  organization: ExhibitionOrganizationView | null;
  @ApiProperty({ enum: EXHIBITION_STATUSES })
  status: ExhibitionStatus;
}

export class ExhibitionResponse extends IntersectionType(ExhibitionHeadView, WrittenTextView) {
  @ApiProperty({ type: ExhibitionTranslationsView })
  translations: ExhibitionTranslationsView;
  @ApiProperty()
  city: string;
  @nullableString()
  province: string | null;
  @ApiProperty()
  country: string;
  @dateTime()
  startsAt: string;
  @dateTime()
  endsAt: string;
  @dateTime()
  submissionDeadline: string;
  @ApiProperty({ type: [String] })
  hsChapters: string[];
  @ApiProperty({ type: [String] })
  isic: string[];
  @ApiProperty({ type: [ExhibitionSectionView] })
  sections: ExhibitionSectionView[];
  @nullableDateTime()
  publishedAt: string | null;
  @nullableDateTime()
  closedAt: string | null;
}

export class ExhibitionPage extends PageOf(ExhibitionResponse) {}

export class ExhibitionInvitationResponse extends ResourceView {
  @ApiProperty({ format: 'uuid' })
  exhibitionId: string;
  @ApiProperty({ format: 'uuid' })
  organizationId: string;
  @ApiProperty({ type: ExhibitionOrganizationView, nullable: true })
  organization: ExhibitionOrganizationView | null;
  @ApiProperty({ format: 'uuid' })
  invitedById: string;
}

export class ExhibitionInvitationList extends PageOf(ExhibitionInvitationResponse) {}

export class SubmissionNeedView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  title: string;
  @ApiProperty()
  status: string;
  @ApiProperty({ format: 'uuid' })
  organizationId: string;
}

export class SubmissionExhibitionView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  title: string;
  @ApiProperty({ enum: EXHIBITION_STATUSES })
  status: ExhibitionStatus;
}

export class SubmissionResponse extends ResourceView {
  @ApiProperty({ format: 'uuid' })
  exhibitionId: string;
  @ApiProperty({ format: 'uuid' })
  needId: string;
  @ApiProperty({ format: 'uuid' })
  organizationId: string;
  @ApiProperty({ format: 'uuid' })
  submittedById: string;
  @ApiProperty({ enum: SUBMISSION_STATUSES })
  status: SubmissionStatus;
  @nullableString({ description: "The organisers' reason (reject, request-changes, approve)" })
  reason: string | null;
  @nullableString({ description: "One of the exhibition's section keys" })
  section: string | null;
  @ApiProperty()
  order: number;
  @ApiProperty()
  featured: boolean;
  @dateTime()
  submittedAt: string;
  @nullableDateTime()
  decidedAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  decidedById: string | null;
  @ApiProperty({ type: SubmissionNeedView, nullable: true, required: false })
  need?: SubmissionNeedView | null;
  @ApiProperty({ type: ExhibitionOrganizationView, nullable: true, required: false })
  organization?: ExhibitionOrganizationView | null;
  @ApiProperty({ type: SubmissionExhibitionView, nullable: true, required: false })
  exhibition?: SubmissionExhibitionView | null;
}

export class SubmissionPage extends PageOf(SubmissionResponse) {}

/** Where an approved need stands in the catalog, and whose it is. */
class CatalogPlacementView {
  @ApiProperty({ format: 'uuid', description: 'the need' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  submissionId: string;
  @ApiProperty()
  featured: boolean;
  @ApiProperty()
  order: number;
  @ApiProperty({ type: ExhibitionOrganizationView, nullable: true })
  organization: ExhibitionOrganizationView | null;
}

/** A need in the public catalog: its public fields (as the needs API shows them) and its place. */
export class CatalogNeedView extends IntersectionType(
  CatalogPlacementView,
  PickType(NeedResponse, [
    'title',
    'description',
    'language',
    'translations',
    'status',
    'hsCodes',
    'isic',
    'quantityPerYear',
    'unit',
    'importOrigin',
    'annualImportValue',
    'targetPrice',
    'requiredCertifications',
    'minLocalContentPercent',
    'bidDeadline',
    'country',
    'province',
    'timeZone',
  ] as const),
) {}

export class CatalogSectionView {
  @nullableString({ description: 'null: approved needs not placed in a section' })
  key: string | null;
  @nullableString()
  title: string | null;
  @ApiProperty({ type: SectionTranslationsView, nullable: true })
  translations: SectionTranslationsView | null;
  @ApiProperty({ type: [CatalogNeedView] })
  needs: CatalogNeedView[];
}

export class CatalogResponse {
  @ApiProperty({ type: ExhibitionResponse })
  exhibition: ExhibitionResponse;
  @ApiProperty({ type: [CatalogSectionView] })
  sections: CatalogSectionView[];
  @ApiProperty()
  total: number;
  @dateTime()
  generatedAt: string;
}

export class SubmissionsByStatusView {
  @ApiProperty()
  pending: number;
  @ApiProperty()
  approved: number;
  @ApiProperty()
  rejected: number;
  @ApiProperty()
  changes_requested: number;
}

export class SubmissionFiguresView {
  @ApiProperty()
  total: number;
  @ApiProperty({ type: SubmissionsByStatusView })
  byStatus: SubmissionsByStatusView;
}

export class SectorFiguresView {
  @ApiProperty({ example: '84' })
  hsChapter: string;
  @ApiProperty()
  submitted: number;
  @ApiProperty()
  approved: number;
}

export class ImportValueView extends MoneyView {
  @ApiProperty({ description: 'Approved needs that state an import value in this currency' })
  needs: number;
}

export class BidFiguresView {
  @ApiProperty()
  received: number;
  @ApiProperty()
  needsWithBids: number;
}

export class MatchFiguresView {
  @ApiProperty()
  made: number;
  @ApiProperty()
  suppliers: number;
}

export class AwardFiguresView {
  @ApiProperty()
  count: number;
  @ApiProperty({ type: [MoneyView], description: 'Per currency, never converted' })
  valueAwarded: MoneyView[];
}

export class ExhibitionWeekView {
  @ApiProperty({ example: '2027-W03' })
  week: string;
  @ApiProperty({ example: '2027-01-18' })
  weekStart: string;
  @ApiProperty()
  submissions: number;
  @ApiProperty()
  approvals: number;
  @ApiProperty()
  bids: number;
  @ApiProperty()
  matches: number;
  @ApiProperty()
  awards: number;
  @ApiProperty({ type: [MoneyView] })
  valueAwarded: MoneyView[];
}

export class ExhibitionStatsResponse {
  @ApiProperty({ format: 'uuid' })
  exhibitionId: string;
  @ApiProperty({ type: SubmissionFiguresView })
  submissions: SubmissionFiguresView;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Approved needs by their status (open, awarded, …)',
  })
  approvedNeedsByStatus: Record<string, number>;
  @ApiProperty({ type: [SectorFiguresView] })
  needsBySector: SectorFiguresView[];
  @ApiProperty({ type: [ImportValueView] })
  importValueTargeted: ImportValueView[];
  @ApiProperty({ type: BidFiguresView })
  bids: BidFiguresView;
  @ApiProperty({ type: MatchFiguresView })
  matches: MatchFiguresView;
  @ApiProperty({ type: AwardFiguresView })
  awards: AwardFiguresView;
  @ApiProperty({ type: [ExhibitionWeekView] })
  weekly: ExhibitionWeekView[];
}
