import type { FieldError } from '@niaz/core';

export interface ExhibitionSchedule {
  startsAt: Date;
  endsAt: Date;
  submissionDeadline: Date;
}

const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

/**
 * The dates of an exhibition must fit together: it ends after it starts, and needs are
 * submitted at the latest when it ends (before it starts is usual, during it is allowed:
 * fairs run for months). Checked on the merged values, so a PATCH of one date is judged
 * against the others.
 */
export function scheduleErrors(s: ExhibitionSchedule): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of ['startsAt', 'endsAt', 'submissionDeadline'] as const) {
    const t = s[field].getTime();
    if (Number.isNaN(t) || t < EARLIEST || t >= LATEST)
      errors.push({
        field,
        message: `${field} must lie between 2000 and 2100`,
        code: 'outOfRange',
      });
  }
  if (errors.length) return errors;
  if (s.endsAt.getTime() <= s.startsAt.getTime())
    errors.push({
      field: 'endsAt',
      message: 'endsAt must be after startsAt',
      code: 'endsBeforeStart',
    });
  if (s.submissionDeadline.getTime() > s.endsAt.getTime())
    errors.push({
      field: 'submissionDeadline',
      message: 'submissionDeadline must be at or before endsAt',
      code: 'afterEnd',
    });
  return errors;
}
