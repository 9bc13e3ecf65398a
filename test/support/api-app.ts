import { INestApplicationContext } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { isolateTestFile, TestIsolation } from '@niaz/testing';
import type { FastifyInstance } from 'fastify';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { checkResponsesAgainstOpenApi } from './openapi-contract';
import { startWorker } from './worker-app';

export interface ApiTestContext {
  app: NestFastifyApplication;
  isolation: TestIsolation;
  /** The worker, when started with `{ worker: true }`. */
  worker?: INestApplicationContext;
  /** The listening URL, for clients that need a real socket. */
  url: string;
  close(): Promise<void>;
}

/**
 * The real api on real services, in this test file's own schema, index and queue prefix;
 * with `{ worker: true }` also the real worker, so outbox events become jobs and run.
 */
export async function startApi(options: { worker?: boolean } = {}): Promise<ApiTestContext> {
  const isolation = await isolateTestFile();
  const app = await createApiApp({ logger: false });
  checkResponsesAgainstOpenApi(app.getHttpAdapter().getInstance() as unknown as FastifyInstance);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const worker = options.worker ? await startWorker() : undefined;
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    isolation,
    worker,
    url: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await worker?.close();
      await app.close();
      await isolation.cleanup();
    },
  };
}
