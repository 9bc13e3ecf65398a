import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import {
  ResourceView,
  PageOf,
  TranslatedTextView,
  TranslationViewsOf,
  nullableNumber,
  nullableString,
  WrittenTextView,
} from '@niaz/core';

export class CapabilityTranslationView extends TranslatedTextView {}

export class CapabilityTranslationsView extends TranslationViewsOf(CapabilityTranslationView) {}

class CapabilityHeadView extends ResourceView {
  @ApiProperty({ format: 'uuid' })
  organizationId: string;
}

/** A capability as the API shows it (capabilityView). */
export class CapabilityResponse extends IntersectionType(CapabilityHeadView, WrittenTextView) {
  @ApiProperty({
    type: CapabilityTranslationsView,
    description: "Its organisation's title and description in other languages (may be empty)",
  })
  translations: CapabilityTranslationsView;
  @ApiProperty({ type: [String] })
  hsCodes: string[];
  @nullableString()
  isic: string | null;
  @ApiProperty({ type: [String] })
  processes: string[];
  @ApiProperty({ type: [String] })
  materials: string[];
  @ApiProperty({ type: [String] })
  certifications: string[];
  @nullableNumber()
  capacityPerYear: number | null;
  @nullableString()
  unit: string | null;
  @nullableNumber()
  trl: number | null;
  @nullableNumber()
  localContentPercent: number | null;
  @ApiProperty()
  country: string;
  @nullableString()
  province: string | null;
  @ApiProperty({ type: [String] })
  references: string[];
}

export class CapabilityPageResponse extends PageOf(CapabilityResponse) {}
