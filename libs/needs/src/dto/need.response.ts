import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import {
  MoneyView,
  ImportVolumeView,
  ResourceView,
  PageOf,
  TranslatedTextView,
  TranslationViewsOf,
  ViewerView,
  dateTime,
  nullableDateTime,
  nullableMoney,
  nullableNumber,
  nullableString,
  WrittenTextView,
} from '@niaz/core';
import { NEED_STATUSES, NeedStatus } from '../need-lifecycle';
import { TERM_FIELDS, type TermField } from '../need-terms';

/** The weights of a need's award, each criterion present (0 when not weighed). */
export class AwardCriteriaView {
  @ApiProperty({ example: 60 })
  price: number;
  @ApiProperty({ example: 30 })
  localContent: number;
  @ApiProperty({ example: 10 })
  leadTimeDays: number;
}

export class NeedTranslationView extends TranslatedTextView {
  @ApiProperty({ required: false, description: 'The same text as `description` (API.md name)' })
  summary?: string;
}

export class NeedTranslationsView extends TranslationViewsOf(NeedTranslationView) {}

class NeedHeadView extends ResourceView {
  @ApiProperty({ format: 'uuid' })
  organizationId: string;
  @ApiProperty({ enum: NEED_STATUSES })
  status: NeedStatus;
}

class NeedTranslationsField {
  @ApiProperty({
    type: NeedTranslationsView,
    description: "The owner's title and description in other languages (may be empty)",
  })
  translations: NeedTranslationsView;
  @ApiProperty({ type: [String] })
  hsCodes: string[];
  @nullableString()
  isic: string | null;
}

/** A need as GET /needs/:id shows it (need.view.ts); `details` only to owner and NDA signers. */
export class NeedResponse extends IntersectionType(
  NeedHeadView,
  WrittenTextView,
  NeedTranslationsField,
  ImportVolumeView,
) {
  @nullableMoney()
  annualImportValue: MoneyView | null;
  @nullableMoney()
  targetPrice: MoneyView | null;
  @ApiProperty({ type: [String] })
  requiredCertifications: string[];
  @nullableString()
  specification: string | null;
  @dateTime()
  bidDeadline: string;
  @ApiProperty()
  country: string;
  @nullableString()
  province: string | null;
  @ApiProperty({ example: 'Asia/Tehran', description: 'IANA time zone of the deadlines' })
  timeZone: string;
  @nullableString()
  deliveryLocation: string | null;
  @ApiProperty()
  ndaRequired: boolean;
  @ApiProperty()
  bidsVisibleBeforeDeadline: boolean;
  @nullableNumber()
  minLocalContentPercent: number | null;
  @nullableString({ description: 'ISO 4217: every bid is priced in it; null: any currency' })
  bidCurrency: string | null;
  @ApiProperty({
    type: AwardCriteriaView,
    nullable: true,
    description: 'Weights (summing to 100) the comparison scores bids by',
  })
  awardCriteria: AwardCriteriaView | null;
  @nullableDateTime()
  publishedAt: string | null;
  @nullableDateTime()
  closedAt: string | null;
  @nullableString()
  closeReason: string | null;
  @ApiProperty({ description: 'How many amendments the terms had since publication' })
  amendmentCount: number;
  @dateTime()
  clarificationsUntil: string;
  @ApiProperty({
    type: String,
    nullable: true,
    required: false,
    description: 'Present only for the owner and NDA signers',
  })
  details?: string | null;
  @ApiProperty({
    required: false,
    description: 'Present instead of details: true when confidential details exist',
  })
  detailsLocked?: boolean;
}

/** Any JSON value (a field's value before or after an amendment). */
const ANY_JSON = {
  nullable: true,
  anyOf: [
    { type: 'string' },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'array', items: {} },
    { type: 'object' },
  ],
};

export class FieldChangeView {
  @ApiProperty({ ...ANY_JSON, description: 'The value before (any JSON type)' })
  before: unknown;
  @ApiProperty({ ...ANY_JSON, description: 'The value after (any JSON type)' })
  after: unknown;
  @ApiProperty({
    required: false,
    description: 'true: a change of the confidential details, values shown to NDA signers only',
  })
  confidential?: boolean;
}

/** One amendment of a published need's terms. */
export class AmendmentResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  needId: string;
  @ApiProperty()
  rationale: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/FieldChangeView' },
    description: 'Each changed field with its value before and after',
  })
  changes: Record<string, FieldChangeView>;
  @ApiProperty({
    enum: TERM_FIELDS,
    enumName: 'TermField',
    isArray: true,
    description: 'The changed terms, in the order the terms are shown in',
  })
  fields: TermField[];
  @ApiProperty({ description: 'The deadline moved to AMENDMENT_MIN_DAYS away' })
  deadlineExtended: boolean;
  @dateTime()
  createdAt: string;
}

export class AmendmentPageResponse extends PageOf(AmendmentResponse) {}

export class NeedPageResponse extends PageOf(NeedResponse) {}

export class NdaAcceptanceResponse {
  @ApiProperty({ format: 'uuid' })
  needId: string;
  @ApiProperty({ format: 'uuid' })
  organizationId: string;
  @ApiProperty({ format: 'uuid' })
  acceptedById: string;
  @dateTime()
  acceptedAt: string;
}

export class DetailViewResponse extends ViewerView {
  @dateTime()
  viewedAt: string;
}

export class DetailViewPageResponse extends PageOf(DetailViewResponse) {}

export class InvitationResponse extends ResourceView {
  @ApiProperty({ format: 'uuid' })
  needId: string;
  @ApiProperty({ format: 'uuid' })
  organizationId: string;
}
