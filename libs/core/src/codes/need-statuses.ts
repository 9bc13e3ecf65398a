/**
 * The states a need can be in. The lifecycle (libs/needs) owns the moves between them; the
 * list lives here because search, below needs, filters by the same states.
 */
export const NEED_STATUSES = [
  'draft',
  'open',
  'evaluating',
  'awarded',
  'closed',
  'cancelled',
  'expired',
] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];
