import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { MembershipRole } from '../membership.entity';
import type { Language } from '@niaz/core';
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

/** Loads a caller and their memberships in one query. */
@Injectable()
export class PrincipalLoader {
  constructor(private readonly dataSource: DataSource) {}

  async load(userId: string): Promise<Principal | undefined> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.name, u.language, u."isAdmin", u."emailVerifiedAt" IS NOT NULL AS "emailVerified", m."organizationId", m.role, o.kinds, o.verified
         FROM app_user u
         LEFT JOIN membership m ON m."userId" = u.id
         LEFT JOIN organization o ON o.id = m."organizationId"
        WHERE u.id = $1
        ORDER BY m."createdAt", m.seq`,
      [userId],
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
