import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { isolateTestFile, TestIsolation } from '@niaz/testing';
import { createApiApp } from '../../apps/api/src/bootstrap';

export interface ApiTestContext {
  app: NestFastifyApplication;
  isolation: TestIsolation;
  /** The listening URL, for clients that need a real socket. */
  url: string;
  close(): Promise<void>;
}

/** The real api on real services, in this test file's own schema, index and queue prefix. */
export async function startApi(): Promise<ApiTestContext> {
  const isolation = await isolateTestFile();
  const app = await createApiApp({ logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    isolation,
    url: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await app.close();
      await isolation.cleanup();
    },
  };
}
