import { registerDecorator, ValidationOptions } from 'class-validator';

/** An ISO 8601 date-time in the future (and not absurdly far: at most `maxYears` ahead). */
export function IsFutureDate(maxYears = 3, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isFutureDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: `${String(propertyName)} must be a date-time in the future (at most ${maxYears} years ahead)`,
        ...options,
      },
      validator: {
        validate(value: unknown) {
          if (typeof value !== 'string') return false;
          const t = Date.parse(value);
          return !Number.isNaN(t) && t > Date.now() && t < Date.now() + maxYears * 366 * 86400_000;
        },
      },
    });
}
