import { problems, type FieldError } from '@niaz/core';
import { hsCodeExists } from './hs-nomenclature';

/**
 * The HS codes of a list that HS 2022 does not hold, each named by its place (`hsCodes.0`):
 * a 4- or 6-digit code must exist as such, a longer national code must start with an
 * existing 6-digit subheading.
 */
export function unknownHsCodes(
  codes: readonly string[] | undefined,
  field = 'hsCodes',
): FieldError[] {
  return (codes ?? []).flatMap((code, i) =>
    hsCodeExists(code)
      ? []
      : [
          {
            field: `${field}.${i}`,
            message: `${field}.${i} (${code}) is not an HS 2022 heading or subheading`,
            code: 'hsCodeUnknown',
          },
        ],
  );
}

/** 400 problem+json naming every HS code of `codes` that is not in HS 2022; nothing else. */
export function assertHsCodesExist(codes: readonly string[] | undefined, field = 'hsCodes'): void {
  const errors = unknownHsCodes(codes, field);
  if (errors.length) throw problems.validation(errors);
}
