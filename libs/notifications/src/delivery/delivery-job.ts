import type { EnvironmentVariables } from '@niaz/core';
import type { JobsOptions } from 'bullmq';

/**
 * The BullMQ job of one delivery. The id derives from the row (and its retry generation),
 * so queueing it again while it waits or backs off adds nothing. Postgres counts the
 * attempts; BullMQ only spaces them (exponential backoff from NOTIFY_BACKOFF_MS).
 */
export function deliveryJob(
  deliveryId: string,
  generation: number,
  env: Pick<EnvironmentVariables, 'NOTIFY_DELIVERY_ATTEMPTS' | 'NOTIFY_BACKOFF_MS'>,
): { name: 'notifications.deliver'; data: { deliveryId: string }; opts: JobsOptions } {
  return {
    name: 'notifications.deliver',
    data: { deliveryId },
    opts: {
      jobId: `dl-${deliveryId}-${generation}`,
      // One more than Postgres allows: the row, not BullMQ, decides when it has failed.
      attempts: env.NOTIFY_DELIVERY_ATTEMPTS + 1,
      backoff: { type: 'exponential', delay: env.NOTIFY_BACKOFF_MS },
    },
  };
}
