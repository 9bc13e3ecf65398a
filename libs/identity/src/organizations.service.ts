import { Injectable } from '@nestjs/common';
import { problems } from '@niaz/core';
import { OutboxWriter } from '@niaz/jobs';
import { DataSource } from 'typeorm';
import type { Principal } from './auth/principal';
import { UpdateOrganizationDto } from './dto/organization.dto';
import { UpdateMeDto } from './dto/update-me.dto';
import {
  MeResponse,
  OrganizationQueueResponse,
  OrganizationResponse,
} from './dto/identity.response';
import { membershipView, organizationView, userView } from './dto/views';
import { Membership } from './membership.entity';
import { Organization } from './organization.entity';
import { identityChanges, identityOf } from './organization-verification';
import { User } from './user.entity';

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async get(id: string): Promise<OrganizationResponse> {
    const org = await this.dataSource.getRepository(Organization).findOneBy({ id });
    if (!org) throw problems.notFound('Organization');
    return organizationView(org);
  }

  /** Only the organisation's owners edit its profile. */
  async update(
    principal: Principal,
    id: string,
    dto: UpdateOrganizationDto,
  ): Promise<OrganizationResponse> {
    return this.dataSource.transaction(async (manager) => {
      const org = await manager.findOne(Organization, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!org) throw problems.notFound('Organization');
      if (!principal.isOwnerOf(id) && !principal.isAdmin) {
        throw principal.isMemberOf(id)
          ? problems.forbidden('Only owners edit the organization.')
          : problems.forbidden();
      }
      const identity = identityOf(org);
      const { translations, country, ...rest } = dto;
      Object.assign(org, rest);
      if (country) org.country = country.toUpperCase();
      if (translations) org.translations = { ...org.translations, ...translations };
      // Verification follows identity: a verified organisation that changes who it says it is
      // loses its badge until an admin verifies it again.
      const changes = identityChanges(identity, identityOf(org));
      const lost = org.verified && Object.keys(changes).length > 0;
      if (lost) {
        org.verified = false;
        org.verifiedAt = null;
        org.verificationLost = { at: new Date().toISOString(), changes };
      }
      await manager.save(org);
      await this.outbox.write(manager, 'organization.updated', {
        organizationId: id,
        actorId: principal.userId,
      });
      if (lost)
        await this.outbox.write(manager, 'organization.unverified', {
          organizationId: id,
          actorId: principal.userId,
          fields: Object.keys(changes),
        });
      return organizationView(org);
    });
  }

  async verify(principal: Principal, id: string, verified = true): Promise<OrganizationResponse> {
    return this.dataSource.transaction(async (manager) => {
      const org = await manager.findOne(Organization, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!org) throw problems.notFound('Organization');
      org.verified = verified;
      org.verifiedAt = verified ? new Date() : null;
      if (verified) org.verificationLost = null;
      await manager.save(org);
      await this.outbox.write(manager, 'organization.updated', {
        organizationId: id,
        actorId: principal.userId,
      });
      return organizationView(org);
    });
  }

  /** The admins' re-verification queue: organisations that lost their badge, oldest first. */
  async verificationQueue(): Promise<OrganizationQueueResponse> {
    const orgs = await this.dataSource
      .getRepository(Organization)
      .createQueryBuilder('o')
      .where('o."verificationLost" IS NOT NULL')
      .orderBy(`o."verificationLost"->>'at'`, 'ASC')
      .limit(200)
      .getMany();
    return { items: orgs.map(organizationView) };
  }

  async updateMe(principal: Principal, dto: UpdateMeDto): Promise<MeResponse> {
    const changes = Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined));
    if (Object.keys(changes).length)
      await this.dataSource.getRepository(User).update({ id: principal.userId }, changes);
    return this.me(principal);
  }

  async me(principal: Principal): Promise<MeResponse> {
    const user = await this.dataSource
      .getRepository(User)
      .findOneByOrFail({ id: principal.userId });
    const memberships = await this.dataSource.getRepository(Membership).find({
      where: { userId: principal.userId },
      relations: { organization: true },
      order: { createdAt: 'ASC', seq: 'ASC' },
    });
    return {
      user: userView(user),
      memberships: memberships.map((m) =>
        membershipView(m as Membership & { organization: Organization }),
      ),
    };
  }
}
