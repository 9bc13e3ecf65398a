import { problems } from '@niaz/core';
import type { Principal } from '@niaz/identity';
import { isPublicExhibition } from './exhibition-lifecycle';
import type { Exhibition } from './exhibition.entity';

/** Members of the organiser organisation manage the exhibition. */
export function isOrganiser(principal: Principal | undefined, e: Exhibition): boolean {
  return !!principal && principal.isMemberOf(e.organizationId);
}

/**
 * Drafts exist for their organisers, the organisations invited to them and admins; anyone
 * else gets 404, as if there were nothing. `invited` says whether one of the caller's
 * organisations is invited (looked up by the caller only for drafts).
 */
export function assertExhibitionVisible(
  principal: Principal | undefined,
  e: Exhibition | null,
  invited = false,
): asserts e is Exhibition {
  if (
    !e ||
    (!isPublicExhibition(e.status) && !isOrganiser(principal, e) && !principal?.isAdmin && !invited)
  ) {
    throw problems.notFound('Exhibition');
  }
}

/** Organiser-only actions: 404 for what the caller cannot see, 403 for what they see but may not do. */
export function assertOrganiser(
  principal: Principal,
  e: Exhibition | null,
  invited = false,
): asserts e is Exhibition {
  assertExhibitionVisible(principal, e, invited);
  if (!isOrganiser(principal, e))
    throw problems.forbidden("Only the exhibition's organisers may do this.");
}
