import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import { QUEUES } from './job-registry';
import { producerConnection, workerConnection } from './redis-connection';
import { QueueRegistry } from './queue-registry';

/**
 * BullMQ with one Redis configuration: processors get a worker connection
 * (`maxRetriesPerRequest: null`), queues a producer one (`enableOfflineQueue: false`).
 */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: workerConnection(config.redis.url),
        prefix: config.redis.queuePrefix,
        defaultJobOptions: {
          attempts: 8,
          backoff: { type: 'exponential', delay: 500 },
          removeOnComplete: { age: 24 * 3600, count: 10000 },
          removeOnFail: { age: 14 * 24 * 3600 },
        },
      }),
    }),
    ...QUEUES.map((name) =>
      BullModule.registerQueueAsync({
        name,
        inject: [AppConfig],
        useFactory: (config: AppConfig) => ({ connection: producerConnection(config.redis.url) }),
      }),
    ),
  ],
  providers: [QueueRegistry],
  exports: [BullModule, QueueRegistry],
})
export class QueuesModule {}
