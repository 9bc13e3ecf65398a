import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from '@niaz/core';
import { QUEUES } from './job-registry';
import { producerConnection, workerConnection } from './redis-connection';
import { QueueRegistry } from './queue-registry';
import { JobSchedules } from './job-schedules';

/**
 * BullMQ with one Redis configuration. `@nestjs/bullmq` gives each processor the connection
 * of its queue, so the role decides it: in the worker, queues (and so processors) use a
 * worker connection (`maxRetriesPerRequest: null`, offline queue on, as BullMQ workers
 * need); elsewhere a producer one that fails fast while Redis is away (`enableOfflineQueue:
 * false`). The relay adds jobs with row-derived ids, so a late add after a timeout makes no
 * duplicate in either role.
 */
@Global()
@Module({})
export class QueuesModule {
  static forRoot(role: 'producer' | 'worker' = 'producer'): DynamicModule {
    const connection = role === 'worker' ? workerConnection : producerConnection;
    return {
      module: QueuesModule,
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
            useFactory: (config: AppConfig) => ({ connection: connection(config.redis.url) }),
          }),
        ),
      ],
      providers: [QueueRegistry, JobSchedules],
      exports: [BullModule, QueueRegistry, JobSchedules],
    };
  }
}
