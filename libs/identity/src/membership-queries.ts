import type { MembershipRole } from './membership.entity';

/**
 * Read port of the `membership` table for SQL written elsewhere (notices): the members of the
 * organisation named by the SQL expression `organization`, as a SELECT yielding "userId" and
 * "organizationId", to be joined `LATERAL (…) mem ON true`.
 */
export function membersOfSql(organization: string, role?: MembershipRole): string {
  const ofRole = role ? ` AND m.role = '${role === 'owner' ? 'owner' : 'member'}'` : '';
  return `SELECT m."userId", m."organizationId" FROM membership m
           WHERE m."organizationId" = ${organization}${ofRole}`;
}

/** Read port: an organisation's name, as an SQL scalar subquery of the expression `organization`. */
export function organizationNameSql(organization: string): string {
  return `(SELECT o.name FROM organization o WHERE o.id = ${organization})`;
}
