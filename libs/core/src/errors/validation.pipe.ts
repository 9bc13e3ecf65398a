import { ParseUUIDPipe, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError, problems } from './problem';

/** Rules whose one number (the limit) is worth telling: read from class-validator's message. */
const LIMITED = new Set([
  'min',
  'max',
  'minLength',
  'maxLength',
  'arrayMinSize',
  'arrayMaxSize',
  'maxDecimalPlaces',
]);

function paramsOf(code: string, message: string): Record<string, number> | undefined {
  if (!LIMITED.has(code)) return undefined;
  const n = /(-?\d+(?:\.\d+)?)(?!.*\d)/.exec(message)?.[1];
  return n === undefined ? undefined : { limit: Number(n) };
}

/** Flattens nested class-validator errors into `{field: "price.amount", message}` pairs. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    for (const [code, message] of Object.entries(error.constraints ?? {}))
      out.push({
        field,
        message,
        code,
        ...(paramsOf(code, message) ? { params: paramsOf(code, message) } : {}),
      });
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

/** The global pipe: strips nothing silently — unknown fields are refused, every field validated. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => problems.validation(flattenValidationErrors(errors)),
  });
}

/** `@Param('id', uuidParam('id'))`: a malformed id is a 400 naming the parameter. */
export function uuidParam(name = 'id'): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () =>
      problems.validation([{ field: name, message: `${name} must be a UUID`, code: 'isUuid' }]),
  });
}
