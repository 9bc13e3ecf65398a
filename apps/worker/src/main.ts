import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@niaz/core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

/**
 * The worker: no HTTP, only the outbox relay and the BullMQ processors. On SIGTERM Nest's
 * shutdown hooks close the BullMQ workers, which finish their active jobs first; a timer
 * bounds the wait because `worker.close()` has no timeout of its own.
 */
async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  const config = app.get(AppConfig);
  const forceExit = () =>
    setTimeout(() => {
      console.error(
        `worker: active jobs did not finish within ${config.env.SHUTDOWN_TIMEOUT_MS} ms; exiting`,
      );
      process.exit(1);
    }, config.env.SHUTDOWN_TIMEOUT_MS).unref();
  process.once('SIGTERM', forceExit);
  process.once('SIGINT', forceExit);
  app.get(Logger).log('worker started');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
