import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import {
  ResourceView,
  PageOf,
  TranslatedTextView,
  TranslationViewsOf,
  WrittenTextView,
} from '@niaz/core';
import { CapabilityFieldsView } from '@niaz/search';

export class CapabilityTranslationView extends TranslatedTextView {}

export class CapabilityTranslationsView extends TranslationViewsOf(CapabilityTranslationView) {}

class CapabilityHeadView extends ResourceView {
  @ApiProperty({ format: 'uuid' })
  organizationId: string;
}

class CapabilityTranslationsField {
  @ApiProperty({
    type: CapabilityTranslationsView,
    description: "Its organisation's title and description in other languages (may be empty)",
  })
  translations: CapabilityTranslationsView;
}

/** A capability as the API shows it (capabilityView): what search shows of it, and its references. */
export class CapabilityResponse extends IntersectionType(
  CapabilityHeadView,
  WrittenTextView,
  CapabilityTranslationsField,
  CapabilityFieldsView,
) {
  @ApiProperty({ type: [String] })
  references: string[];
}

export class CapabilityPageResponse extends PageOf(CapabilityResponse) {}
