import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from '../../apps/worker/src/worker.module';

/**
 * The real worker (outbox relay and every processor) in this test process, on the schema,
 * index prefix and queue prefix that `isolateTestFile` put into the environment. Start it
 * after the isolation; close it before the isolation's cleanup.
 */
export async function startWorker(): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
  await worker.init();
  return worker;
}
