import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty, getSchemaPath } from '@nestjs/swagger';

/**
 * Response shapes shared by several domains, for the OpenAPI document: the web app's typed
 * client is generated from it, so every response the screens read is described.
 */
export class MoneyView {
  @ApiProperty({ example: '12500.00' })
  amount: string;
  @ApiProperty({ example: 'IRR' })
  currency: string;
}

/** `nullable` string/number/date fields, written once. */
export const nullableString = (extra: Record<string, unknown> = {}) =>
  ApiProperty({ type: String, nullable: true, ...extra });
export const nullableNumber = (extra: Record<string, unknown> = {}) =>
  ApiProperty({ type: Number, nullable: true, ...extra });
export const dateTime = (extra: Record<string, unknown> = {}) =>
  ApiProperty({ type: String, format: 'date-time', ...extra });
export const nullableDateTime = () =>
  ApiProperty({ type: String, format: 'date-time', nullable: true });
/** `null` or a MoneyView: `allOf` around the reference, as OpenAPI 3.0 ignores a $ref's siblings. */
export const nullableMoney = () =>
  ApiProperty({ nullable: true, allOf: [{ $ref: getSchemaPath(MoneyView) }] });

/**
 * A time as a response DTO declares it (`date-time`): the string JSON would write for the
 * Date, so a view can return its DTO type and the wire does not change.
 */
export function wireTime(at: Date): string;
export function wireTime(at: Date | null): string | null;
export function wireTime(at: Date | null): string | null {
  // Exactly what JSON.stringify would write: a value that is not a Date passes unchanged.
  return at instanceof Date ? at.toJSON() : at;
}

/**
 * Who looked at something confidential (a need's details, a file): the person and the
 * organisation they acted for. Each list adds its own time (`viewedAt`, `downloadedAt`).
 */
export class ViewerView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  userId: string;
  @ApiProperty()
  userName: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  organizationId: string | null;
  @nullableString()
  organizationName: string | null;
}

/** Fields every resource carries. */
export class ResourceView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @dateTime()
  createdAt: string;
  @dateTime()
  updatedAt: string;
}

export class FieldErrorView {
  @ApiProperty({ example: 'price.amount' })
  field: string;
  @ApiProperty({ description: 'In the language of `Accept-Language` when the code is known' })
  message: string;
  @ApiProperty({
    required: false,
    example: 'minLength',
    description:
      "The rule that failed, for clients that word messages themselves: class-validator constraint names (`minLength`, `isInt` …) and the API's own (`minLocalContent`, `deadlinePassed`, `endsBeforeStart`, `afterEnd`, `outOfRange`, `ndaNotAccepted`, `unknownReference`, `invalidCursor`, `notPublic`, `invalidJson`).",
  })
  code?: string;
  @ApiProperty({
    required: false,
    type: Object,
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    example: { limit: 3 },
    description: 'The numbers and names the rule was checked against',
  })
  params?: Record<string, string | number>;
  @ApiProperty({ required: false, example: 3, description: 'A refused import row (1 = header)' })
  row?: number;
  @ApiProperty({ required: false, example: 'hsCodes', description: 'A refused import column' })
  column?: string;
}

/** RFC 9457 problem details: every error of the API. */
export class ProblemView {
  @ApiProperty({ example: 'https://niaz.app/problems/validation' })
  type: string;
  @ApiProperty()
  title: string;
  @ApiProperty()
  status: number;
  @ApiProperty({ required: false })
  detail?: string;
  @ApiProperty({ required: false, example: '/api/v1/needs' })
  instance?: string;
  @ApiProperty({ type: [FieldErrorView], required: false })
  errors?: FieldErrorView[];
}

/** 200 with an HTML page (the pages links in e-mails open). */
export const HtmlPageResponse = (description: string) =>
  ApiOkResponse({ description, content: { 'text/html': { schema: { type: 'string' } } } });

/** 200 with JSON of `type`, or an HTML page when the client accepts text/html (a form's POST). */
export const JsonOrHtmlResponse = (type: Type<unknown>, description?: string) =>
  applyDecorators(
    ApiExtraModels(type),
    ApiOkResponse({
      description,
      content: {
        'application/json': { schema: { $ref: getSchemaPath(type) } },
        'text/html': { schema: { type: 'string' } },
      },
    }),
  );
