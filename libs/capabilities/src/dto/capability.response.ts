import { ApiProperty } from '@nestjs/swagger';
import {
  ResourceView,
  PageOf,
  TranslatedTextView,
  TranslationViewsOf,
  nullableNumber,
  nullableString,
  LANGUAGES,
  Language,
} from '@niaz/core';

export class CapabilityTranslationView extends TranslatedTextView {}

export class CapabilityTranslationsView extends TranslationViewsOf(CapabilityTranslationView) {}

/** A capability as the API shows it (capabilityView). */
export class CapabilityResponse extends ResourceView {
  @ApiProperty({ format: 'uuid' })
  organizationId: string;
  @ApiProperty()
  title: string;
  @ApiProperty()
  description: string;
  @ApiProperty({ enum: LANGUAGES })
  language: Language;
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
