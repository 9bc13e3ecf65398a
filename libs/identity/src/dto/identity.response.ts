import { ApiProperty } from '@nestjs/swagger';
import { ResourceView, nullableDateTime, nullableString, LANGUAGES, Language } from '@niaz/core';
import { MEMBERSHIP_ROLES, MembershipRole } from '../membership.entity';
import { ORGANIZATION_KINDS, OrganizationKind } from '../organization.entity';

/** Response shapes of views.ts, for the OpenAPI document. */
export class UserResponse extends ResourceView {
  @ApiProperty()
  email: string;
  @ApiProperty()
  name: string;
  @ApiProperty({ enum: LANGUAGES })
  language: Language;
  @ApiProperty()
  isAdmin: boolean;
  @ApiProperty({
    description: 'The owner proved the address (the link in the verification e-mail)',
  })
  emailVerified: boolean;
}

export class VerificationLostView {
  @ApiProperty({ format: 'date-time' })
  at: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: {
      type: 'object',
      properties: { before: {}, after: {} },
    },
    description: 'Each changed field (name, kinds, knowledgeBasedCertificate) before and after',
  })
  changes: Record<string, { before: unknown; after: unknown }>;
}

export class OrganizationResponse extends ResourceView {
  @ApiProperty()
  name: string;
  @nullableString()
  description: string | null;
  @ApiProperty({ enum: LANGUAGES })
  language: Language;
  @ApiProperty({
    type: 'object',
    additionalProperties: {
      type: 'object',
      properties: { name: { type: 'string' }, description: { type: 'string' } },
    },
    description: 'Per language: {fa|tr|en: {name?, description?}}',
  })
  translations: Record<string, { name?: string; description?: string }>;
  @ApiProperty({ enum: ORGANIZATION_KINDS, isArray: true })
  kinds: OrganizationKind[];
  @ApiProperty()
  country: string;
  @nullableString()
  province: string | null;
  @nullableString()
  city: string | null;
  @ApiProperty({ type: [String] })
  isic: string[];
  @nullableString()
  website: string | null;
  @nullableString()
  knowledgeBasedCertificate: string | null;
  @ApiProperty()
  verified: boolean;
  @nullableDateTime()
  verifiedAt: string | null;
  @ApiProperty({
    type: VerificationLostView,
    nullable: true,
    description:
      'Why the verified badge was dropped (name, kinds or certificate changed) until an admin verifies again',
  })
  verificationLost: VerificationLostView | null;
}

export class OrganizationQueueResponse {
  @ApiProperty({ type: [OrganizationResponse] })
  items: OrganizationResponse[];
}

export class MembershipResponse {
  @ApiProperty({ format: 'uuid' })
  organizationId: string;
  @ApiProperty({ enum: MEMBERSHIP_ROLES })
  role: MembershipRole;
  @ApiProperty({ type: OrganizationResponse })
  organization: OrganizationResponse;
}

export class MeResponse {
  @ApiProperty({ type: UserResponse })
  user: UserResponse;
  @ApiProperty({ type: [MembershipResponse] })
  memberships: MembershipResponse[];
}

export class TokensResponse {
  @ApiProperty()
  accessToken: string;
  @ApiProperty()
  refreshToken: string;
  @ApiProperty({ description: 'Seconds until the access token expires' })
  expiresIn: number;
}

export class LoginResponse extends TokensResponse {
  @ApiProperty({ type: UserResponse })
  user: UserResponse;
}

export class RegisterResponse extends LoginResponse {
  @ApiProperty({ type: OrganizationResponse })
  organization: OrganizationResponse;
}

export class SessionResponse {
  @ApiProperty({ format: 'uuid', description: 'The login (its refresh tokens share it)' })
  id: string;
  @ApiProperty({ format: 'date-time', description: 'When this login signed in' })
  createdAt: string;
  @ApiProperty({ format: 'date-time', description: 'When its refresh token was last used' })
  lastUsedAt: string;
  @ApiProperty({ format: 'date-time' })
  expiresAt: string;
  @nullableString()
  userAgent: string | null;
  @nullableString()
  ip: string | null;
  @ApiProperty({ description: 'The login this request was made with' })
  current: boolean;
}

export class SessionsResponse {
  @ApiProperty({
    type: [SessionResponse],
    description: 'Active logins, most recently used first (at most 100)',
  })
  items: SessionResponse[];
}

export class EmailVerificationResponse {
  @ApiProperty()
  emailVerified: boolean;
}

export class PasswordResetRequestedResponse {
  @ApiProperty({
    enum: ['accepted'],
    description: 'Always the same: if the address has an account, a link was sent to it',
  })
  status: 'accepted';
}

export class PasswordChangedResponse {
  @ApiProperty({ enum: [true], description: 'Every login of the account was signed out' })
  passwordChanged: true;
}
