import { Type as ClassType } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { IsOmittable } from '../errors/is-omittable';
import { LANGUAGES } from '@niaz/text';

/**
 * A `translations` body: one optional `item` per language of the product (fa, tr, en), each
 * validated as `item`. Needs and capabilities take the same shape with their own item.
 */
export function TranslationsOf<T>(item: ClassType<T>): ClassType<Partial<Record<string, T>>> {
  class Translations {}
  for (const language of LANGUAGES) {
    const at = Translations.prototype as object;
    ApiPropertyOptional({ type: item })(at, language);
    IsOmittable()(at, language);
    ValidateNested()(at, language);
    Type(() => item)(at, language);
  }
  return Translations;
}
