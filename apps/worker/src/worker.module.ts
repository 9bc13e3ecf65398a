import { Module } from '@nestjs/common';
import { CoreConfigModule, DatabaseModule } from '@niaz/core';
import { DomainSearchSourcesModule } from '@niaz/exhibitions';
import { OutboxRelayModule, QueuesModule } from '@niaz/jobs';
import { SearchCoreModule } from '@niaz/search';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '@niaz/core';
import { SearchBootstrap } from './search-bootstrap.service';
import { WORKER_MODULES } from './worker-modules';

/** The queue shell: the outbox relay and the processors of every domain. No business logic. */
@Module({
  imports: [
    CoreConfigModule,
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ pinoHttp: { level: config.env.LOG_LEVEL } }),
    }),
    DatabaseModule,
    QueuesModule.forRoot('worker'),
    OutboxRelayModule,
    SearchCoreModule,
    DomainSearchSourcesModule,
    ...WORKER_MODULES,
  ],
  providers: [SearchBootstrap],
})
export class WorkerModule {}
