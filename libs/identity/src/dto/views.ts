import { wireTime } from '@niaz/core';
import type { Membership } from '../membership.entity';
import type { Organization } from '../organization.entity';
import type { User } from '../user.entity';
import type { MembershipResponse, OrganizationResponse, UserResponse } from './identity.response';

export function userView(user: User): UserResponse {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    language: user.language,
    isAdmin: user.isAdmin,
    emailVerified: !!user.emailVerifiedAt,
    createdAt: wireTime(user.createdAt),
    updatedAt: wireTime(user.updatedAt),
  };
}

/** The public profile of an organisation: anyone may read it. */
export function organizationView(org: Organization): OrganizationResponse {
  return {
    id: org.id,
    name: org.name,
    description: org.description,
    language: org.language,
    translations: org.translations,
    kinds: org.kinds,
    country: org.country,
    province: org.province,
    city: org.city,
    isic: org.isic,
    website: org.website,
    knowledgeBasedCertificate: org.knowledgeBasedCertificate,
    verified: org.verified,
    verifiedAt: wireTime(org.verifiedAt),
    verificationLost: org.verificationLost ?? null,
    createdAt: wireTime(org.createdAt),
    updatedAt: wireTime(org.updatedAt),
  };
}

export function membershipView(m: Membership & { organization: Organization }): MembershipResponse {
  return {
    organizationId: m.organizationId,
    role: m.role,
    organization: organizationView(m.organization),
  };
}
