import type { MembershipRole } from './membership.entity';

/**
 * Read port of the `membership` table for SQL written elsewhere (notices): the members of the
 * organisation named by the SQL expression `organization`, as a SELECT yielding "userId" and
 * "organizationId", to be joined `LATERAL (…) mem ON true`.
 * Its aliases end in `_port`, so they never shadow the caller's (a caller's `m` is safe).
 */
export function membersOfSql(organization: string, role?: MembershipRole): string {
  const ofRole = role ? ` AND members_port.role = '${role === 'owner' ? 'owner' : 'member'}'` : '';
  return `SELECT members_port."userId", members_port."organizationId" FROM membership members_port
           WHERE members_port."organizationId" = ${organization}${ofRole}`;
}

/** Read port: an organisation's name, as an SQL scalar subquery of the expression `organization`. */
export function organizationNameSql(organization: string): string {
  return `(SELECT org_port.name FROM organization org_port WHERE org_port.id = ${organization})`;
}

/** Read port: one organisation's row, as a SELECT for `LATERAL (…) o ON true`. */
export function organizationRowSql(organization: string): string {
  return `SELECT * FROM organization org_row_port WHERE org_row_port.id = ${organization}`;
}

/** Read port: every organisation's row, as a SELECT to join `(…) o ON o.id = …` (search). */
export function organizationsSql(): string {
  return `SELECT * FROM organization orgs_port`;
}

/** Read port: one user's row, as a SELECT for `LATERAL (…) u ON true` or `FROM (…) u`. */
export function userRowSql(user: string): string {
  return `SELECT * FROM app_user user_row_port WHERE user_row_port.id = ${user}`;
}

/**
 * The statement that locks one organisation's row until the transaction ends, so writers that
 * count rows of that organisation (e.g. its webhooks against their limit) take turns.
 */
export function lockOrganizationSql(organization: string): string {
  return `SELECT org_lock_port.id FROM organization org_lock_port WHERE org_lock_port.id = ${organization} FOR UPDATE`;
}
