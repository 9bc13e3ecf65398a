import type { Organization } from './organization.entity';

/** What a verification vouches for: the name, the kinds and the knowledge-based certificate. */
export function identityOf(org: Organization) {
  return {
    name: org.name,
    kinds: [...org.kinds].sort(),
    knowledgeBasedCertificate: org.knowledgeBasedCertificate ?? null,
  };
}
export type OrganizationIdentity = ReturnType<typeof identityOf>;

/**
 * The fields of the identity that changed, each with its value before and after. Verification
 * follows identity: a verified organisation with any change here loses its badge until an
 * admin verifies it again (OrganizationsService.update).
 */
export function identityChanges(
  before: OrganizationIdentity,
  after: OrganizationIdentity,
): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of Object.keys(before) as Array<keyof OrganizationIdentity>) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      changes[key] = { before: before[key], after: after[key] };
  }
  return changes;
}
