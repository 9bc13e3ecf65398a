import type { Principal } from '@niaz/identity';
import { problems } from '@niaz/core';
import { isPublished } from './need-lifecycle';
import type { Need } from './need.entity';

export function isNeedOwner(principal: Principal | undefined, need: Need): boolean {
  return !!principal && principal.isMemberOf(need.organizationId);
}

/** Drafts exist only for their owners: anyone else gets 404, as if there were nothing. */
export function assertVisible(
  principal: Principal | undefined,
  need: Need | null,
): asserts need is Need {
  if (
    !need ||
    (!isPublished(need.status) && !isNeedOwner(principal, need) && !principal?.isAdmin)
  ) {
    throw problems.notFound('Need');
  }
}

/** Owner-only actions: 404 for what the caller cannot see, 403 for what they can see but not do. */
export function assertOwner(principal: Principal, need: Need | null): asserts need is Need {
  assertVisible(principal, need);
  if (!isNeedOwner(principal, need))
    throw problems.forbidden("Only the need's organisation may do this.");
}
