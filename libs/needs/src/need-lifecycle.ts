import { NEED_STATUSES, type NeedStatus } from '@niaz/core';

/** The states of a need and the only moves between them. Pure: no I/O. */
export { NEED_STATUSES, type NeedStatus };

export const NEED_ACTIONS = [
  'publish',
  'startEvaluation',
  'expire',
  'award',
  'close',
  'cancel',
] as const;
export type NeedAction = (typeof NEED_ACTIONS)[number];

const TRANSITIONS: Record<NeedAction, Partial<Record<NeedStatus, NeedStatus>>> = {
  publish: { draft: 'open' },
  // The bid deadline passed: with bids the owner evaluates, without the need expires.
  startEvaluation: { open: 'evaluating' },
  expire: { open: 'expired' },
  award: { open: 'awarded', evaluating: 'awarded' },
  close: { open: 'closed', evaluating: 'closed' },
  cancel: { draft: 'cancelled', open: 'cancelled', evaluating: 'cancelled' },
};

/** The status after `action`, or null when the move is illegal (the API answers 409). */
export function nextNeedStatus(from: NeedStatus, action: NeedAction): NeedStatus | null {
  return TRANSITIONS[action][from] ?? null;
}

/** Statuses in which the owner may still edit the need. */
export function isEditable(status: NeedStatus): boolean {
  return status === 'draft' || status === 'open';
}
