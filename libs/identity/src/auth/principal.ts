import type { OrganizationKind } from '../organization.entity';
import type { MembershipRole } from '../membership.entity';
import type { Language } from '@niaz/core';

export interface PrincipalMembership {
  organizationId: string;
  role: MembershipRole;
  kinds: OrganizationKind[];
  verified: boolean;
}

/** Who is calling: loaded per request from the access token's user. */
export class Principal {
  constructor(
    readonly userId: string,
    readonly email: string,
    readonly name: string,
    readonly language: Language,
    readonly isAdmin: boolean,
    readonly memberships: PrincipalMembership[],
    /** The owner proved the address (see EMAIL_VERIFICATION). */
    readonly emailVerified = true,
  ) {}

  /** Every organisation the caller belongs to. */
  organizationIds(): string[] {
    return this.memberships.map((m) => m.organizationId);
  }

  isMemberOf(organizationId: string): boolean {
    return this.memberships.some((m) => m.organizationId === organizationId);
  }

  isOwnerOf(organizationId: string): boolean {
    return this.memberships.some((m) => m.organizationId === organizationId && m.role === 'owner');
  }

  organizationsOfKind(kind: OrganizationKind): string[] {
    return this.memberships.filter((m) => m.kinds.includes(kind)).map((m) => m.organizationId);
  }

  hasKind(kind: OrganizationKind): boolean {
    return this.organizationsOfKind(kind).length > 0;
  }

  /** The organisation of `kind` to act for: the one asked for (if the user belongs to it), else the first. */
  actingOrganization(kind: OrganizationKind, requested?: string): string | undefined {
    const candidates = this.organizationsOfKind(kind);
    if (requested) return candidates.includes(requested) ? requested : undefined;
    return candidates[0];
  }
}
