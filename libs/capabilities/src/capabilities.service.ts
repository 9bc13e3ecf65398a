import { Injectable } from '@nestjs/common';
import { mapPage, paginate, problems, wireTime } from '@niaz/core';
import { Principal } from '@niaz/identity';
import { OutboxWriter } from '@niaz/jobs';
import { assertHsCodesExist } from '@niaz/hs';
import { detectLanguage } from '@niaz/text';
import { DataSource } from 'typeorm';
import { Capability } from './capability.entity';
import {
  CreateCapabilityDto,
  ListCapabilitiesQueryDto,
  UpdateCapabilityDto,
} from './dto/capability.dto';
import { CapabilityPageResponse, CapabilityResponse } from './dto/capability.response';

export function capabilityView(c: Capability): CapabilityResponse {
  const { createdById: _c, ...rest } = c;
  // The times are overwritten in place, so the keys keep their order on the wire.
  return {
    ...rest,
    createdAt: wireTime(c.createdAt),
    updatedAt: wireTime(c.updatedAt),
    translations: c.translations ?? {},
  };
}

@Injectable()
export class CapabilitiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async create(principal: Principal, dto: CreateCapabilityDto): Promise<CapabilityResponse> {
    assertHsCodesExist(dto.hsCodes);
    const organizationId = principal.actingOrganization('supplier', dto.organizationId);
    if (!organizationId)
      throw problems.forbidden('Only members of a supplier organisation post capabilities.');
    const { organizationId: _o, ...fields } = dto;
    return this.dataSource.transaction(async (m) => {
      const capability = m.create(Capability, {
        ...fields,
        organizationId,
        createdById: principal.userId,
        country: dto.country.toUpperCase(),
        language: dto.language ?? detectLanguage(`${dto.title} ${dto.description ?? ''}`),
      });
      await m.save(capability);
      await this.outbox.write(m, 'capability.upserted', {
        capabilityId: capability.id,
        actorId: principal.userId,
      });
      return capabilityView(capability);
    });
  }

  async update(
    principal: Principal,
    id: string,
    dto: UpdateCapabilityDto,
  ): Promise<CapabilityResponse> {
    assertHsCodesExist(dto.hsCodes);
    return this.dataSource.transaction(async (m) => {
      const capability = await m.findOne(Capability, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!capability) throw problems.notFound('Capability');
      if (!principal.isMemberOf(capability.organizationId))
        throw problems.forbidden("Only the capability's organisation edits it.");
      Object.assign(capability, dto);
      if (dto.country) capability.country = dto.country.toUpperCase();
      await m.save(capability);
      await this.outbox.write(m, 'capability.upserted', {
        capabilityId: id,
        actorId: principal.userId,
      });
      return capabilityView(capability);
    });
  }

  async remove(principal: Principal, id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const capability = await m.findOne(Capability, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!capability) throw problems.notFound('Capability');
      if (!principal.isMemberOf(capability.organizationId))
        throw problems.forbidden("Only the capability's organisation deletes it.");
      await m.delete(Capability, { id });
      await this.outbox.write(m, 'capability.deleted', {
        capabilityId: id,
        actorId: principal.userId,
      });
    });
  }

  async get(id: string): Promise<CapabilityResponse> {
    const capability = await this.dataSource.getRepository(Capability).findOneBy({ id });
    if (!capability) throw problems.notFound('Capability');
    return capabilityView(capability);
  }

  async list(
    principal: Principal | undefined,
    query: ListCapabilitiesQueryDto,
  ): Promise<CapabilityPageResponse> {
    const qb = this.dataSource.getRepository(Capability).createQueryBuilder('c');
    if (query.mine === 'true') {
      if (!principal) throw problems.unauthorized();
      const orgs = principal.organizationIds();
      if (orgs.length === 0) return { items: [], nextCursor: null };
      qb.where('c.organizationId IN (:...orgs)', { orgs });
    }
    if (query.organizationId) qb.andWhere('c.organizationId = :org', { org: query.organizationId });
    return mapPage(await paginate(qb, query), capabilityView);
  }
}
