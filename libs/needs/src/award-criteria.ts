import type { FieldError } from '@niaz/core';

/** What a need's award weighs: the bid's total price, its local content, its lead time. */
export const AWARD_CRITERIA = ['price', 'localContent', 'leadTimeDays'] as const;
export type AwardCriterion = (typeof AWARD_CRITERIA)[number];
export type AwardCriteria = Record<AwardCriterion, number>;

/** Every criterion present (an omitted one weighs 0), in one order, so equal weights compare equal. */
export function normalizeAwardCriteria(input: Partial<AwardCriteria>): AwardCriteria {
  return {
    price: input.price ?? 0,
    localContent: input.localContent ?? 0,
    leadTimeDays: input.leadTimeDays ?? 0,
  };
}

/** The weights must sum to 100 (the DTO checks each is an integer 0–100). */
export function awardCriteriaErrors(
  input: Partial<AwardCriteria> | null | undefined,
  field: string,
): FieldError[] {
  if (input === undefined || input === null) return [];
  const sum = AWARD_CRITERIA.reduce((t, k) => t + (input[k] ?? 0), 0);
  return sum === 100
    ? []
    : [
        {
          field,
          message: `${field} weights must sum to 100 (they sum to ${sum})`,
          code: 'weightsSum',
          params: { sum },
        },
      ];
}
