import { ApiProperty, ApiPropertyOptional, ApiPropertyOptions } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsISO8601,
  IsNumber,
  IsObject,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { LANGUAGES } from '@niaz/text';
import { HS_CODE, HS_CODE_MESSAGE, ISIC_CLASS, ISIC_CLASS_MESSAGE } from '../codes/trade-codes';
import { IsOmittable } from '../errors/is-omittable';
import { LocalizedDigits, LocalizedNumber } from '../money/localized-digits';

/**
 * Request fields that several domains take alike, each one documentation and one set of
 * rules. The limits are read from the OpenAPI options, so the document and the checks agree.
 */

/**
 * Applies `decorators` as the same stack written above a property would be (the lowest
 * first): validators keep their order, and so do the errors a client reads.
 */
export function stacked(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => {
    for (const decorator of [...decorators].reverse()) decorator(target, key);
  };
}

type Api = ApiPropertyOptions & Record<string, unknown>;
const optionalIf = (optional: boolean) => (optional ? [IsOmittable()] : []);

/** Text of `maxLength` (and `minLength`, from the options unless given apart). */
function TextField(
  api: Api & { maxLength: number },
  { optional = false, minLength = api.minLength as number | undefined } = {},
): PropertyDecorator {
  return stacked(
    optional ? ApiPropertyOptional(api) : ApiProperty(api),
    ...optionalIf(optional),
    TextLength(api.maxLength, minLength),
  );
}

/** Text of at most `maxLength` characters (and at least `minLength`). */
function TextLength(maxLength: number, minLength?: number): PropertyDecorator {
  return stacked(
    IsString(),
    ...(minLength === undefined ? [] : [MinLength(minLength)]),
    MaxLength(maxLength),
  );
}

/** An optional text: absent is fine, null is refused. */
const OptionalText = (
  api: Api & { maxLength: number },
  minLength = api.minLength as number | undefined,
) => TextField(api, { optional: true, minLength });

/** An optional list of up to `maxItems` texts of up to `maxLength` each. */
function OptionalTextList(api: Api & { maxItems: number }, maxLength: number) {
  return stacked(
    ApiPropertyOptional(api),
    IsOmittable(),
    IsArray(),
    ArrayMaxSize(api.maxItems),
    IsString({ each: true }),
    MaxLength(maxLength, { each: true }),
  );
}

/** The organisation to act for; the caller's first one when absent. */
function ActingOrganization(description: string): PropertyDecorator {
  return stacked(
    ApiPropertyOptional({ description }),
    IsOmittable(),
    IsUUID('4', { message: 'organizationId must be a UUID' }),
  );
}

/** One of the product's languages (fa, tr, en). */
function OptionalLanguage(api: Api = {}): PropertyDecorator {
  return stacked(ApiPropertyOptional({ enum: LANGUAGES, ...api }), IsOmittable(), IsIn(LANGUAGES));
}

/** An ISO 3166-1 alpha-2 country code. */
function CountryField(
  api: Api,
  message = 'country must be an ISO 3166-1 alpha-2 code',
): PropertyDecorator {
  return stacked(ApiProperty(api), IsString(), IsISO31661Alpha2({ message }));
}

/** An ISO 8601 date-time (strict), as text. */
function DateTimeText(name: string, api: Api, { optional = false } = {}): PropertyDecorator {
  return stacked(
    optional ? ApiPropertyOptional(api) : ApiProperty(api),
    ...optionalIf(optional),
    IsString(),
    IsISO8601({ strict: true }, { message: `${name} must be an ISO 8601 date-time` }),
  );
}

/** At least one and at most `maxItems` distinct HS codes (Persian digits accepted). */
function HsCodesField(api: Api & { maxItems: number }): PropertyDecorator {
  return stacked(
    ApiProperty(api),
    LocalizedDigits(),
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(api.maxItems),
    ArrayUnique(),
    Matches(HS_CODE, {
      each: true,
      message: HS_CODE_MESSAGE,
    }),
  );
}

/** An optional ISIC Rev.4 class (Persian digits accepted). */
function OptionalIsic(api: Api): PropertyDecorator {
  return stacked(
    ApiPropertyOptional(api),
    IsOmittable(),
    LocalizedDigits(),
    IsString(),
    Matches(ISIC_CLASS, { message: ISIC_CLASS_MESSAGE }),
  );
}

/** An optional whole number from `minimum` to `maximum` (Persian digits accepted). */
function OptionalInt(api: Api & { minimum: number; maximum: number }): PropertyDecorator {
  return stacked(
    ApiPropertyOptional(api),
    IsOmittable(),
    LocalizedNumber(),
    IsInt(),
    Min(api.minimum),
    Max(api.maximum),
  );
}

/** An optional yearly quantity: up to three decimals, from `minimum` to `maximum`. */
function OptionalQuantity(api: Api & { minimum: number; maximum: number }): PropertyDecorator {
  return stacked(
    ApiPropertyOptional(api),
    IsOmittable(),
    LocalizedNumber(),
    IsNumber({ maxDecimalPlaces: 3 }),
    Min(api.minimum),
    Max(api.maximum),
  );
}

/** An optional nested object of `type`, validated as one (`object`: also refuse non-objects). */
function OptionalNested(
  type: () => new () => object,
  api: Api,
  { object = false } = {},
): PropertyDecorator {
  return stacked(
    ApiPropertyOptional(api),
    IsOmittable(),
    ...(object ? [IsObject()] : []),
    ValidateNested(),
    Type(type),
  );
}

/**
 * The kit, as DTOs use it: `@Field.Text({ maxLength: 300 })`, `@Field.Country({ example: 'IR' })`.
 * The limits stand once, in the OpenAPI options, and the checks read them from there.
 */
export const Field = {
  Text: TextField,
  OptionalText,
  TextLength,
  OptionalTextList,
  ActingOrganization,
  OptionalLanguage,
  Country: CountryField,
  DateTime: DateTimeText,
  HsCodes: HsCodesField,
  OptionalIsic,
  OptionalInt,
  OptionalQuantity,
  OptionalNested,
};
