import { ValidateIf } from 'class-validator';

/**
 * Like `@IsOptional()`, but only an absent field skips validation: an explicit `null` is
 * validated (and refused by the type checks) instead of reaching a NOT NULL column.
 */
export function IsOmittable(): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined);
}

/** Trims strings so that whitespace-only text fails `MinLength`. */
export { Transform } from 'class-transformer';
export const trimmed = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;
