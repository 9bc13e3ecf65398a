import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { MembershipRole } from '../membership.entity';
import { preparedQuery, type Language } from '@niaz/core';
import type { OrganizationKind } from '../organization.entity';
import { Principal } from './principal';

interface Row {
  id: string;
  email: string;
  name: string;
  language: Language;
  isAdmin: boolean;
  emailVerified: boolean;
  organizationId: string | null;
  role: MembershipRole | null;
  kinds: OrganizationKind[] | null;
  verified: boolean | null;
}

const SELECT = `SELECT u.id, u.email, u.name, u.language, u."isAdmin", u."emailVerifiedAt" IS NOT NULL AS "emailVerified", m."organizationId", m.role, o.kinds, o.verified
         FROM app_user u
         LEFT JOIN membership m ON m."userId" = u.id
         LEFT JOIN organization o ON o.id = m."organizationId"
        WHERE u.id = $1`;
const ORDER = `ORDER BY m."createdAt", m.seq`;
const BY_USER = `${SELECT} ${ORDER}`;
const BY_USER_AND_LIVE_SESSION = `${SELECT}
          AND NOT EXISTS (SELECT 1 FROM refresh_token r WHERE r."familyId" = $2 AND r."revokedAt" IS NOT NULL)
        ${ORDER}`;

/** Loads a caller and their memberships in one query. */
@Injectable()
export class PrincipalLoader {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * With `sessionId` (the access token's login), a revoked login loads nobody: the revocation
   * is read in the same query, from PostgreSQL (where every revocation is written; the Redis
   * copy, `SessionRevocations`, serves callers that load no principal). One round trip
   * instead of a Redis look-up and then this query, and still read on every request.
   */
  async load(userId: string, sessionId?: string): Promise<Principal | undefined> {
    // Named prepared statements: every signed-in request runs one (parsed once per connection).
    const rows =
      sessionId === undefined
        ? await preparedQuery<Row>(this.dataSource, 'niaz_principal', BY_USER, [userId])
        : await preparedQuery<Row>(
            this.dataSource,
            'niaz_principal_session',
            BY_USER_AND_LIVE_SESSION,
            [userId, sessionId],
          );
    if (rows.length === 0) return undefined;
    const [u] = rows;
    const memberships = rows
      .filter((r) => r.organizationId)
      .map((r) => ({
        organizationId: r.organizationId!,
        role: r.role!,
        kinds: r.kinds ?? [],
        verified: !!r.verified,
      }));
    return new Principal(
      u.id,
      u.email,
      u.name,
      u.language,
      u.isAdmin,
      memberships,
      u.emailVerified,
    );
  }
}
