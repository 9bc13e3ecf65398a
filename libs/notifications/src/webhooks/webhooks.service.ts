import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, mapPage, paginate, PageQueryDto, problems, wireTime } from '@niaz/core';
import { lockOrganizationSql, type Principal } from '@niaz/identity';
import { DataSource } from 'typeorm';
import { WebhookEndpoint } from '../webhook-endpoint.entity';
import type { WebhookEventType } from '../notices/notice';
import { webhookUrlProblem } from './public-address';
import { CreateWebhookDto } from './webhooks.dto';
import type { WebhookPage, WebhookResponse, WebhookWithSecretResponse } from './webhooks.response';

/** Endpoints per organisation: enough for real integrations, bounded against abuse. */
export const MAX_ENDPOINTS_PER_ORGANIZATION = 10;

/** A Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

export function webhookView(e: WebhookEndpoint): WebhookResponse {
  return {
    id: e.id,
    organizationId: e.organizationId,
    url: e.url,
    // Only event types pass CreateWebhookDto's validation.
    events: e.events as WebhookEventType[],
    enabled: e.enabled,
    consecutiveFailures: e.consecutiveFailures,
    disabledAt: wireTime(e.disabledAt),
    createdAt: wireTime(e.createdAt),
    updatedAt: wireTime(e.updatedAt),
  };
}

/** Organisation owners manage their webhooks; the secret is shown when made, never again. */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  private get repo() {
    return this.dataSource.getRepository(WebhookEndpoint);
  }

  private ownedOrganizations(principal: Principal): string[] {
    return principal.memberships.filter((m) => m.role === 'owner').map((m) => m.organizationId);
  }

  async create(principal: Principal, dto: CreateWebhookDto): Promise<WebhookWithSecretResponse> {
    const owned = this.ownedOrganizations(principal);
    const organizationId = dto.organizationId ?? owned[0];
    if (!organizationId || !owned.includes(organizationId)) {
      throw problems.forbidden('Only the owners of an organisation manage its webhooks.');
    }
    const problem = webhookUrlProblem(dto.url, this.config.env.WEBHOOKS_ALLOW_PRIVATE);
    if (problem) throw problems.validation([{ field: 'url', message: problem }]);
    const secret = newWebhookSecret();
    return this.dataSource.transaction(async (m) => {
      // Lock the organisation row so two concurrent creates cannot pass the limit together.
      await m.query(lockOrganizationSql('$1::uuid'), [organizationId]);
      const count = await m.count(WebhookEndpoint, { where: { organizationId } });
      if (count >= MAX_ENDPOINTS_PER_ORGANIZATION) {
        throw problems.conflict(
          `An organisation has at most ${MAX_ENDPOINTS_PER_ORGANIZATION} webhooks.`,
          'too-many-webhooks',
        );
      }
      const saved = await m.save(
        m.create(WebhookEndpoint, {
          organizationId,
          createdById: principal.userId,
          url: dto.url,
          events: dto.events ?? [],
          secret,
        }),
      );
      return { ...webhookView(saved), secret };
    });
  }

  async list(principal: Principal, query: PageQueryDto): Promise<WebhookPage> {
    const owned = this.ownedOrganizations(principal);
    if (owned.length === 0) {
      throw problems.forbidden('Only the owners of an organisation manage its webhooks.');
    }
    const qb = this.repo
      .createQueryBuilder('e')
      .where('e.organizationId IN (:...owned)', { owned });
    return mapPage(await paginate(qb, query), webhookView);
  }

  /** 404 unless the caller belongs to the endpoint's organisation; 403 unless its owner. */
  private async findManaged(principal: Principal, id: string): Promise<WebhookEndpoint> {
    const endpoint = await this.repo.findOneBy({ id });
    if (!endpoint || !principal.isMemberOf(endpoint.organizationId)) {
      throw problems.notFound('Webhook');
    }
    if (!principal.isOwnerOf(endpoint.organizationId)) {
      throw problems.forbidden('Only the owners of an organisation manage its webhooks.');
    }
    return endpoint;
  }

  async remove(principal: Principal, id: string): Promise<void> {
    const endpoint = await this.findManaged(principal, id);
    await this.repo.delete({ id: endpoint.id });
  }

  async rotateSecret(principal: Principal, id: string): Promise<WebhookWithSecretResponse> {
    const endpoint = await this.findManaged(principal, id);
    const secret = newWebhookSecret();
    await this.repo.update({ id: endpoint.id }, { secret });
    const saved = await this.repo.findOneByOrFail({ id: endpoint.id });
    return { ...webhookView(saved), secret };
  }

  /** Turns a disabled endpoint back on (after its receiver was fixed). */
  async enable(principal: Principal, id: string): Promise<WebhookResponse> {
    const endpoint = await this.findManaged(principal, id);
    await this.repo.update(
      { id: endpoint.id },
      { enabled: true, consecutiveFailures: 0, disabledAt: null },
    );
    return webhookView(await this.repo.findOneByOrFail({ id: endpoint.id }));
  }
}
