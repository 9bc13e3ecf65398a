import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { CoreConfigModule, DatabaseModule, ProblemFilter } from '@niaz/core';
import { DomainSearchSourcesModule } from '@niaz/exhibitions';
import { OutboxModule, QueuesModule } from '@niaz/jobs';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging.module';
import { MetricsModule } from './metrics/metrics.module';
import { QueueBoardModule } from './queue-board/queue-board.module';
import { DOMAIN_MODULES } from './domain-modules';

/** The HTTP shell: cross-cutting concerns and the domain modules. No business logic here. */
@Module({
  imports: [
    CoreConfigModule,
    LoggingModule,
    DatabaseModule,
    QueuesModule.forRoot(),
    OutboxModule,
    DomainSearchSourcesModule,
    HealthModule,
    MetricsModule,
    ...DOMAIN_MODULES,
    QueueBoardModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: ProblemFilter }],
})
export class ApiModule {}
