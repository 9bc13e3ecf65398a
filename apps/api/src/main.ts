import 'reflect-metadata';
import { AppConfig } from '@niaz/core';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const app = await createApiApp();
  const config = app.get(AppConfig);
  await app.listen({ port: config.env.PORT, host: config.env.HOST });
  const forceExit = () =>
    setTimeout(() => {
      // Graceful shutdown (enableShutdownHooks) should finish well before this.
      process.exit(1);
    }, config.env.SHUTDOWN_TIMEOUT_MS).unref();
  process.once('SIGTERM', forceExit);
  process.once('SIGINT', forceExit);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
