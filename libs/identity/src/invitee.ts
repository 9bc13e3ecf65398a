import { PG_UNIQUE_VIOLATION, pgErrorCode, problems } from '@niaz/core';
import type { DeepPartial, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { Organization, OrganizationKind } from './organization.entity';

/**
 * The organisation an invitation (`organizationId` of the body) names, which must be of `kind`
 * (suppliers to needs, manufacturers to exhibitions); a 400 on `organizationId` otherwise.
 */
export async function findInvitee(
  m: EntityManager,
  organizationId: string,
  kind: OrganizationKind,
): Promise<Organization> {
  const org = await m.findOneBy(Organization, { id: organizationId });
  if (!org)
    throw problems.validation([
      {
        field: 'organizationId',
        message: 'organizationId does not name an organisation',
        code: 'unknownReference',
      },
    ]);
  if (!org.kinds.includes(kind))
    throw problems.validation([
      {
        field: 'organizationId',
        message: `organizationId must name a ${kind} organisation`,
        code: 'unknownReference',
      },
    ]);
  return org;
}

/**
 * Saves the invitation `values` (the invited organisation and who invited it); an organisation
 * invited twice is a 409 (`slug`), by the table's unique key.
 */
export async function saveInvitation<T extends ObjectLiteral>(
  m: EntityManager,
  target: EntityTarget<T>,
  values: DeepPartial<T> & { organizationId: string; invitedById: string },
  slug?: string,
): Promise<T> {
  try {
    return await m.save(m.create(target, values));
  } catch (err) {
    if (pgErrorCode(err) === PG_UNIQUE_VIOLATION)
      throw problems.conflict('This organisation is already invited.', slug);
    throw err;
  }
}
