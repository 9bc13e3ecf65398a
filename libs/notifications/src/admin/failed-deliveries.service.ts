import { Injectable } from '@nestjs/common';
import { AppConfig, mapPage, paginate, PageQueryDto, problems, wireTime } from '@niaz/core';
import { QueueRegistry } from '@niaz/jobs';
import { DataSource } from 'typeorm';
import { Delivery } from '../delivery.entity';
import { deliveryJob } from '../delivery/delivery-job';
import type { DeliveryPage, DeliveryResponse } from './failed-deliveries.response';

export function deliveryView(d: Delivery): DeliveryResponse {
  return {
    id: d.id,
    channel: d.channel,
    type: d.type,
    eventKey: d.eventKey,
    status: d.status,
    attempts: d.attempts,
    lastError: d.lastError,
    userId: d.userId,
    organizationId: d.organizationId,
    endpointId: d.endpointId,
    messengerLinkId: d.messengerLinkId,
    sentAt: wireTime(d.sentAt),
    createdAt: wireTime(d.createdAt),
    updatedAt: wireTime(d.updatedAt),
  };
}

/** The dead-letter list: deliveries whose attempts ran out, and a retry for admins. */
@Injectable()
export class FailedDeliveriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
    private readonly config: AppConfig,
  ) {}

  async list(query: PageQueryDto): Promise<DeliveryPage> {
    const qb = this.dataSource
      .getRepository(Delivery)
      .createQueryBuilder('d')
      .where(`d.status = 'failed'`);
    return mapPage(await paginate(qb, query), deliveryView);
  }

  /** Back to pending with fresh attempts and a new job; 409 unless it has failed. */
  async retry(id: string): Promise<DeliveryResponse> {
    const rows: Array<{ id: string; generation: number }> = await this.dataSource.query(
      `WITH u AS (
         UPDATE delivery SET status = 'pending', attempts = 0, generation = generation + 1, "updatedAt" = now()
          WHERE id = $1 AND status = 'failed' RETURNING id, generation
       ) SELECT * FROM u`,
      [id],
    );
    const delivery = await this.dataSource.getRepository(Delivery).findOneBy({ id });
    if (!delivery) throw problems.notFound('Delivery');
    if (rows.length === 0) {
      throw problems.conflict(
        `Only failed deliveries are retried; this one is ${delivery.status}.`,
      );
    }
    const job = deliveryJob(rows[0].id, rows[0].generation, this.config.env);
    await this.queues.get('deliveries').add(job.name, job.data, job.opts);
    return deliveryView(delivery);
  }
}
