import type { Principal } from '@niaz/identity';
import { problems } from '@niaz/core';
import type { Need } from './need.entity';

export function isNeedOwner(principal: Principal | undefined, need: Need): boolean {
  return !!principal && principal.isMemberOf(need.organizationId);
}

/** Whether the need was ever published (a cancelled draft was not). */
export function wasPublished(need: Need): boolean {
  return need.publishedAt !== null;
}

/**
 * A need never published exists only for its owner, whatever status it reached (a cancelled
 * draft included): anyone else, admins too, gets 404, as if there were nothing.
 */
export function assertVisible(
  principal: Principal | undefined,
  need: Need | null,
): asserts need is Need {
  if (!need || (!wasPublished(need) && !isNeedOwner(principal, need))) {
    throw problems.notFound('Need');
  }
}

/**
 * Whether the need's bids may be read by its owner: at and after the deadline (the opening),
 * or from the start when the need was published with `bidsVisibleBeforeDeadline` (fixed at
 * publication). Before that a sealed need's bids do not exist for anyone but their authors.
 */
export function bidsOpened(need: Need, now = Date.now()): boolean {
  return need.bidsVisibleBeforeDeadline || need.bidDeadline.getTime() <= now;
}

/** Owner-only actions: 404 for what the caller cannot see, 403 for what they can see but not do. */
export function assertOwner(principal: Principal, need: Need | null): asserts need is Need {
  assertVisible(principal, need);
  if (!isNeedOwner(principal, need))
    throw problems.forbidden("Only the need's organisation may do this.");
}
