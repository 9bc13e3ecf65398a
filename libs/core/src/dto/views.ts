import { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGES, Language } from '@niaz/text';
import { nullableNumber, nullableString } from '../openapi/response-types';

/**
 * Response shapes several domains repeat, for the OpenAPI document. Each domain subclasses
 * them under its own name, so the document's schema names stay the domain's.
 */

/** What its owner wrote: a title, a description and the language they are in. */
export class WrittenTextView {
  @ApiProperty()
  title: string;
  @ApiProperty()
  description: string;
  @ApiProperty({ enum: LANGUAGES })
  language: Language;
}

/** A title and description in one other language, in their owner's words. */
export class TranslatedTextView {
  @ApiProperty({ required: false })
  title?: string;
  @ApiProperty({ required: false })
  description?: string;
}

/** `translations` of a response: at most one `item` per language of the product. */
export function TranslationViewsOf<T>(item: Type<T>): Type<Partial<Record<string, T>>> {
  class TranslationViews {}
  for (const language of LANGUAGES)
    ApiProperty({ type: item, required: false })(TranslationViews.prototype, language);
  return TranslationViews;
}

/** A page of a list: its items and the cursor of the next page (null on the last). */
export function PageOf<T>(item: Type<T>): Type<{ items: T[]; nextCursor: string | null }> {
  class PageView {
    @ApiProperty({ type: [item] })
    items: T[];
    @nullableString()
    nextCursor: string | null;
  }
  return PageView;
}

/** How much of a good a need's organisation imports a year, and from where. */
export class ImportVolumeView {
  @nullableNumber()
  quantityPerYear: number | null;
  @nullableString()
  unit: string | null;
  @nullableString()
  importOrigin: string | null;
}
